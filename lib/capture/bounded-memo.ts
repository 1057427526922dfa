// A memo for pure functions of a string on the caption hot path (normalizing labels and words): the same few
// speaker labels and caption texts are compared again and again while rows are matched. The cache starts over
// when it is full, which bounds memory without bookkeeping per entry.

export function boundedMemo<T>(compute: (input: string) => T, maxEntries: number): (input: string) => T {
  const cache = new Map<string, T>();
  return (input) => {
    const cached = cache.get(input);
    if (cached !== undefined) return cached;
    const value = compute(input);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(input, value);
    return value;
  };
}
