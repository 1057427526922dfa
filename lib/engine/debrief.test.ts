import { describe, expect, it } from 'vitest';
import type { CallMeta } from '../types';
import { METHODOLOGY } from './methodology';
import { buyer, playCall, rep } from './scripted-call';

/** Scripted calls hold only the lines that matter, so their long silences are not blackouts here. */
const sparseCall = (lines: Parameters<typeof playCall>[0], enabledNudges = {}) =>
  playCall(lines, { thresholds: { sleepGapSec: 3600 }, enabledNudges });

const META: CallMeta = { callId: 'call-1', platform: 'meet', title: 'Acme Logistics', repName: 'Sam', startedAt: Date.UTC(2026, 2, 3, 14, 5) };
const wording = METHODOLOGY.debriefWording;
const playbook = METHODOLOGY.playbook;

const goodCall = () =>
  sparseCall([
    rep(5, 'Thanks for the time. Here’s what I was thinking for our thirty minutes: I ask some questions, and at the end we decide together whether a next step makes sense. Does that work for you?', 'other', 12),
    buyer(18, 'Sounds good to me, let’s do it.', 'none', 3),
    rep(60, 'Walk me through how routing works today?', 'situation', 3),
    buyer(64, 'We assign every ticket manually from a shared inbox, and it takes forever when volume spikes.', 'none', 20),
    rep(120, 'Why do you think that keeps happening?', 'problem', 3),
    buyer(124, 'It comes down to two systems that don’t talk to each other, so someone copies everything across.', 'none', 25),
    rep(300, 'When a ticket sits unassigned, what does that do to your renewals?', 'implication', 4),
    buyer(305, 'We lost two accounts last quarter, about 80 thousand dollars in renewals.', 'none', 20),
    rep(400, 'If that went away, what would your team do with the time?', 'need_payoff', 4),
    buyer(405, 'We could finally staff the onboarding project my VP keeps asking about.', 'none', 20),
    buyer(1000, 'Honestly the price worries me, it’s more than we planned.', 'budget', 4),
    rep(1005, 'When you say more than planned, is it the total or the timing of the spend?', 'problem', 4),
    buyer(1010, 'Mostly the timing, our budget resets in July.', 'none', 6),
    rep(1250, 'Based on what you described, our router assigns tickets as they arrive.', 'pitch', 8),
    buyer(1260, 'That would take a lot of the manual work away for the team.', 'none', 10),
    rep(1650, 'Let’s book a follow-up call for Thursday at two with your finance lead.', 'other', 5),
    buyer(1656, 'Thursday at two works for us.', 'none', 3),
  ]);

const rushedCall = () =>
  sparseCall([
    rep(5, 'Hi, thanks for joining.', 'other', 2),
    rep(60, 'Our platform *automates* routing [and more](http://x).', 'pitch', 30),
    buyer(95, 'That’s more than we set aside for this.', 'budget', 3),
    rep(100, 'We can work something out on annual plans.', 'other', 4),
    rep(1700, 'Thanks for your time, talk soon.', 'other', 3),
  ]);

describe('debrief', () => {
  it('follows the coaching template’s sections, written by the template engine', () => {
    const { debrief } = goodCall().report(META);
    const headings = debrief.markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Call Coaching: Sam — 2026-03-03',
      `## ${wording.headings.details}`,
      `## ${wording.headings.figures}`,
      `## ${wording.headings.wentWell}`,
      `## ${wording.headings.opportunity}`,
      `## ${wording.headings.skill}`,
    ]);
    expect(debrief.writtenBy).toBe('template');
    expect(debrief.markdown).not.toMatch(/\{\w+\}/);
  });

  it('gives the call details: rep, buyers, date, duration and platform', () => {
    const { markdown } = goodCall().report(META).debrief;
    for (const line of ['- **Rep**: Sam', '- **Account**: Acme Logistics', '- **Buyer Attendees**: Dana (role not captured)', '- **Date**: 2026-03-03', '- **Duration**: 28 min (27:39)', '- **Platform**: Google Meet']) {
      expect(markdown).toContain(line);
    }
  });

  it('lists the figures with their times', () => {
    const { markdown } = goodCall().report(META).debrief;
    expect(markdown).toContain('| SPIN questions (S / P / I / N) | 1 / 2 / 1 / 1 |');
    expect(markdown).toContain('| Objections | budget [16:40] |');
    expect(markdown).toContain('| First pitch | [20:50] |');
    expect(markdown).toContain('| Upfront contract | yes, [00:05] |');
    expect(markdown).toContain('| Dated next step | yes, [27:30] |');
    expect(markdown).toMatch(/\| Discovery checklist \| \d of 6; open: /);
    expect(markdown).toMatch(/\| Rep talk share \| \d+% \(/);
  });

  it('praises specific moments, each with its time, the quoted line and its evidence', () => {
    const { debrief } = goodCall().report(META);
    expect(debrief.wentWell).toHaveLength(wording.maxWentWell);
    for (const point of debrief.wentWell) {
      expect(point.evidence.length).toBeGreaterThan(0);
      expect(debrief.markdown).toContain(point.text);
    }
    expect(debrief.markdown).toContain('- **[05:00]** You asked an implication question: "When a ticket sits unassigned, what does that do to your renewals?"');
    expect(debrief.markdown).toContain('- **[00:05]** You set an upfront contract: "Thanks for the time.');
  });

  it('coaches one thing, in the playbook’s words, with the moment it rests on', () => {
    const { debrief } = rushedCall().report(META);
    expect(debrief.opportunities).toHaveLength(1);
    const [lead] = debrief.opportunities;
    const firstGap = playbook.checklistPriority[0];
    expect(lead.atSec).toBe(60);
    expect(lead.moment).toContain('You started pitching');
    expect(lead.whatHappened).toContain('The pitch began at 01:00, before 15:00');
    expect(lead.tryInstead).toContain(playbook.checklist[firstGap][0]);
    expect(lead.whyItMatters).toBe(wording.opportunities.earlyPitch.whyItMatters);
    expect(lead.evidence).toEqual([expect.objectContaining({ atSec: 60, speaker: 'Sam' })]);
    expect(debrief.skillConnection).toEqual({
      focus: wording.opportunities.earlyPitch.focus,
      practice: wording.opportunities.earlyPitch.practice.replace('{earlyTime}', '15:00'),
      followUp: wording.followUp.replace('{callTypeLabel}', 'discovery'),
    });
    expect(debrief.markdown).toContain('- **Moment**: [01:00] — You started pitching');
  });

  it('picks an unclarified objection when nothing ranks higher, with the AECR clarify words', () => {
    const { debrief } = sparseCall([
      rep(5, 'Here’s the agenda for our thirty minutes; at the end we decide on a next step. Does that work for you?', 'other', 8),
      rep(60, 'What does that cost you today?', 'implication', 3),
      buyer(64, 'We do it manually. It comes down to a legacy system, and it costs us 40 hours a week.', 'none', 30),
      buyer(100, 'My CFO has to sign off, we just hired a new VP, and if nothing changes we’ll lose the Acme account.', 'none', 30),
      buyer(300, 'We’re already trialing two other tools.', 'competition', 3),
      rep(304, 'We are better than both of them.', 'other', 3),
      rep(1650, 'Let’s book a follow-up call for Thursday at two.', 'other', 3),
    ]).report(META);
    expect(debrief.opportunities.map((opportunity) => opportunity.atSec)).toEqual([300]);
    expect(debrief.opportunities[0].tryInstead).toContain(METHODOLOGY.objections.competition.clarify);
  });

  it('does not take a pitch phrased as a question for clarifying an objection', () => {
    const { debrief } = sparseCall([
      buyer(100, 'We are already trialing two other tools.', 'competition', 3),
      rep(104, 'Want me to show you how our dashboard beats them?', 'pitch', 3),
      rep(1700, 'Thanks, talk soon.', 'other', 2),
    ]).report(META);
    expect(debrief.wentWell.map((point) => point.text).join(' ')).not.toContain('you asked before answering');
  });

  it('escapes markdown in quoted captions', () => {
    const { markdown } = rushedCall().report(META).debrief;
    expect(markdown).toContain('Our platform \\*automates\\* routing \\[and more\\](http://x).');
  });

  it('says so honestly when there is nothing to praise or coach', () => {
    const { debrief } = playCall([]).report(META);
    expect(debrief.wentWell).toEqual([]);
    expect(debrief.opportunities).toEqual([]);
    expect(debrief.skillConnection.focus).toBe(wording.opportunityNone.focus);
    expect(debrief.markdown).toContain(wording.wentWellNone);
    expect(debrief.markdown).toContain(wording.opportunityNone.text);
    expect(debrief.markdown).toContain(`- **Buyer Attendees**: ${wording.details.attendeesNone}`);
  });
});
