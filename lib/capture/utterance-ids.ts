// Utterance ids: unique within a browser profile without coordination. The prefix names the platform and the
// moment the call was detected; the counter orders utterances within that call.
import type { Platform } from '../types';

export function createUtteranceIdSource(platform: Platform, callDetectedAt: number): () => string {
  const callKey = Math.max(0, Math.floor(callDetectedAt)).toString(36);
  let issued = 0;
  return () => `${platform}-${callKey}-${(++issued).toString(36)}`;
}
