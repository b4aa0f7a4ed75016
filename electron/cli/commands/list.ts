import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import { parseArgs } from '../../common/args.ts';
import { terminalJson, terminalSafe } from '../terminal.ts';
import { type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { call, withStorage } from '../storage.ts';

/** A stored text on one line of the list, whatever it holds. */
const line = (text: string): string => terminalSafe(text, { singleLine: true });

/** `rca list [--db PATH] [--json] [--trash]`: the audits in the database, newest first. */
export async function listCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db'], flags: ['json', 'trash'] });
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const audits = await withStorage(args.options.get('db'), (storage) =>
    call(storage, 'audits.list', { trash: args.flags.has('trash') }),
  );
  if (args.flags.has('json')) {
    io.out(terminalJson(audits) + '\n');
    return EXIT.ok;
  }
  if (audits.length === 0) {
    io.out(args.flags.has('trash') ? 'The trash is empty.\n' : 'No audits yet.\n');
    return EXIT.ok;
  }
  for (const a of audits) {
    const level = a.level === null ? 'no level yet' : `${a.level} (${roundForDisplay(a.index ?? 0)} %)`;
    io.out(
      `${a.id}  ${a.date}  ${line(a.organization)} — ${line(a.title)}  [${a.status}, ${a.participants} participants, ${level}]\n`,
    );
  }
  return EXIT.ok;
}
