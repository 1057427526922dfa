// The few globals the pure core may use because every context it runs in has them — browser pages, content
// scripts, service workers, workers and Node. Used only by tsconfig.core.json, which compiles lib/ without DOM or
// Node types, so anything else (window, document, process, browser.*) fails to compile there.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const performance: { now(): number };
declare class URL {
  constructor(url: string, base?: string | URL);
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly href: string;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
