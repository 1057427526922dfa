// Seeded synthetic discovery calls for the engine bench and the CLI tests: alternating rep and buyer turns
// whose wording varies line to line (so no cache makes them cheap), with realistic turn lengths and times.
import { createSeededRandom } from '../../lib/seeded-random';

export interface SyntheticTurn {
  speaker: string;
  startSec: number;
  endSec: number;
  text: string;
}

const REP_OPENERS = ['So', 'And', 'Okay,', 'Got it.', 'Right,', 'Help me understand:', 'Quick question:', ''];
const REP_LINES = [
  'what are you using for {thing} today',
  'where does the {thing} process tend to break down',
  'when {thing} slips, what happens downstream for the {team} team',
  'if that went away, what would the {team} team do with the time',
  'our platform rebalances {thing} every fifteen minutes and plugs into your CRM',
  'who else would weigh in on a change to {thing}',
  'why is {thing} a priority now rather than last year',
  'what does that cost you each month in hours',
];
const BUYER_LINES = [
  'we do most of the {thing} work by hand and it takes forever',
  'honestly that is more than we set aside for {thing} this year',
  'we are already trialing a couple of other tools for {thing}',
  'let us revisit after the migration in {month}',
  'it comes down to two systems that do not talk to each other, so the {team} team copies everything across',
  'my {role} would have to sign off on anything touching {thing}',
  'we lost {count} accounts last quarter because {thing} was late',
  'yeah',
  'mm-hmm',
  'right, exactly',
];
const THINGS = ['routing', 'the month-end close', 'onboarding', 'ticket triage', 'renewals', 'invoicing', 'scheduling', 'reporting'];
const TEAMS = ['support', 'finance', 'ops', 'sales', 'success', 'billing'];
const ROLES = ['CFO', 'VP of operations', 'controller', 'director', 'boss'];
const MONTHS = ['March', 'June', 'September', 'the spring', 'Q3'];


export function syntheticCall(durationSec: number, seed = 7): SyntheticTurn[] {
  const random = createSeededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const fill = (template: string) =>
    template
      .replace('{thing}', pick(THINGS))
      .replace('{team}', pick(TEAMS))
      .replace('{role}', pick(ROLES))
      .replace('{month}', pick(MONTHS))
      .replace('{count}', String(2 + Math.floor(random() * 40)));
  const turns: SyntheticTurn[] = [];
  let clock = 2;
  for (let index = 0; clock < durationSec; index++) {
    const isRep = index % 2 === 0;
    const sentences = 1 + Math.floor(random() * 3);
    const parts = Array.from({ length: sentences }, () => fill(pick(isRep ? REP_LINES : BUYER_LINES)));
    const text = isRep ? `${pick(REP_OPENERS)} ${parts.join('. ')}?`.trim() : `${parts.join('. ')}.`;
    const words = text.split(/\s+/).length;
    const spokenSec = words / (2.2 + random());
    turns.push({ speaker: isRep ? 'Sam Rivera' : 'Dana Lee', startSec: clock, endSec: clock + spokenSec, text: text[0].toUpperCase() + text.slice(1) });
    clock += spokenSec + 0.3 + random() * 1.5;
  }
  return turns;
}

const clock = (seconds: number) => {
  const whole = Math.floor(seconds);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
};

export function asTimestampedLines(turns: readonly SyntheticTurn[]): string {
  return turns.map((turn) => `[${clock(turn.startSec)}] ${turn.speaker}: ${turn.text}`).join('\n');
}

export function asWebVtt(turns: readonly SyntheticTurn[]): string {
  const time = (seconds: number) => `${clock(seconds)}.${String(Math.round((seconds % 1) * 1000)).padStart(3, '0').slice(0, 3)}`;
  const cues = turns.map((turn) => `${time(turn.startSec)} --> ${time(turn.endSec)}\n<v ${turn.speaker}>${turn.text}</v>`);
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
