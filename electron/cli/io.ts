/** Where a command writes; the real process in production, buffers in tests. */
export type CliIo = {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
};

/** Input that cannot be used: unreadable file, invalid audit file. One line per problem. */
export class InputError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
