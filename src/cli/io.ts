// What a command may touch of the process: its streams, folder and environment.
export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;
/** Another run or schedule holds the output folder: nothing was done. */
export const EXIT_LOCKED = 3;

export class UsageError extends Error {
  /** Whether pointing at the help helps: not for a folder that cannot be written. */
  readonly hint: boolean;
  constructor(message: string, options: { hint?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.hint = options.hint ?? true;
  }
}
