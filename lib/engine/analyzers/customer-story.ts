// Longest customer story: the buyer's longest uninterrupted stretch of talk. The rep's short back-channels
// ("mm-hmm", "right", under ~1.5 s) do not break it; a real rep turn or a long silence does. Longer customer
// stories go with won deals (seeds/methodology/benchmarks.json). The same scan tells the live session whether the
// buyer is mid-story right now, so non-urgent nudges can wait (nudge-policy.ts).
import type { LabeledUtterance } from '../../types';
import { BENCHMARKS, type Benchmarks } from '../benchmarks';
import type { Thresholds } from '../methodology';
import { countWords, minSpeakingSec } from '../speech-timing';
import { durationOf, type Analyzer, type AnalyzerContext } from './analyzer';

export interface CustomerStoryResult {
  longestCustomerStorySec: number;
  /** Where the longest story began, for evidence; null before the buyer said anything. */
  longestCustomerStoryAtSec: number | null;
}

export interface Story {
  startSec: number;
  endSec: number;
}

/** Short by the clock or by its words: caption timing can stretch a one-word "yeah". */
export function isBackChannel(line: LabeledUtterance, speech: Thresholds['speech'], story: Benchmarks['story']): boolean {
  return Math.min(durationOf(line), minSpeakingSec(countWords(line.text), speech)) <= story.backChannelMaxSec;
}

/** Every buyer story in the call, in time order (lines must be in spoken order). */
export function customerStories(lines: readonly LabeledUtterance[], speech: Thresholds['speech'], story: Benchmarks['story'] = BENCHMARKS.story): Story[] {
  const stories: Story[] = [];
  let open: Story | null = null;
  for (const line of lines) {
    if (line.role === 'rep') {
      if (open && !isBackChannel(line, speech, story)) {
        stories.push(open);
        open = null;
      }
      continue;
    }
    if (open && line.startSec - open.endSec <= story.maxSilenceSec) open = { startSec: open.startSec, endSec: Math.max(open.endSec, line.endSec) };
    else {
      if (open) stories.push(open);
      open = { startSec: line.startSec, endSec: line.endSec };
    }
  }
  if (open) stories.push(open);
  return stories;
}

/**
 * How long the buyer has been telling the story still going at `nowSec`; 0 when the buyer is not talking. Runs on
 * every live evaluation, so it walks back from the last line only as far as the story reaches.
 */
export function storyRunningSec(lines: readonly LabeledUtterance[], nowSec: number, speech: Thresholds['speech'], story: Benchmarks['story'] = BENCHMARKS.story): number {
  const last = lines[lines.length - 1];
  if (!last || last.role !== 'buyer' || nowSec - last.endSec > story.stillGoingSec) return 0;
  let startSec = last.startSec;
  for (let index = lines.length - 2; index >= 0; index--) {
    const line = lines[index];
    if (line.role === 'rep') {
      if (!isBackChannel(line, speech, story)) break;
      continue;
    }
    if (startSec - line.endSec > story.maxSilenceSec) break;
    startSec = Math.min(startSec, line.startSec);
  }
  return Math.max(nowSec, last.endSec) - startSec;
}

export function createCustomerStoryAnalyzer(context: AnalyzerContext, benchmarks: Benchmarks = BENCHMARKS): Analyzer<CustomerStoryResult> {
  let cached: CustomerStoryResult | null = null;
  return {
    update() {
      cached = null;
    },
    result() {
      if (cached) return cached;
      let longest: Story | null = null;
      for (const story of customerStories(context.timeline.all(), context.settings.thresholds.speech, benchmarks.story)) {
        if (!longest || story.endSec - story.startSec > longest.endSec - longest.startSec) longest = story;
      }
      cached = { longestCustomerStorySec: longest ? longest.endSec - longest.startSec : 0, longestCustomerStoryAtSec: longest?.startSec ?? null };
      return cached;
    },
    candidates() {
      return [];
    },
  };
}
