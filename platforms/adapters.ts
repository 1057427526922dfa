// The caption readers, one per platform in the registry (platforms/registry.ts), keyed by its id so the typechecker
// asks for the adapter of every platform listed there. DOM code: the capture layer.
import type { CaptionAdapter } from '../capture/caption-adapter';
import type { FrameLocation } from '../capture/dom/caption-spec';
import type { Platform } from '../lib/types';
import { meetAdapter } from './meet/adapter';
import { PLATFORMS } from './registry';
import { teamsAdapter } from './teams/adapter';
import { zoomAdapter } from './zoom/adapter';

export const ADAPTERS_BY_PLATFORM: { readonly [P in Platform]: CaptionAdapter } = { meet: meetAdapter, teams: teamsAdapter, zoom: zoomAdapter };

/** Every platform's adapter, in registry order. */
export const CAPTION_ADAPTERS: readonly CaptionAdapter[] = PLATFORMS.map((platform) => ADAPTERS_BY_PLATFORM[platform]);

/** The adapter that reads captions in this frame, or undefined when the frame is not a meeting's caption frame. */
export function adapterForFrame(location: FrameLocation, isTopFrame: boolean): CaptionAdapter | undefined {
  return CAPTION_ADAPTERS.find((adapter) => adapter.matchesFrame(location, isTopFrame));
}
