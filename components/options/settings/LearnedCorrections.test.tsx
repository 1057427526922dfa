// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LearnedCorrections } from './LearnedCorrections';

afterEach(cleanup);

describe('LearnedCorrections', () => {
  it('says how many "not an objection" taps the coach learned from', () => {
    render(<LearnedCorrections count={3} />);
    expect(screen.getByTestId('learned-corrections').textContent).toContain('learned from 3 “Not an objection” taps');
  });
});
