// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { interactionFigures } from '../../lib/engine/interaction-figures';
import { Trends } from '../options/trends/Trends';
import { sampleAnalysis } from '../test-fixtures/sample-call';
import { InteractionFigures } from './InteractionFigures';

afterEach(cleanup);

const withFigures = (overrides = {}) =>
  sampleAnalysis({
    longestCustomerStorySec: 95,
    longestCustomerStoryAtSec: 120,
    speakerSwitchesPerMinute: 2.5,
    repQuestionCount: 12,
    questionSpread: 0.75,
    repPatienceSec: 0.8,
    ...overrides,
  });

const figure = (id: string) => screen.getByTestId('interaction-figures').querySelector(`[data-figure="${id}"]`) as HTMLElement;

describe('InteractionFigures', () => {
  it('shows each figure with its benchmark and source', () => {
    render(<InteractionFigures rows={interactionFigures(withFigures())} timing="live" />);
    expect(figure('talkShare').textContent).toContain('38%');
    expect(figure('talkShare').textContent).toContain('Best conversion near 43% rep talk');
    expect(figure('talkShare').dataset.meets).toBe('true');
    expect(figure('longestCustomerStory').textContent).toContain('1:35');
    expect(figure('interactivity').textContent).toContain('2.5 per minute');
    expect(figure('questionCount').textContent).toContain('about 11–14 questions');
    expect(figure('questionSpread').textContent).toContain('75%');
    expect(figure('patience').textContent).toContain('0.8 s');
    expect(figure('patience').textContent).toContain('approximate');
    for (const id of ['talkShare', 'longestCustomerStory', 'interactivity', 'questionCount', 'questionSpread', 'patience']) {
      expect(within(figure(id)).getByText(/Source: Gong Labs/)).toBeTruthy();
    }
  });

  it('says where patience cannot be trusted for imported transcripts, and shows nothing for calls stored before the figures', () => {
    render(<InteractionFigures rows={interactionFigures(withFigures({ repQuestionCount: 3 }))} timing="import" />);
    expect(figure('patience').textContent).toContain('imported without times');
    expect(figure('questionCount').dataset.meets).toBe('false');
    cleanup();
    render(<InteractionFigures rows={interactionFigures(sampleAnalysis())} timing="live" />);
    expect(screen.queryByTestId('interaction-figures')).toBeNull();
  });

  it('appears on Trends as the average over calls', () => {
    const calls = [
      { callId: 'a', title: 'A', startedAt: 1, analysis: withFigures({ repQuestionCount: 10 }) },
      { callId: 'b', title: 'B', startedAt: 2, analysis: withFigures({ repQuestionCount: 14 }) },
    ];
    render(<Trends calls={calls} talkShareMax={0.4} pitchWindowSec={900} />);
    expect(screen.getByTestId('interaction-figures').textContent).toContain('averaged over your calls');
    expect(figure('questionCount').textContent).toMatch(/^Questions you asked12/);
  });
});
