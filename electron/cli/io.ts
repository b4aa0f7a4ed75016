/** Where a command writes; the real process in production, buffers in tests. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

/** Exit statuses of interfaces.md: 0 success, 1 invalid input, 2 usage error. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A usage mistake: wrong command, missing argument, unknown option. */
export class UsageError extends Error {}

/** Input that cannot be used: unreadable file, invalid audit file. One line per problem. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
