// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelSections } from './ModelSections';
import { sampleMemory, samplePlaybookModel, sampleThemesModel, STORED_CALL_TITLES } from './sample-memory';
import { indexObservations } from './statement-observation';

afterEach(cleanup);

const observations = indexObservations(sampleMemory().observations);
const statement = (id: string) => document.querySelector(`[data-statement-id="${id}"]`) as HTMLElement;

describe('ModelSections', () => {
  it('marks each statement with its verdict and shows proof counts from its observation', () => {
    render(<ModelSections idPrefix="t" sections={sampleThemesModel().sections} observations={observations} storedCalls={STORED_CALL_TITLES} perRepSectionKeys={['reps']} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Across reps', 'Per rep', 'Nudges: change within the call']);
    expect(within(statement('within:talk-share')).getByText('Helped')).toBeTruthy();
    expect(statement('within:talk-share').dataset.tone).toBe('helped');
    expect(within(statement('within:monologue')).getByText('Not helped')).toBeTruthy();
    expect(within(statement('within:next-step')).getByText('Not enough data')).toBeTruthy();
    expect(within(statement('coaching_theme:*:checklist')).getByTestId('proof-count').textContent).toBe('Seen in 5 calls · 2 reps');
    expect(within(statement('gap:Alex:upfront_contract')).getByTestId('proof-count').textContent).toBe('Seen in 3 calls');
    expect(statement('gap:Alex:upfront_contract').dataset.tone).toBe('gap');
    expect(within(statement('strength:Blair:next_step')).getByText('Fading')).toBeTruthy();
    expect(within(statement('within:talk-share')).queryByTestId('proof-count')).toBeNull();
  });

  it('groups per-rep statements under a heading for each rep', () => {
    render(<ModelSections idPrefix="t" sections={sampleThemesModel().sections} observations={observations} storedCalls={STORED_CALL_TITLES} perRepSectionKeys={['reps']} />);
    const perRep = document.querySelector('[data-section="reps"]') as HTMLElement;
    expect(within(perRep).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Alex', 'Blair']);
    const alex = screen.getByRole('region', { name: 'Alex' });
    expect([...alex.querySelectorAll('[data-statement-id]')].map((item) => item.getAttribute('data-statement-id'))).toEqual(['gap:Alex:upfront_contract']);
  });

  it('says when the language model reworded a statement, keeping the template text visible', () => {
    render(<ModelSections idPrefix="t" sections={sampleThemesModel().sections} observations={observations} storedCalls={STORED_CALL_TITLES} />);
    const reworded = statement('strength:Blair:next_step');
    expect(reworded.querySelector('.statement-text')?.textContent).toBe('Blair reliably closes on a dated next step (4 calls, last 2025-01-19).');
    expect(reworded.textContent).toContain('Reworded on this computer by the language model from: Strength: Blair closes calls on a dated next step');
  });

  it('shows a ranking section as an ordered list, others as plain lists', () => {
    render(<ModelSections idPrefix="p" sections={samplePlaybookModel().sections} observations={observations} storedCalls={STORED_CALL_TITLES} rankedSectionKeys={['patterns']} />);
    const patterns = document.querySelector('[data-section="patterns"]') as HTMLElement;
    const ranked = patterns.querySelector('ol.statement-list') as HTMLElement;
    expect([...ranked.children].map((item) => (item as HTMLElement).dataset.statementId)).toEqual(['pattern:implication/what/cost', 'pattern:problem/where/breakdown']);
    expect(document.querySelector('[data-section="acts"] ul.statement-list')).toBeTruthy();
  });
});
