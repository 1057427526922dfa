// The only hosts the extension ever contacts: where web-llm's prebuilt models keep their weights (Hugging Face) and,
// unless the build ships them in the package, their WebAssembly libraries (GitHub). Nothing is fetched from them
// until the rep clicks "Download and enable"; the README's privacy section and the privacy e2e test name exactly
// these. A store build (`packaged-only`, see packaged-model-libraries.ts) contacts Hugging Face only.
import type { ModelLibraryPolicy } from './packaged-model-libraries';

export const MODEL_WEIGHT_HOSTS = ['huggingface.co'] as const;
export const MODEL_LIBRARY_HOSTS = ['raw.githubusercontent.com'] as const;

/** The hosts of a default build (`npm run build`, `npm run zip`). */
export const MODEL_DOWNLOAD_HOSTS = [...MODEL_WEIGHT_HOSTS, ...MODEL_LIBRARY_HOSTS] as const;

export function modelDownloadHosts(policy: ModelLibraryPolicy): readonly string[] {
  return policy === 'packaged-only' ? MODEL_WEIGHT_HOSTS : MODEL_DOWNLOAD_HOSTS;
}

export function isModelDownloadUrl(url: string, policy: ModelLibraryPolicy = 'remote-allowed'): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && modelDownloadHosts(policy).includes(hostname);
  } catch {
    return false;
  }
}
