// The line a card leads with: something the rep can say in the next breath, read at a glance mid-call.
// Playbook prompts run to 40+ words; the card shows their first real sentence (greetings like "Thanks for the
// time." are skipped), cut to 12 words.

export const SAY_LINE_MAX_WORDS = 12;

function sentences(text: string): string[] {
  return text.match(/[^.?!]+[.?!]*/g)?.map((part) => part.trim()).filter((part) => part.split(/\s+/).length >= 5) ?? [];
}

/** The prompt's first sentence of five words or more, never more than SAY_LINE_MAX_WORDS words. */
export function sayLine(prompt: string): string {
  const line = sentences(prompt)[0] ?? prompt.trim();
  const words = line.split(/\s+/);
  return words.length <= SAY_LINE_MAX_WORDS ? line : `${words.slice(0, SAY_LINE_MAX_WORDS).join(' ')}…`;
}
