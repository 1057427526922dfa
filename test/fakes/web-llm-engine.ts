// A stand-in for a loaded web-llm engine, written against web-llm's own MLCEngineInterface (the same calls the
// real MLCEngine and WebWorkerMLCEngine answer), so code that drives an engine can be tested without a GPU or a
// download. Its answers depend on the request: the "embedding" hashes each input, and the chat completion quotes
// the first rep line of the transcript in the prompt, so a caller that sends constants instead gets other answers.
// Test-only: the unit tests import it, and the e2e tests bundle it into the offscreen document over the DevTools
// protocol (test/e2e/support/fake-model-worker.ts). Nothing in the extension imports it.
import type {
  AppConfig,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionRequest,
  ChatCompletionRequestBase,
  ChatCompletionRequestNonStreaming,
  ChatCompletionRequestStreaming,
  ChatOptions,
  Completion,
  CompletionCreateParams,
  CompletionCreateParamsBase,
  CompletionCreateParamsNonStreaming,
  CompletionCreateParamsStreaming,
  CreateEmbeddingResponse,
  EmbeddingCreateParams,
  InitProgressCallback,
  LogLevel,
  MLCEngineInterface,
  ResumeProbeResult,
  ResumeResult,
} from '@mlc-ai/web-llm';

export const FAKE_EMBEDDING_DIMS = 16;

/** A deterministic vector per text: character codes folded into FAKE_EMBEDDING_DIMS buckets. */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(FAKE_EMBEDDING_DIMS).fill(0);
  for (let index = 0; index < text.length; index++) vector[(text.charCodeAt(index) * 31 + index) % FAKE_EMBEDDING_DIMS] += 1;
  return vector;
}

const TRANSCRIPT_LINE = /^\[((?:\d+:)?\d{1,2}:\d{2})\] (Rep|Buyer) \([^)]*\): (.+)$/;

/**
 * The JSON a well-behaved debrief model would write for this prompt: the first rep line of four words or more,
 * quoted at its own time, and words to try when the schema asks for them. Null when the prompt has no such line.
 */
export function fakeDebriefAnswer(userPrompt: string, schema: string | undefined): string | null {
  const repLine = userPrompt
    .split('\n')
    .map((line) => TRANSCRIPT_LINE.exec(line))
    .find((match) => match !== null && match[2] === 'Rep' && match[3].split(/\s+/).length >= 4);
  if (!repLine) return null;
  const quote = repLine[3].split(/\s+/).slice(0, 4).join(' ');
  const answer: Record<string, unknown> = {
    wentWell: [{ at: repLine[1], quote, text: 'You opened by asking the buyer about their own situation before showing anything.' }],
  };
  if (schema?.includes('tryInstead')) answer.tryInstead = { say: 'Before I show anything, what does that cost your team each week?' };
  return JSON.stringify(answer);
}

export interface FakeEngineLog {
  reloads: string[];
  chatRequests: ChatCompletionRequest[];
  embeddingRequests: EmbeddingCreateParams[];
  unloads: number;
}

const unsupported = (what: string) => Promise.reject(new Error(`the fake engine does not ${what}`));

export class FakeWebLlmEngine implements MLCEngineInterface {
  readonly log: FakeEngineLog = { reloads: [], chatRequests: [], embeddingRequests: [], unloads: 0 };
  private modelId: string | null = null;
  private initProgressCallback: InitProgressCallback | undefined;

  chat = { completions: { create: (request: ChatCompletionRequest) => this.chatCompletion(request) } } as unknown as MLCEngineInterface['chat'];
  completions = { create: (request: CompletionCreateParams) => this.completion(request) } as unknown as MLCEngineInterface['completions'];
  embeddings = { create: (request: EmbeddingCreateParams) => this.embedding(request) } as unknown as MLCEngineInterface['embeddings'];

  setInitProgressCallback = (callback: InitProgressCallback) => {
    this.initProgressCallback = callback;
  };
  getInitProgressCallback = () => this.initProgressCallback;
  setAppConfig = (_appConfig: AppConfig) => {};

  reload = async (modelId: string | string[], _chatOpts?: ChatOptions | ChatOptions[]) => {
    const id = Array.isArray(modelId) ? modelId[0] : modelId;
    this.log.reloads.push(id);
    this.initProgressCallback?.({ progress: 1, timeElapsed: 0, text: `Loaded ${id} (fake engine)` });
    this.modelId = id;
  };

  private loaded(requested: string | string[] | null | undefined): string {
    if (!this.modelId) throw new Error('Model not loaded before calling the fake engine');
    const id = Array.isArray(requested) ? requested[0] : requested;
    if (id && id !== this.modelId) throw new Error(`Specified model ${id} is not loaded (the fake engine has ${this.modelId})`);
    return this.modelId;
  }

  chatCompletion(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion>;
  chatCompletion(request: ChatCompletionRequestStreaming): Promise<AsyncIterable<ChatCompletionChunk>>;
  chatCompletion(request: ChatCompletionRequestBase): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion>;
  chatCompletion(request: ChatCompletionRequest): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion>;
  async chatCompletion(request: ChatCompletionRequest): Promise<AsyncIterable<ChatCompletionChunk> | ChatCompletion> {
    const model = this.loaded(request.model);
    if (request.stream) throw new Error('the fake engine answers without streaming only');
    this.log.chatRequests.push(request);
    const user = request.messages.filter((message) => message.role === 'user').map((message) => String(message.content)).join('\n');
    const content = fakeDebriefAnswer(user, request.response_format?.schema as string | undefined) ?? '{"wentWell": []}';
    return {
      id: `fake-${this.log.chatRequests.length}`,
      object: 'chat.completion',
      created: 0,
      model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content }, logprobs: null }],
      usage: { prompt_tokens: user.length, completion_tokens: content.length, total_tokens: user.length + content.length, extra: {} as never },
    } as ChatCompletion;
  }

  completion(request: CompletionCreateParamsNonStreaming): Promise<Completion>;
  completion(request: CompletionCreateParamsStreaming): Promise<AsyncIterable<Completion>>;
  completion(request: CompletionCreateParamsBase): Promise<AsyncIterable<Completion> | Completion>;
  completion(request: CompletionCreateParams): Promise<AsyncIterable<Completion> | Completion>;
  completion(_request: CompletionCreateParams): Promise<AsyncIterable<Completion> | Completion> {
    return unsupported('complete plain text') as Promise<Completion>;
  }

  async embedding(request: EmbeddingCreateParams): Promise<CreateEmbeddingResponse> {
    const model = this.loaded(request.model);
    this.log.embeddingRequests.push(request);
    const inputs = (Array.isArray(request.input) ? request.input : [request.input]) as string[];
    // Reversed on purpose: web-llm does not promise the order, only the index of each entry.
    const data = inputs.map((text, index) => ({ object: 'embedding' as const, index, embedding: fakeEmbedding(String(text)) })).reverse();
    return { object: 'list', model, data, usage: { prompt_tokens: 0, total_tokens: 0, extra: {} as never } } as CreateEmbeddingResponse;
  }

  listResumableSessions = async (): Promise<ResumeProbeResult[]> => [];
  resumeChatCompletion = (_sessionId: string): Promise<ResumeResult> => unsupported('resume') as Promise<ResumeResult>;
  deleteResumableSession = async (_sessionId: string) => {};
  runtimeStatsText = async () => 'fake engine: no stats';
  interruptGenerate = () => {};
  unload = async () => {
    this.log.unloads++;
    this.modelId = null;
  };
  resetChat = async () => {};
  getMessage = async () => '';
  getMaxStorageBufferBindingSize = async () => 1 << 30;
  getGPUVendor = async () => 'fake';
  forwardTokensAndSample = (): Promise<number> => unsupported('sample tokens') as Promise<number>;
  setLogLevel = (_logLevel: LogLevel) => {};
}
