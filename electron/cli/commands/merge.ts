import { parseArgs } from '../../common/args.ts';
import { InputError, type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { readResponseText } from '../read-audit-file.ts';
import { call, withStorage } from '../storage.ts';

/**
 * `rca merge FILE --audit ID [--db PATH]`: merges a response file (a pre-work form's answers)
 * into an audit, all or nothing; merging the same file again changes nothing. Prints what it
 * did in one line, naming the participant by code only.
 */
export async function mergeCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['db', 'audit'] });
  const [file, extra] = args.positional;
  const auditId = args.options.get('audit');
  if (file === undefined || auditId === undefined) {
    throw new UsageError('usage: rca merge FILE --audit ID [--db PATH]');
  }
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const text = readResponseText(file);
  const merged = await withStorage(args.options.get('db'), async (storage) => {
    try {
      return await call(storage, 'files.merge', { auditId, text });
    } catch (error) {
      if (error instanceof InputError) throw new InputError(error.problems.map((p) => `${file}: ${p}`));
      throw error;
    }
  });
  const { code } = merged.participant;
  const answers = `${merged.responses.length} answer${merged.responses.length === 1 ? '' : 's'}`;
  io.out(
    merged.status === 'unchanged'
      ? `${file} was merged already (${code}); nothing changed\n`
      : merged.seat
        ? `merged ${answers} into seat ${code}\n`
        : `merged ${answers} as a new participant, ${code}\n`,
  );
  return EXIT.ok;
}
