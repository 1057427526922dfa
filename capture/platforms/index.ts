// The caption adapter registry: adding a platform is one file in this folder and one line here.
import type { CaptionAdapter } from '../caption-adapter';
import type { FrameLocation } from '../dom/caption-spec';
import { meetAdapter } from './meet';
import { teamsAdapter } from './teams';
import { zoomAdapter } from './zoom';

export const CAPTION_ADAPTERS: readonly CaptionAdapter[] = [meetAdapter, teamsAdapter, zoomAdapter];

/** The adapter that reads captions in this frame, or undefined when the frame is not a meeting's caption frame. */
export function adapterForFrame(location: FrameLocation, isTopFrame: boolean): CaptionAdapter | undefined {
  return CAPTION_ADAPTERS.find((adapter) => adapter.matchesFrame(location, isTopFrame));
}
