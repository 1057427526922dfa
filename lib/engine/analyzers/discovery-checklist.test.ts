import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createDiscoveryChecklistAnalyzer } from './discovery-checklist';

const harness = () => analyzerHarness(createDiscoveryChecklistAnalyzer);

describe('discovery checklist', () => {
  it('counts what the buyer says, with the first line that showed each item', () => {
    const { analyzer, put, at } = harness();
    const problem = buyer(100, 'Honestly, we do all of it manually.');
    put(problem, buyer(200, 'It comes down to two systems that don’t talk to each other.'));
    put(buyer(300, 'That costs us about 40 hours a week.'), buyer(400, 'My CFO has to sign off on anything like this.'));
    put(buyer(500, 'We just hired a new VP of operations.'), buyer(600, 'If nothing changes we’ll lose the Acme account.'));
    put(buyer(700, 'And it is still manual everywhere.'));
    const result = analyzer.result(at(800));
    expect(result.checklist).toEqual({ problem: true, root_cause: true, impact: true, stakeholders: true, trigger: true, cost_of_inaction: true });
    expect(result.checklistEvidence.problem).toMatchObject({ utteranceId: problem.id, atSec: 100 });
    expect(result.gaps).toEqual([]);
  });

  it('counts a rep question only once the buyer answers it substantively', () => {
    const { analyzer, put, at } = harness();
    const question = rep(100, 'Why do you think that keeps happening?', 'problem', 3);
    put(question);
    expect(analyzer.result(at(104)).checklist.root_cause).toBe(false);
    put(buyer(104, 'mm-hmm'));
    expect(analyzer.result(at(106)).checklist.root_cause).toBe(false);
    put(buyer(106, 'Well, nobody ever owned the process end to end.'));
    const result = analyzer.result(at(110));
    expect(result.checklist.root_cause).toBe(true);
    expect(result.checklistEvidence.root_cause).toMatchObject({ utteranceId: question.id });
  });

  // Phrasings from the dev calls that the cues missed before (the debrief then asked for what the call had).
  it.each([
    ['cost_of_inaction', 'If nothing changed and you went into January the way you run it today, where does that leave you?', 'We would be short two crews and explaining it to the board.'],
    ['cost_of_inaction', 'and if things stay the way they are through march what happens', 'then we go into the renewal with a month old spreadsheet'],
    ['cost_of_inaction', 'What happens to the program if that grant does not come through?', 'We would cut it back to one branch, probably.'],
    ['root_cause', "why doesn't it match", 'the changes get scribbled in the margins of the order book'],
    ["root_cause", "From where you sit, what's the usual reason a count comes up short?", 'Nobody writes it down at the time it happens.'],
    ['stakeholders', "When you decide to change something like this, who's part of that decision?", 'Walt, the owner. He signs anything over twenty-five thousand.'],
    ['trigger', 'And what made this worth a call now?', 'We won a housing authority contract in December and the first boxes ship in May.'],
    ['cost_of_inaction', "and if it does break what's at stake with the ashford", 'they can open the contract up to another caterer after the first year'],
  ] as const)('counts a %s question the buyer answers: "%s"', (item, question, answer) => {
    const { analyzer, put, at } = harness();
    put(rep(100, question, 'implication', 5), buyer(106, answer));
    expect(analyzer.result(at(112)).checklist[item]).toBe(true);
  });

  it.each([
    ['cost_of_inaction', 'Worst case they put the license on probation.'],
    ['cost_of_inaction', "Honestly we'd probably lose a handful of the bigger contracts."],
    ['root_cause', "The booking system doesn't know anything about the lunchroom or the lab classes."],
    ['root_cause', 'Nobody trusts the inventory module, so they keep their own lists.'],
    ['problem', "There's no way to prove the round happened at two in the morning."],
    ['trigger', "That's really why I filled out your form: the state rebids the contract in April."],
  ] as const)('counts %s when the buyer says: "%s"', (item, text) => {
    const { analyzer, put, at } = harness();
    put(buyer(100, text));
    expect(analyzer.result(at(110)).checklist[item]).toBe(true);
  });

  it.each([
    ['root_cause', "i don't know that i want to be changing systems while we open a new home"],
    ['cost_of_inaction', 'What happened when you tried the last tool?'],
  ] as const)('does not count %s from: "%s"', (item, text) => {
    const { analyzer, put, at } = harness();
    put(buyer(100, text));
    expect(analyzer.result(at(110)).checklist[item]).toBe(false);
  });

  it('does not count a question answered too late', () => {
    const { analyzer, put, at } = harness();
    put(rep(100, 'Who else should be involved in this?', 'situation', 3), buyer(160, 'Sorry, where were we on the agenda today?'));
    expect(analyzer.result(at(170)).checklist.stakeholders).toBe(false);
    put(buyer(110, 'Probably the people who run billing, honestly.'));
    expect(analyzer.result(at(170)).checklist.stakeholders).toBe(true);
  });

  it('uncounts an item when a correction removes its words', () => {
    const { analyzer, put, at } = harness();
    const line = buyer(100, 'It is all manual');
    put(line);
    expect(analyzer.result(at(101)).checklist.problem).toBe(true);
    put({ ...labeled(line), text: 'It is all fine' });
    expect(analyzer.result(at(101)).checklist.problem).toBe(false);
  });

  it('lists open items most important first', () => {
    const { analyzer, put, at } = harness();
    put(buyer(100, 'We do it manually.'));
    expect(analyzer.result(at(101)).gaps).toEqual(['root_cause', 'impact', 'cost_of_inaction', 'stakeholders', 'trigger']);
  });

  it('nudges about open items late in discovery, not before', () => {
    const { analyzer, put, at } = harness();
    const problem = buyer(100, 'We do it manually.');
    put(problem);
    expect(analyzer.candidates(at(900))).toEqual([]);
    const [candidate] = analyzer.candidates(at(1000));
    expect(candidate).toMatchObject({ kind: 'checklist', checklistGaps: ['root_cause', 'impact', 'cost_of_inaction', 'stakeholders', 'trigger'] });
    expect(candidate.evidence).toEqual([expect.objectContaining({ utteranceId: problem.id })]);
    expect(analyzer.candidates(at(1600))).toEqual([]);
  });
});
