import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from './i18n';

afterEach(() => vi.unstubAllGlobals());

describe('t', () => {
  it('falls back to the bundled English outside the extension', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(t('extension_name')).toBe('Discovery Coach');
  });

  it('uses the browser’s translation when it has one, and English when it answers empty', () => {
    const getMessage = vi.fn((key: string) => (key === 'extension_name' ? 'Discovery-Coach' : ''));
    vi.stubGlobal('browser', { i18n: { getMessage } });
    expect(t('extension_name')).toBe('Discovery-Coach');
    expect(t('extension_description')).toMatch(/^Live discovery coaching/);
  });
});
