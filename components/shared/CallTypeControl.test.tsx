// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallTypeControl } from './CallTypeControl';

afterEach(cleanup);

describe('CallTypeControl', () => {
  it('is a select labelled "Call type" offering the four types, described by where the type came from', () => {
    render(<CallTypeControl callType="pricing" source="detected" onChange={() => {}} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Call type');
    expect(select.tagName).toBe('SELECT');
    expect(select.value).toBe('pricing');
    expect([...select.options].map((option) => option.textContent)).toEqual(['Discovery', 'Demo / follow-up', 'Pricing / negotiation', 'Cold call']);
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toBe("Read from the call's opening");
  });

  it('hands the rep’s choice on, shows it as theirs at once, and says so while the call is rewritten', async () => {
    let finish!: () => void;
    const onChange = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<CallTypeControl callType="discovery" source="default" onChange={onChange} />);
    fireEvent.change(screen.getByLabelText('Call type'), { target: { value: 'follow-up' } });
    expect(onChange).toHaveBeenCalledWith('follow-up');
    expect(screen.getByLabelText<HTMLSelectElement>('Call type').value).toBe('follow-up');
    expect(screen.getByTestId('call-type-source').textContent).toBe('Set by you');
    expect(screen.getByRole('status').textContent).toContain('Rewriting the debrief');
    finish();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
  });

  it('goes back to the stored type and tells the rep when the change failed', async () => {
    render(<CallTypeControl callType="discovery" source="detected" onChange={() => Promise.reject(new Error('no answer'))} />);
    fireEvent.change(screen.getByLabelText('Call type'), { target: { value: 'pricing' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The call type could not be changed. Try again.'));
    expect(screen.getByLabelText<HTMLSelectElement>('Call type').value).toBe('discovery');
  });
});
