/** Where a CLI command writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A CLI subcommand: returns the exit code (0 ok, 1 findings that are errors, 2 usage or input problems). */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;
