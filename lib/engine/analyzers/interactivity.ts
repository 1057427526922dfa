// Interactivity: how often the speaker changes, per minute of call. Calls that go back and forth go with success
// more than presentations do (seeds/methodology/benchmarks.json). A switch is a line by the other side than the
// line before; minutes run from the first line's start to the last line's end.
import type { Analyzer, AnalyzerContext } from './analyzer';
import { timelineFigure } from './timeline-figure';

export interface InteractivityResult {
  speakerSwitches: number;
  /** Switches per minute; null before a minute of call has passed (a few lines say nothing per minute). */
  switchesPerMinute: number | null;
}

export function createInteractivityAnalyzer(context: AnalyzerContext): Analyzer<InteractivityResult> {
  return timelineFigure(() => {
    const lines = context.timeline.all();
    let switches = 0;
    for (let index = 1; index < lines.length; index++) if (lines[index].role !== lines[index - 1].role) switches++;
    const spanSec = lines.length > 0 ? context.timeline.endSec() - lines[0].startSec : 0;
    return { speakerSwitches: switches, switchesPerMinute: spanSec >= 60 ? switches / (spanSec / 60) : null };
  });
}
