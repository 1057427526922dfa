import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMinutes, formatNameList, formatPercent } from './format';
import { formatNumber, t, tn, uiLanguage } from './i18n';

afterEach(() => vi.unstubAllGlobals());

describe('t', () => {
  it('falls back to the bundled English outside the extension', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', undefined);
    expect(t('extension_name')).toBe('Discovery Coach');
    expect(t('overlay_pitch_window_opens', '15:00')).toBe('Pitch window opens at 15:00');
  });

  it('uses the browser’s translation when it has one, and English when it answers empty', () => {
    const getMessage = vi.fn((key: string) => (key === 'extension_name' ? 'Discovery-Coach' : ''));
    vi.stubGlobal('browser', { i18n: { getMessage } });
    expect(t('extension_name')).toBe('Discovery-Coach');
    expect(t('extension_description')).toMatch(/^Live discovery coaching/);
  });

  it('passes substitutions to the browser in placeholder order', () => {
    const getMessage = vi.fn((_key: string, substitutions?: string[]) => `Erster Pitch bei ${substitutions?.[0]} — vor ${substitutions?.[1]}`);
    vi.stubGlobal('browser', { i18n: { getMessage } });
    expect(t('overlay_pitch_first_early', '8:12', '15:00')).toBe('Erster Pitch bei 8:12 — vor 15:00');
    expect(getMessage).toHaveBeenCalledWith('overlay_pitch_first_early', ['8:12', '15:00']);
  });
});

describe('tn', () => {
  it('picks the _one or _other message and passes the count first', () => {
    vi.stubGlobal('browser', undefined);
    expect(tn('popup_focus_why', 1, 'Blair', 'skips the upfront contract')).toBe('Why: Blair skips the upfront contract, seen in 1 call.');
    expect(tn('popup_focus_why', 5, 'Blair', 'skips the upfront contract')).toBe('Why: Blair skips the upfront contract, seen in 5 calls.');
    expect(tn('popup_focus_why', 0, 'Blair', 'skips the upfront contract')).toContain('seen in 0 calls');
  });
});

describe('numbers and dates in the UI language', () => {
  it('uses English outside the extension', () => {
    vi.stubGlobal('browser', undefined);
    expect(uiLanguage()).toBe('en');
    expect(formatPercent(0.384)).toBe('38%');
    expect(formatNumber(2.5)).toBe('2.5');
  });

  it('follows the browser’s UI language', () => {
    vi.stubGlobal('browser', { i18n: { getMessage: () => '', getUILanguage: () => 'de' } });
    expect(uiLanguage()).toBe('de');
    expect(formatPercent(0.384)).toBe('38\u00a0%');
    expect(formatNumber(2.5)).toBe('2,5');
    expect(formatMinutes(27 * 60)).toBe('27 min');
  });

  it('lists names the way a sentence does', () => {
    vi.stubGlobal('browser', undefined);
    expect(formatNameList(['Alex'])).toBe('Alex');
    expect(formatNameList(['Alex', 'Blair'])).toBe('Alex and Blair');
    expect(formatNameList(['Alex', 'Blair', 'Casey'])).toBe('Alex, Blair and Casey');
  });
});
