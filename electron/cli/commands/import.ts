import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { readAuditText } from '../read-audit-file.ts';
import { call, withStorage } from '../storage.ts';

/** `rca import FILE [--db PATH]`: imports an audit file, all or nothing, and prints the new audit's id. */
export async function importCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db'] });
  const [file, extra] = args.positional;
  if (file === undefined) throw new UsageError('missing FILE: rca import FILE [--db PATH]');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const text = readAuditText(file);
  const { auditId } = await withStorage(args.options.get('db'), async (storage) => {
    try {
      return await call(storage, 'files.import', { text });
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.problems.map((p) => `${file}: ${p}`));
      throw error;
    }
  });
  io.out(`${auditId}\n`);
  return EXIT.ok;
}
