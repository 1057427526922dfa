// What a CLI command produces, kept apart from the process so tests can run commands in-process: what goes
// to stdout, the lines for stderr, and the exit code. Failures are one line, never a stack trace.
export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string[];
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The first line of an error's message: enough to act on, never a stack. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim() || 'unexpected error';
}

/** Writes a result to the process and sets the exit code; a closed stdout (`| head`) is not an error. */
export function emit(result: CliResult): void {
  process.stdout.on('error', () => undefined);
  if (result.stdout) process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
  for (const line of result.stderr) process.stderr.write(`${line}\n`);
  process.exitCode = result.exitCode;
}
