// The only hosts the extension ever contacts: where web-llm's prebuilt models keep their weights and WebAssembly
// libraries. Nothing is fetched from them until the rep clicks "Download and enable"; the README's privacy section
// and the privacy e2e test name exactly these.
export const MODEL_DOWNLOAD_HOSTS = ['huggingface.co', 'raw.githubusercontent.com'] as const;

export function isModelDownloadUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (MODEL_DOWNLOAD_HOSTS as readonly string[]).includes(hostname);
  } catch {
    return false;
  }
}
