// Every list of platforms in the project derives from platforms/registry.ts. This walks the registry and looks for
// each platform in every derived list: the manifest's matches and the sender check, the stored records' enum, the
// call list's filter, the rep's settings, the onboarding's how-to, the overlay's hint and placement, the caption
// adapters, the replay renderers and the fixture pages. A platform missing from any of them fails here.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPTION_GUIDES } from '../../components/onboarding/steps/CaptionsStep';
import { PLATFORM_CHOICES } from '../../components/options/calls/CallFilters';
import { defaultOverlayPosition, PLATFORM_CONTROL_BANDS } from '../../components/overlay/overlay-position';
import { platformLabel } from '../../components/shared/labels';
import { CALL_SOURCES, PLATFORMS } from '../../lib/types';
import { mergedLocales } from '../../locales/locale-files';
import { adapterForFrame, ADAPTERS_BY_PLATFORM, CAPTION_ADAPTERS } from '../../platforms/adapters';
import { isMeetingUrl, MEETING_MATCH_PATTERNS, PLATFORM_DEFINITIONS } from '../../platforms/registry';
import { REPLAY_RENDERERS } from '../../platforms/replay-renderers';
import { callRecordSchema } from '../../store/record-schemas';
import { DEFAULT_USER_SETTINGS } from '../../store/user-settings';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = mergedLocales();

describe('the platform registry', () => {
  it('lists each platform once, each in its own folder', () => {
    const ids = PLATFORM_DEFINITIONS.map((definition) => definition.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(existsSync(path.join(ROOT, 'platforms', id, 'platform.ts')), id).toBe(true);
    expect(PLATFORMS).toEqual(ids);
  });
});

for (const definition of PLATFORM_DEFINITIONS) {
  const { id } = definition;
  const meetingUrl = new URL(definition.exampleMeetingUrl);

  describe(`${id}: every derived list has it`, () => {
    it('the manifest matches and host permissions, and the background sender check', () => {
      expect(definition.hosts.length).toBeGreaterThan(0);
      for (const host of definition.hosts) {
        expect(MEETING_MATCH_PATTERNS).toContain(`https://${host}/*`);
        expect(isMeetingUrl(`https://${host}/any/page`), host).toBe(true);
        expect(isMeetingUrl(`http://${host}/any/page`), `${host} over http`).toBe(false);
      }
      expect(definition.hosts).toContain(meetingUrl.hostname);
      expect(isMeetingUrl(definition.exampleMeetingUrl)).toBe(true);
    });

    it('the stored records, the call list filter and the rep settings', () => {
      expect(CALL_SOURCES).toContain(id);
      expect(callRecordSchema.shape.platform.options).toContain(id);
      expect(PLATFORM_CHOICES).toContain(id);
      expect(DEFAULT_USER_SETTINGS.platforms[id]).toBe(true);
      const english = LOCALES.get('en')?.[definition.displayName]?.message;
      expect(english).toBeTruthy();
      expect(platformLabel(id)).toBe(english);
    });

    it('the onboarding how-to with its picture, and the overlay hint, in every locale', () => {
      const guide = CAPTION_GUIDES.find((candidate) => candidate.platform === id);
      expect(guide).toBeDefined();
      expect(existsSync(path.join(ROOT, 'public', definition.captionsHowTo.picture)), definition.captionsHowTo.picture).toBe(true);
      const { onboarding, overlayHint } = definition.captionsHowTo;
      for (const [locale, messages] of LOCALES) {
        for (const key of [definition.displayName, overlayHint, onboarding.name, onboarding.how, onboarding.alt]) {
          expect(messages[key]?.message, `${locale}: ${key}`).toBeTruthy();
        }
      }
    });

    it('the overlay placement', () => {
      expect(PLATFORM_CONTROL_BANDS[id]).toEqual(definition.controlBands);
      const position = defaultOverlayPosition(id, { width: 1280, height: 800 }, { width: 320, height: 200 });
      expect(position.y).toBe(definition.controlBands.top);
    });

    it('the caption adapter, which claims the example meeting frame', () => {
      expect(ADAPTERS_BY_PLATFORM[id]?.platform).toBe(id);
      expect(CAPTION_ADAPTERS.map((adapter) => adapter.platform)).toContain(id);
      const frame = definition.captionFrame;
      const location = frame.kind === 'top' ? meetingUrl : new URL(`${frame.pathPrefix}1/frame`, meetingUrl);
      expect(adapterForFrame(location, frame.kind === 'top')?.platform).toBe(id);
    });

    it('the replay renderer and the fixture page its captions are drawn in', () => {
      expect(typeof REPLAY_RENDERERS[id]).toBe('function');
      expect(existsSync(path.join(ROOT, 'platforms', id, 'fixture.html'))).toBe(true);
    });
  });
}
