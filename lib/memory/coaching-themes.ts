// The Coaching Themes mental model: "What coaching themes recur across reps, and which interventions have
// measurably helped?" Recurring gaps and strengths (across reps, then per rep) from shown observations, then
// the measured change after each kind of nudge within the call and after each coaching focus across calls,
// with an explicit "not enough data" below the seeded case counts.
import { NUDGE_KINDS } from '../types';
import { groupByCall, isShown } from './observations';
import { changeHelped } from './intervention-effects';
import type { BehaviourFact, MemoryFact, ModelSection, ModelStatement, NudgeFact, Observation, ThemeKey } from './memory-schema';
import type { MemorySeeds } from './memory-seeds';
import { citeLatest, claim, dateOf, formatMetric, notEnoughData, percentOf } from './model-text';

const isGapOf = (fact: MemoryFact, theme: ThemeKey) => fact.kind === 'behaviour' && fact.theme === theme && fact.polarity === 'gap';
const withVerdict = (helped: boolean, statement: ModelStatement): ModelStatement => ({ ...statement, verdict: helped ? 'helped' : 'not_helped' });
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function recurringThemes(facts: ReadonlyMap<string, MemoryFact>, observations: readonly Observation[], seeds: MemorySeeds) {
  const wording = seeds.models.coachingThemes;
  const themes = seeds.themes.themes;
  const rank = (theme: string) => seeds.themes.order.indexOf(theme as ThemeKey);
  const sourcesOf = (observation: Observation) => observation.sourceFactIds.flatMap((id) => facts.get(id) ?? []);
  const weakening = (observation: Observation) => (observation.status === 'weakening' ? wording.weakening : '');

  const team = observations
    .filter((observation) => observation.kind === 'coaching_theme' && isShown(observation))
    .sort((a, b) => rank(a.subject) - rank(b.subject))
    .map((observation) => {
      const theme = themes[observation.subject as ThemeKey];
      return claim(
        observation.id,
        wording.teamTheme + weakening(observation),
        { label: theme.label, gapLabel: theme.gapLabel, calls: observation.proofCount, repCount: observation.proofReps.length, reps: observation.proofReps.join(', ') },
        citeLatest(sourcesOf(observation), seeds.models),
      );
    });
  if (team.length === 0) team.push(notEnoughData('team:none', wording.noTeamThemes, { minReps: seeds.observations.teamThemeMinReps }));

  const reps = observations
    .filter((observation) => (observation.kind === 'gap' || observation.kind === 'strength') && isShown(observation))
    .sort(
      (a, b) =>
        ((a.repName ?? '') < (b.repName ?? '') ? -1 : (a.repName ?? '') > (b.repName ?? '') ? 1 : 0) ||
        (a.kind === b.kind ? 0 : a.kind === 'gap' ? -1 : 1) ||
        rank(a.subject) - rank(b.subject),
    )
    .map((observation) => {
      const theme = themes[observation.subject as ThemeKey];
      const template = observation.kind === 'gap' ? wording.repGap : wording.repStrength;
      return claim(
        observation.id,
        template + weakening(observation),
        { rep: observation.repName ?? '', gapLabel: theme.gapLabel, strengthLabel: theme.strengthLabel, calls: observation.proofCount, lastDate: dateOf(observation.lastSeen.at) },
        citeLatest(sourcesOf(observation), seeds.models),
      );
    });
  if (reps.length === 0) reps.push(notEnoughData('reps:none', wording.noRepThemes, { minCalls: seeds.observations.stableAfterCalls }));
  return { team, reps };
}

function withinCallChanges(facts: readonly MemoryFact[], seeds: MemorySeeds): ModelStatement[] {
  const wording = seeds.models.coachingThemes;
  const rules = seeds.interventions.withinCall;
  const nudges = facts.filter((fact): fact is NudgeFact => fact.kind === 'nudge');
  const statements: ModelStatement[] = [];
  for (const kind of NUDGE_KINDS) {
    const rule = rules.byNudge[kind];
    const ofKind = nudges.filter((nudge) => nudge.nudgeKind === kind);
    if (!rule || ofKind.length === 0) continue;
    const measured = ofKind.filter((nudge) => nudge.effect !== null);
    const title = [...ofKind].sort(byId)[0].title;
    const id = `within:${kind}`;
    if (measured.length < rules.minCases) {
      statements.push(notEnoughData(id, wording.withinNotEnough, { title, cases: measured.length, minCases: rules.minCases }));
      continue;
    }
    const before = measured.reduce((sum, nudge) => sum + (nudge.effect?.before ?? 0), 0) / measured.length;
    const after = measured.reduce((sum, nudge) => sum + (nudge.effect?.after ?? 0), 0) / measured.length;
    const helped = changeHelped(before, after, rule.better, rule.margin);
    // The line the rep said right after each nudge (its last cited line) shows what the nudge changed.
    const cited = [...measured]
      .sort((a, b) => b.callStartedAt - a.callStartedAt || b.atSec - a.atSec)
      .slice(0, seeds.models.maxEvidencePerStatement)
      .flatMap((nudge) => nudge.evidence.slice(-1));
    const values = {
      title,
      metric: seeds.models.metrics[rule.metric].label,
      before: formatMetric(rule.metric, before, seeds.models),
      after: formatMetric(rule.metric, after, seeds.models),
      windowMin: Math.round(rule.windowSec / 60),
      cases: measured.length,
      calls: new Set(measured.map((nudge) => nudge.callId)).size,
    };
    statements.push(withVerdict(helped, claim(id, helped ? wording.withinHelped : wording.withinNoEffect, values, cited)));
  }
  return statements;
}

function acrossCallChanges(facts: readonly MemoryFact[], seeds: MemorySeeds): ModelStatement[] {
  const wording = seeds.models.coachingThemes;
  const rules = seeds.interventions.acrossCalls;
  const callsByRep = new Map<string, ReturnType<typeof groupByCall>>();
  for (const call of groupByCall(facts)) {
    const list = callsByRep.get(call.repName) ?? [];
    list.push(call);
    callsByRep.set(call.repName, list);
  }
  const statements: ModelStatement[] = [];
  for (const theme of seeds.themes.order) {
    const tallies = { beforeCalls: 0, beforeGaps: 0, afterCalls: 0, afterGaps: 0 };
    const cited: MemoryFact[] = [];
    let focused = false;
    for (const calls of callsByRep.values()) {
      const focusIndex = calls.findIndex((call) => call.facts.some((fact) => fact.kind === 'call_quality' && fact.coachingFocus === theme));
      const gaps = calls.map((call) => call.facts.find((fact): fact is BehaviourFact => isGapOf(fact, theme)));
      // A rep who never showed the gap until it became their focus says nothing about whether the focus helped.
      if (focusIndex < 0 || !gaps.slice(0, focusIndex + 1).some(Boolean)) continue;
      focused = true;
      cited.push(...calls[focusIndex].facts.filter((fact) => fact.kind === 'debrief' && fact.theme === theme && fact.side === 'opportunity'));
      gaps.forEach((gap, index) => {
        const side = index <= focusIndex ? 'before' : 'after';
        tallies[`${side}Calls`]++;
        if (gap) tallies[`${side}Gaps`]++;
        if (gap && side === 'after') cited.push(gap);
      });
    }
    if (!focused) continue;
    const values = {
      label: seeds.themes.themes[theme].label,
      ...tallies,
      beforePct: percentOf(tallies.beforeGaps, tallies.beforeCalls),
      afterPct: percentOf(tallies.afterGaps, tallies.afterCalls),
      minCalls: rules.minCallsEachSide,
    };
    const id = `across:${theme}`;
    if (tallies.beforeCalls < rules.minCallsEachSide || tallies.afterCalls < rules.minCallsEachSide) {
      statements.push(notEnoughData(id, wording.acrossNotEnough, values));
      continue;
    }
    const helped = changeHelped(tallies.beforeGaps / tallies.beforeCalls, tallies.afterGaps / tallies.afterCalls, 'lower', rules.margin);
    statements.push(withVerdict(helped, claim(id, helped ? wording.acrossHelped : wording.acrossNoEffect, values, citeLatest(cited, seeds.models))));
  }
  return statements;
}

export function coachingThemesSections(facts: readonly MemoryFact[], observations: readonly Observation[], seeds: MemorySeeds): ModelSection[] {
  const wording = seeds.models.coachingThemes;
  const { team, reps } = recurringThemes(new Map(facts.map((fact) => [fact.id, fact])), observations, seeds);
  return [
    { key: 'team', title: wording.sections.team, statements: team },
    { key: 'reps', title: wording.sections.reps, statements: reps },
    { key: 'withinCall', title: wording.sections.withinCall, statements: withinCallChanges(facts, seeds) },
    { key: 'acrossCalls', title: wording.sections.acrossCalls, statements: acrossCallChanges(facts, seeds) },
  ];
}
