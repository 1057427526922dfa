// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageShowsCaptionsOn } from './captions-signal';

beforeEach(() => document.body.replaceChildren());

describe('pageShowsCaptionsOn', () => {
  it('is false for a call page whose captions button offers to turn them on', () => {
    document.body.innerHTML = '<button aria-label="Turn on captions">cc</button><div role="region" aria-label="Participants"></div>';
    expect(pageShowsCaptionsOn(document)).toBe(false);
  });

  it('sees a region labelled as captions in any known language, whatever its classes', () => {
    document.body.innerHTML = '<div class="x9f2" role="region" aria-label="Untertitel"></div>';
    expect(pageShowsCaptionsOn(document)).toBe(true);
  });

  it("sees a captions button in its pressed state, or offering to turn captions off", () => {
    document.body.innerHTML = '<button aria-pressed="true" aria-label="Captions">cc</button>';
    expect(pageShowsCaptionsOn(document)).toBe(true);
    document.body.innerHTML = '<button aria-pressed="true" aria-label="Mute">mic</button><button aria-label="Hide captions">cc</button>';
    expect(pageShowsCaptionsOn(document)).toBe(true);
    document.body.innerHTML = '<button aria-pressed="true" aria-label="Mute">mic</button>';
    expect(pageShowsCaptionsOn(document)).toBe(false);
  });
});
