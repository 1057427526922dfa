// The capture report a rep pastes into an issue when captions cannot be read: the shape of the page's caption
// region (tags, roles, attribute names, nesting depth) and the versions involved. It carries no caption text,
// no names and no attribute values besides ARIA roles, so it is safe to share from a confidential call.
import type { CaptureHealth } from './capture-health';

export interface ElementShape {
  tag: string;
  role: string | null;
  /** Attribute names, sorted; never their values. */
  attributes: string[];
  /** How many element children it has (only the first few are described). */
  childCount: number;
  children: ElementShape[];
  /** Whether it holds text of its own (the text itself is never kept). */
  hasText: boolean;
}

export interface CaptureReportInput {
  platform: string;
  health: CaptureHealth;
  reader: 'platform selectors' | 'structural fallback' | 'none';
  selectorsCheckedOn: string;
  extensionVersion: string;
  browser: string;
  /** The regions that look like captions (labelled, live, or rewriting their text), most likely first. */
  regions: readonly { why: string; shape: ElementShape }[];
}

const ROLE_PATTERN = /^[a-z]{1,30}$/;

function describe(shape: ElementShape, depth: number, lines: string[]): void {
  const role = shape.role && ROLE_PATTERN.test(shape.role) ? `[role=${shape.role}]` : '';
  const attributes = shape.attributes.length > 0 ? ` {${shape.attributes.join(' ')}}` : '';
  const text = shape.hasText ? ' +text' : '';
  const more = shape.childCount > shape.children.length ? ` (${shape.childCount} children, ${shape.children.length} shown)` : '';
  lines.push(`${'  '.repeat(depth)}${shape.tag}${role}${attributes}${text}${more}`);
  for (const child of shape.children) describe(child, depth + 1, lines);
}

export function formatCaptureReport(input: CaptureReportInput): string {
  const lines = [
    '### Discovery Coach capture report',
    `- platform: ${input.platform}; health: ${input.health}; reader: ${input.reader}`,
    `- selectors last checked on: ${input.selectorsCheckedOn}`,
    `- extension: ${input.extensionVersion}; browser: ${input.browser}`,
    '',
    input.regions.length === 0 ? 'No caption-like region found on the page.' : 'Caption-like regions (tags, roles, attribute names; no text):',
  ];
  for (const region of input.regions) {
    lines.push('', `${region.why}:`, '```');
    describe(region.shape, 0, lines);
    lines.push('```');
  }
  return lines.join('\n');
}
