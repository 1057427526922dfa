// The one error the transcript readers throw: a short, one-line reason a person can act on.
export type TranscriptErrorCode = 'empty' | 'binary' | 'too-large' | 'no-cues';

export class TranscriptError extends Error {
  constructor(
    readonly code: TranscriptErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TranscriptError';
  }
}
