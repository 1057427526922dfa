import { describe, expect, it } from 'vitest';
import { formatCaptureReport, type ElementShape } from './capture-report';

const leaf = (tag: string, attributes: string[] = []): ElementShape => ({ tag, role: null, attributes, childCount: 0, children: [], hasText: true });

describe('formatCaptureReport', () => {
  it('describes the region by tags, roles, attribute names and depth, with the versions', () => {
    const region: ElementShape = {
      tag: 'div',
      role: 'region',
      attributes: ['aria-label', 'class', 'role', 'tabindex'],
      childCount: 12,
      children: [{ tag: 'div', role: null, attributes: ['class'], childCount: 2, children: [leaf('span', ['class']), leaf('div', ['class'])], hasText: false }],
      hasText: false,
    };
    const report = formatCaptureReport({
      platform: 'meet',
      health: 'unreadable',
      reader: 'none',
      selectorsCheckedOn: '2026-12-04',
      extensionVersion: '1.0.0',
      browser: 'Chrome/140',
      regions: [{ why: 'labelled as captions', shape: region }],
    });
    expect(report).toContain('platform: meet; health: unreadable; reader: none');
    expect(report).toContain('selectors last checked on: 2026-12-04');
    expect(report).toContain('extension: 1.0.0; browser: Chrome/140');
    expect(report).toContain('div[role=region] {aria-label class role tabindex} (12 children, 1 shown)\n  div {class}\n    span {class} +text\n    div {class} +text');
  });

  it('keeps a role that is not a plain ARIA role word out of the report', () => {
    const shape: ElementShape = { ...leaf('div'), role: 'Priya Shah said the budget is 40k' };
    const report = formatCaptureReport({ platform: 'zoom', health: 'unreadable', reader: 'none', selectorsCheckedOn: 'x', extensionVersion: 'x', browser: 'x', regions: [{ why: 'live region', shape }] });
    expect(report).not.toContain('Priya');
    expect(report).toContain('div +text');
  });
});
