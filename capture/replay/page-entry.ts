// The replay as a page script: bundled into an IIFE (/__replay/replay.js) for the fixture pages and the
// onboarding demo, it exposes window.discoveryReplay.play(platform, script, options). The script is validated
// like any call-script file. Where a platform draws its captions in a child frame (Zoom's iframe#webclient), play()
// on the top page writes into that same-origin frame.
import { parseCallScript } from '../../lib/call-script/call-script';
import { PLATFORMS, type Platform } from '../../lib/types';
import { isPlatform, platformDefinition } from '../../platforms/registry';
import { createCallReplay, type CallReplay, type CallReplayOptions } from './replay-driver';

export interface DiscoveryReplay {
  play(platform: Platform, script: unknown, options?: CallReplayOptions): CallReplay;
}

declare global {
  interface Window {
    discoveryReplay?: DiscoveryReplay;
  }
}

/** The document the platform draws its captions in: the page, or its caption frame (Zoom's iframe#webclient). */
function meetingDocument(page: Document, platform: Platform): Document {
  const captionFrame = platformDefinition(platform).captionFrame;
  if (captionFrame.kind === 'top') return page;
  const frame = page.querySelector<HTMLIFrameElement>(captionFrame.selector);
  return frame?.contentDocument ?? page;
}

export function createDiscoveryReplay(page: Document): DiscoveryReplay {
  return {
    play(platform, script, options = {}) {
      if (!isPlatform(platform)) throw new Error(`unknown platform "${String(platform)}": use one of ${PLATFORMS.join(', ')}`);
      return createCallReplay(meetingDocument(page, platform), platform, parseCallScript(script), options);
    },
  };
}

window.discoveryReplay = createDiscoveryReplay(document);
