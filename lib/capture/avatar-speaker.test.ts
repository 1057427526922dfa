import { describe, expect, it } from 'vitest';
import { createAvatarSpeakerResolver } from './avatar-speaker';

const evidence = { hasAvatar: true, imageAlt: null, initials: null, activeSpeaker: null };

describe('speaker from a Zoom avatar', () => {
  it("knows the rep's initials from the start, so a row read after the rep stopped speaking still names them", () => {
    const resolve = createAvatarSpeakerResolver(['Jordan Ellis']);
    expect(resolve({ ...evidence, initials: 'JE', activeSpeaker: 'Priya Shah' })).toBe('Jordan Ellis');
  });

  it('uses the photo alt text', () => {
    const resolve = createAvatarSpeakerResolver();
    expect(resolve({ ...evidence, imageAlt: 'Marcus Lee', activeSpeaker: 'Dana Kim' })).toBe('Marcus Lee');
  });

  it('uses the active speaker when the initials match, and remembers it', () => {
    const resolve = createAvatarSpeakerResolver();
    expect(resolve({ ...evidence, initials: 'DK', activeSpeaker: 'Dana Kim' })).toBe('Dana Kim');
    expect(resolve({ ...evidence, initials: 'dk', activeSpeaker: 'Marcus Lee' })).toBe('Dana Kim');
  });

  it('falls back to the initials while the name is unknown', () => {
    const resolve = createAvatarSpeakerResolver();
    expect(resolve({ ...evidence, initials: 'ML', activeSpeaker: 'Dana Kim' })).toBe('ML');
  });

  it('uses the active speaker for a photo without alt text', () => {
    const resolve = createAvatarSpeakerResolver();
    expect(resolve({ ...evidence, activeSpeaker: 'Dana Kim' })).toBe('Dana Kim');
    expect(resolve({ ...evidence })).toBeNull();
  });

  it('treats a row without an avatar as a system notice', () => {
    const resolve = createAvatarSpeakerResolver();
    expect(resolve({ ...evidence, hasAvatar: false, activeSpeaker: 'Dana Kim' })).toBeNull();
  });
});
