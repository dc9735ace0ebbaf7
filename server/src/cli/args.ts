/** A small, strict argument parser: flags with values, boolean flags, positionals. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Map<string, string>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  booleanOptions: readonly string[],
  messages: { unknownOption(option: string): string; missingValue(option: string): string },
): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (valueOptions.includes(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(messages.missingValue(name));
        values.set(name, value);
      } else if (booleanOptions.includes(name) && eq < 0) {
        flags.add(name);
      } else {
        throw new UsageError(messages.unknownOption(name));
      }
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, values, flags };
}
