import { answersOf } from '../../../shared/audit-file/answers.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import type { ReportInput } from '../../report/types.ts';
import { ReportWriteError, writeReport } from '../../report/write-report.ts';
import { parseArgs } from '../args.ts';
import { EXIT, InputError, UsageError, type CliIo, type ExitCode } from '../io.ts';
import { readAuditFile } from '../read-audit-file.ts';

/**
 * `rca report FILE --out OUT.pdf [--anonymous] [--no-appendix] [--previous EARLIER] [--deterministic]`:
 * validates the audit file, scores it and writes the PDF readiness report.
 */
export async function reportCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, {
    flags: ['anonymous', 'no-appendix', 'deterministic'],
    options: ['out', 'previous'],
  });
  const [path, extra] = args.positional;
  if (path === undefined) throw new UsageError('missing FILE: rca report FILE --out OUT.pdf');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  const out = args.options.get('out');
  if (out === undefined) throw new UsageError('missing --out OUT.pdf: where to write the report');

  const { file, instrument } = readAuditFile(path);
  const results = scoreAudit(instrument, answersOf(file));
  const earlierPath = args.options.get('previous');
  let previous: ReportInput['previous'];
  if (earlierPath !== undefined) {
    const earlier = readAuditFile(earlierPath);
    previous = { file: earlier.file, results: scoreAudit(earlier.instrument, answersOf(earlier.file)) };
  }
  try {
    const bytes = await writeReport(
      { file, instrument, results, previous },
      {
        anonymous: args.flags.has('anonymous'),
        includeAppendix: !args.flags.has('no-appendix'),
        deterministic: args.flags.has('deterministic'),
      },
      out,
    );
    io.out(`wrote ${out} (${Math.ceil(bytes / 1024)} KB)\n`);
  } catch (error) {
    if (error instanceof ReportWriteError) throw new InputError([error.message]);
    throw error;
  }
  return EXIT.ok;
}
