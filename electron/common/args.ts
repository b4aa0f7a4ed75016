/** Command-line conventions `rca` and `npm run web` share: exit statuses, usage errors, arguments. */

/** Exit statuses of docs/spec/interfaces.md: 0 success, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage mistake: wrong command, missing argument, unknown option. */
export class UsageError extends Error {}

export type ParsedArgs = {
  readonly positional: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
};

/**
 * Parses `--flag`, `--option VALUE` / `--option=VALUE` and positional arguments,
 * refusing anything the command did not declare.
 */
export function parseArgs(
  argv: readonly string[],
  spec: { flags?: readonly string[]; options?: readonly string[] },
): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positional, flags, options };
}

/**
 * A port number as a person types it: decimal 0–65535 only, 0 picking a free port. Anything
 * else ("0x10", "1e3", "80.0", "-1", "70000") is a usage error rather than a surprise port.
 */
export function parsePort(text: string, option = '--port'): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) {
    throw new UsageError(
      `${option} takes a whole number from 0 to 65535 (0 picks a free port), not "${text}"`,
    );
  }
  return Number(text);
}
