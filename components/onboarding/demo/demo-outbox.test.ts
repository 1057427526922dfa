import { describe, expect, it } from 'vitest';
import { scriptedClassifier } from '../../../lib/engine/scripted-call';
import type { CapturedUtterance } from '../../../lib/messages';
import type { Nudge } from '../../../lib/types';
import { createDemoOutbox } from './demo-outbox';

const line = (id: string, role: 'rep' | 'buyer', text: string, startSec: number): CapturedUtterance => ({
  id,
  speaker: role === 'rep' ? 'You' : 'Priya Shah',
  role,
  text,
  startSec,
  endSec: startSec + 4,
  self: role === 'rep',
  capturedAt: 0,
  final: true,
  revision: 1,
  label:
    role === 'rep'
      ? { role: 'rep', act: 'problem', confidence: 0.9, tier: 'fast' }
      : { role: 'buyer', objection: 'none', confidence: 0.9, tier: 'fast' },
});

describe('demo outbox', () => {
  it('keeps the call in memory and reports it the way a stored call is reported', () => {
    let ended = 0;
    const outbox = createDemoOutbox(() => ended++);
    expect(outbox.report({ classifier: scriptedClassifier() })).toBeNull();
    outbox.send({ type: 'call-started', callId: 'demo', platform: 'meet', title: 'Demo', repName: 'Jordan', startedAt: 1 });
    outbox.putUtterance('demo', line('a', 'rep', 'What makes scheduling hard today?', 0));
    outbox.putUtterance('demo', line('b', 'buyer', 'Dispatch plans on a whiteboard every morning.', 5));
    const nudge: Nudge = { id: 'n1', kind: 'talk-share', atSec: 30, title: 'Let them talk', message: 'You have talked most of the call.', priority: 1, evidence: [] };
    outbox.send({ type: 'nudges', callId: 'demo', nudges: [nudge] });
    outbox.send({ type: 'call-ended', callId: 'demo', endedAt: 2, reason: 'left' });
    expect(ended).toBe(1);
    expect(outbox.pendingCount()).toBe(0);

    const report = outbox.report({ classifier: scriptedClassifier() })!;
    expect(report.nudges).toEqual([nudge]);
    expect(report.analysis.repTalkSec).toBeGreaterThan(0);
    expect(report.analysis.buyerTalkSec).toBeGreaterThan(0);
    expect(report.debrief.markdown.length).toBeGreaterThan(0);
  });

  it('takes the newest version of a line', () => {
    const outbox = createDemoOutbox(() => {});
    outbox.send({ type: 'call-started', callId: 'demo', platform: 'meet', title: 'Demo', repName: 'Jordan', startedAt: 1 });
    outbox.putUtterance('demo', line('a', 'rep', 'What makes', 0));
    outbox.putUtterance('demo', line('a', 'rep', 'What makes scheduling hard today?', 0));
    expect(outbox.report({ classifier: scriptedClassifier() })!.analysis.repTalkSec).toBeGreaterThan(1);
  });
});
