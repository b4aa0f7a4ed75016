import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { instrumentCommand } from './commands/instrument.ts';
import { listCommand } from './commands/list.ts';
import { mergeCommand } from './commands/merge.ts';
import { preworkCommand } from './commands/prework.ts';
import { reportCommand } from './commands/report.ts';
import { roomCommand } from './commands/room.ts';
import { scoreCommand } from './commands/score.ts';
import { InputError, type CliIo } from './io.ts';
import { EXIT, UsageError, type ExitCode } from '../common/args.ts';
import { terminalSafe } from './terminal.ts';

const USAGE = `Usage: rca COMMAND

Commands:
  rca instrument [--json]      print the audit instrument
  rca score FILE [--json]      validate an audit file and print its results
  rca score --db PATH --audit ID [--json]
                               print the results of an audit in the database
  rca report FILE --out OUT.pdf [--anonymous] [--no-appendix] [--previous EARLIER] [--deterministic]
  rca report --db PATH --audit ID --out OUT.pdf [--anonymous] [--no-appendix]
                               write the PDF readiness report (--previous: the audit this one
                               re-assesses; --deterministic: same file gives the same bytes)
  rca import FILE [--db PATH]  import an audit file and print the new audit's id
  rca export ID --out FILE [--db PATH]
                               write one audit as an audit file
  rca merge FILE --audit ID [--db PATH]
                               merge a response file (pre-work answers) into an audit
  rca prework ID --out FILE [--seat PARTICIPANT_ID | --group GROUP_ID] [--db PATH]
                               write a pre-work form (an offline HTML file) for the audit,
                               one seat or one group
  rca list [--db PATH] [--json] [--trash]
                               list the audits in the database
  rca room --audit ID [--db PATH] [--host ADDR] [--port N]
                               host the audit's room for phones on this network: prints
                               join: URL and code: CODE, serves until Ctrl+C

Without --db, the app's own database is used (REALITY_CHECK_DATA_DIR overrides its folder).
`;

const commands: Record<string, (argv: readonly string[], io: CliIo) => ExitCode | Promise<ExitCode>> = {
  instrument: instrumentCommand,
  score: scoreCommand,
  report: reportCommand,
  import: importCommand,
  export: exportCommand,
  list: listCommand,
  room: roomCommand,
  merge: mergeCommand,
  prework: preworkCommand,
};

/**
 * Runs one `rca` invocation and returns its exit status; never lets an error escape as a stack
 * trace. Everything it prints passes through terminalSafe, whatever the audit or file held.
 */
export async function runCli(argv: readonly string[], terminal: CliIo): Promise<ExitCode> {
  const io: CliIo = {
    out: (text) => terminal.out(terminalSafe(text)),
    err: (text) => terminal.err(terminalSafe(text)),
  };
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
    // The text of an unexpected error may quote what it was working on, names included.
    const kind = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'Error';
    io.err(`rca ${name}: something went wrong inside Reality Check (${kind}); nothing was changed.\n`);
    return EXIT.invalidInput;
  }
}
