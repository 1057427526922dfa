// The part of web-ext's programmatic API the Firefox checks use (the package ships no types).
declare module 'web-ext' {
  interface LintOptions {
    sourceDir: string;
    output?: 'json' | 'text' | 'none';
    selfHosted?: boolean;
    boring?: boolean;
    pretty?: boolean;
    warningsAsErrors?: boolean;
  }
  const webExt: {
    cmd: {
      lint(options: LintOptions, runtime?: { shouldExitProgram?: boolean }): Promise<unknown>;
    };
  };
  export default webExt;
}
