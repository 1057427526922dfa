import { describe, expect, it } from 'vitest';
import { adapterForFrame, CAPTION_ADAPTERS } from './adapters';

describe('caption adapter registry', () => {
  it('has one adapter per platform', () => {
    expect(CAPTION_ADAPTERS.map((adapter) => adapter.platform)).toEqual(['meet', 'teams', 'zoom']);
  });

  it('picks the adapter for a frame by its URL', () => {
    expect(adapterForFrame({ hostname: 'meet.google.com', pathname: '/abc-defg-hij' }, true)?.platform).toBe('meet');
    expect(adapterForFrame({ hostname: 'teams.microsoft.com', pathname: '/v2/' }, true)?.platform).toBe('teams');
    expect(adapterForFrame({ hostname: 'teams.live.com', pathname: '/v2/' }, true)?.platform).toBe('teams');
    expect(adapterForFrame({ hostname: 'app.zoom.us', pathname: '/wc/123/webclient' }, false)?.platform).toBe('zoom');
  });

  it('finds none for other frames', () => {
    expect(adapterForFrame({ hostname: 'meet.google.com', pathname: '/abc' }, false)).toBeUndefined();
    expect(adapterForFrame({ hostname: 'app.zoom.us', pathname: '/wc/123/join' }, true)).toBeUndefined();
    expect(adapterForFrame({ hostname: 'example.com', pathname: '/' }, true)).toBeUndefined();
    expect(adapterForFrame({ hostname: 'meet.google.com.evil.example', pathname: '/' }, true)).toBeUndefined();
  });
});
