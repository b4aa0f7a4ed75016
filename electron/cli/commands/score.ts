import { answersOf } from '../../../shared/audit-file/answers.ts';
import { roundForDisplay } from '../../../shared/scoring/numbers.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import { scoreAudit } from '../../../shared/scoring/score.ts';
import { parseArgs } from '../../common/args.ts';
import { terminalJson } from '../terminal.ts';
import { type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';
import { readAuditFile } from '../read-audit-file.ts';
import { call, withStorage } from '../storage.ts';

/**
 * `rca score FILE [--json]` or `rca score --db PATH --audit ID [--json]`: validates the audit
 * file, or reads the audit from a database, and prints its computed results. Both are scored by
 * shared/scoring through an audit file (a stored audit through its export), so the same audit
 * prints the same results either way.
 */
export async function scoreCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { flags: ['json'], options: ['db', 'audit'] });
  const [path, extra] = args.positional;
  const auditId = args.options.get('audit');
  if (path === undefined && auditId === undefined) {
    throw new UsageError('missing FILE: rca score FILE --json, or rca score --db PATH --audit ID --json');
  }
  if (path !== undefined && auditId !== undefined)
    throw new UsageError('give either FILE or --audit ID, not both');
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  if (path !== undefined && args.options.has('db')) {
    throw new UsageError('--db goes with --audit ID: rca score --db PATH --audit ID');
  }
  let results: AuditResults;
  if (auditId !== undefined) {
    results = await withStorage(args.options.get('db'), (storage) =>
      call(storage, 'audits.results', { id: auditId }),
    );
  } else {
    const { file, instrument } = readAuditFile(path ?? '');
    results = scoreAudit(instrument, answersOf(file));
  }
  io.out(args.flags.has('json') ? terminalJson(results) + '\n' : summary(results));
  return EXIT.ok;
}

function percent(value: number | null): string {
  return value === null ? '–' : `${roundForDisplay(value)} %`;
}

function summary(results: AuditResults): string {
  const lines: string[] = [];
  lines.push(
    results.level === null
      ? 'Readiness: no index (no dimension has enough answers)'
      : `Readiness: ${results.level}, index ${percent(results.index)}` +
          (results.level !== results.levelFromIndex ? ` (index alone: ${results.levelFromIndex})` : ''),
  );
  for (const cap of results.caps) lines.push(`  capped at ${cap.to}: ${cap.reason}`);
  lines.push('', 'Dimensions');
  for (const d of results.dimensions) {
    const flag = d.insufficient ? '  (insufficient answers)' : '';
    lines.push(`  ${d.name.padEnd(36)} ${percent(d.percent).padStart(6)}${flag}`);
  }
  lines.push('', `Commitment: ${percent(results.commitment.percent)}`);
  const present = results.signs.filter((s) => s.present).length;
  lines.push(`Failure signs present: ${present} of ${results.signs.length}`);
  const revoted = results.items.filter((i) => i.rounds !== undefined);
  if (revoted.length > 0) {
    const converged = revoted.filter((i) => i.converged).length;
    lines.push(`Re-voted: ${revoted.length} item${revoted.length === 1 ? '' : 's'}, ${converged} converged`);
  }
  if (results.groups.length > 0) lines.push('', ...groupLines(results));
  lines.push('', 'First actions');
  for (const a of results.actions.slice(0, 5)) lines.push(`  ${a.urgent ? '! ' : '- '}${a.title}`);
  return lines.join('\n') + '\n';
}

/** The groups' indexes (or why one is not shown) and each perception gap. */
function groupLines(results: AuditResults): string[] {
  const lines = ['Groups'];
  const names = new Map(results.groups.map((g) => [g.id, g.name]));
  const dimensionNames = new Map(results.dimensions.map((d) => [d.id, d.name]));
  for (const g of results.groups) {
    const label = `${g.name} (${g.size})`.padEnd(36);
    lines.push(`  ${label} ${g.suppressed ? 'not shown: too few answered' : percent(g.index).padStart(6)}`);
  }
  for (const gap of results.perceptionGaps.filter((p) => p.flagged)) {
    lines.push(
      `  Perception gap on ${dimensionNames.get(gap.dimension) ?? gap.dimension}: ` +
        `${names.get(gap.high) ?? gap.high} ${percent(gap.highPercent)}, ${names.get(gap.low) ?? gap.low} ${percent(gap.lowPercent)}`,
    );
  }
  return lines;
}
