// What an empty memory page says: how many calls memory has, and how many more it needs before anything can
// be stable (an observation needs evidence from `stableAfterCalls` distinct calls).

export function memoryProgressText(callCount: number, stableAfterCalls: number, whatRecurs: string): string {
  const analyzed = `${callCount} ${callCount === 1 ? 'call' : 'calls'} analyzed so far.`;
  const remaining = stableAfterCalls - callCount;
  if (remaining > 0) {
    return `${analyzed} Something shows up here after ${remaining} more ${remaining === 1 ? 'call' : 'calls'}, once ${whatRecurs} in ${stableAfterCalls} calls.`;
  }
  return `${analyzed} Nothing has recurred yet: something shows up here once ${whatRecurs} in ${stableAfterCalls} or more calls.`;
}
