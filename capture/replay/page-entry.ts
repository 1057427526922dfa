// The replay as a page script: bundled into an IIFE (/__replay/replay.js) for the fixture pages and the
// onboarding demo, it exposes window.discoveryReplay.play(platform, script, options). The script is validated
// like any call-script file. On Zoom's top page, play() writes into the same-origin iframe#webclient, where the
// meeting UI lives.
import { parseCallScript } from '../../lib/call-script/call-script';
import { PLATFORMS, type Platform } from '../../lib/types';
import { createCallReplay, type CallReplay, type CallReplayOptions } from './replay-driver';

export interface DiscoveryReplay {
  play(platform: Platform, script: unknown, options?: CallReplayOptions): CallReplay;
}

declare global {
  interface Window {
    discoveryReplay?: DiscoveryReplay;
  }
}

function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

/** Zoom's meeting UI lives in iframe#webclient; the other platforms use the page itself. */
function meetingDocument(page: Document, platform: Platform): Document {
  if (platform !== 'zoom') return page;
  const frame = page.querySelector<HTMLIFrameElement>('iframe#webclient');
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
