// The call's labeled utterances in spoken order. Captions arrive mostly at the end, but earlier lines are
// revised too (corrections, late speaker names), so an upsert replaces a line wherever it sits.
import type { LabeledUtterance } from '../types';

export class Timeline {
  private readonly ordered: LabeledUtterance[] = [];
  private readonly byId = new Map<string, LabeledUtterance>();
  private latestEndSec = 0;

  /** Adds or replaces the utterance with this id; returns the version it replaced. */
  upsert(utterance: LabeledUtterance): LabeledUtterance | undefined {
    const previous = this.byId.get(utterance.id);
    if (previous) {
      const index = this.indexOf(previous.id);
      if (previous.startSec === utterance.startSec) {
        this.ordered[index] = utterance;
      } else {
        this.ordered.splice(index, 1);
        this.insertInOrder(utterance);
      }
    } else {
      this.insertInOrder(utterance);
    }
    this.byId.set(utterance.id, utterance);
    this.latestEndSec = Math.max(this.latestEndSec, utterance.endSec);
    return previous;
  }

  get(id: string): LabeledUtterance | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.ordered.length;
  }

  at(index: number): LabeledUtterance | undefined {
    return this.ordered[index];
  }

  all(): readonly LabeledUtterance[] {
    return this.ordered;
  }

  /** The latest moment anyone was heard, seconds from call start. */
  endSec(): number {
    return this.latestEndSec;
  }

  /** Position of the utterance in spoken order, -1 when unknown. */
  indexOf(id: string): number {
    const utterance = this.byId.get(id);
    if (!utterance) return -1;
    for (let index = this.firstIndexFrom(utterance.startSec); index < this.ordered.length; index++) {
      if (this.ordered[index].id === id) return index;
    }
    return -1;
  }

  private insertInOrder(utterance: LabeledUtterance): void {
    const last = this.ordered[this.ordered.length - 1];
    if (!last || last.startSec <= utterance.startSec) {
      this.ordered.push(utterance);
      return;
    }
    let index = this.firstIndexFrom(utterance.startSec);
    while (index < this.ordered.length && this.ordered[index].startSec <= utterance.startSec) index++;
    this.ordered.splice(index, 0, utterance);
  }

  /** The first position whose line starts at or after `startSec` (the size when none does). */
  firstIndexFrom(startSec: number): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ordered[mid].startSec < startSec) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
