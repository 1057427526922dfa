// The replay renderers, one per platform in the registry (platforms/registry.ts), keyed by its id so the typechecker
// asks for the renderer of every platform listed there: they draw a call script into the platform's caption DOM for
// the fixture pages, the onboarding demo and the benches. DOM code: the capture layer.
import type { RendererFactory } from '../capture/replay/caption-renderer';
import type { Platform } from '../lib/types';
import { createMeetRenderer } from './meet/replay-renderer';
import { createTeamsRenderer } from './teams/replay-renderer';
import { createZoomRenderer } from './zoom/replay-renderer';

export const REPLAY_RENDERERS: { readonly [P in Platform]: RendererFactory } = {
  meet: createMeetRenderer,
  teams: createTeamsRenderer,
  zoom: createZoomRenderer,
};
