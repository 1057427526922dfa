import { describe, expect, it } from 'vitest';
import { optionsRouteHref, parseOptionsRoute } from './hash-route';

describe('options hash routes', () => {
  it('parses a call link from the popup', () => {
    expect(parseOptionsRoute('#/call/abc-123')).toEqual({ name: 'call', callId: 'abc-123' });
  });

  it('round-trips ids with reserved characters', () => {
    const route = { name: 'call', callId: 'meet/2026 03#1' } as const;
    expect(parseOptionsRoute(optionsRouteHref(route))).toEqual(route);
  });

  it('parses each section and falls back to the call list', () => {
    expect(parseOptionsRoute('#/trends')).toEqual({ name: 'trends' });
    expect(parseOptionsRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseOptionsRoute('')).toEqual({ name: 'calls' });
    expect(parseOptionsRoute('#/call/')).toEqual({ name: 'calls' });
    expect(parseOptionsRoute('#/nope')).toEqual({ name: 'calls' });
    expect(parseOptionsRoute('#/call/%E0%A4%A')).toEqual({ name: 'call', callId: '%E0%A4%A' });
  });
});
