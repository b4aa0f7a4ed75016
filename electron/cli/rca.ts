import { instrumentCommand } from './commands/instrument.ts';
import { scoreCommand } from './commands/score.ts';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from './io.ts';

const USAGE = `Usage: rca COMMAND

Commands:
  rca instrument [--json]      print the audit instrument
  rca score FILE [--json]      validate an audit file and print its results
`;

const commands: Record<string, (argv: readonly string[], io: CliIo) => ExitCode | Promise<ExitCode>> = {
  instrument: instrumentCommand,
  score: scoreCommand,
};

/** Runs one `rca` invocation and returns its exit status; never lets an error escape as a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(`rca: unknown command "${name}"\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`rca ${name}: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(error.problems.join('\n') + '\n');
      return EXIT.invalidInput;
    }
    io.err(`rca ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalidInput;
  }
}
