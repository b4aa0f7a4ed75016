import { describeInstrument } from '../../../shared/instrument/describe.ts';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { parseArgs } from '../../common/args.ts';
import { terminalJson } from '../terminal.ts';
import { type CliIo } from '../io.ts';
import { EXIT, UsageError, type ExitCode } from '../../common/args.ts';

/** `rca instrument [--json]`: the current instrument, as JSON or as a readable outline. */
export function instrumentCommand(argv: readonly string[], io: CliIo): ExitCode {
  const args = parseArgs(argv, { flags: ['json'] });
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const instrument = instrumentV1;
  if (args.flags.has('json')) {
    io.out(terminalJson(describeInstrument(instrument)) + '\n');
    return EXIT.ok;
  }
  const lines = [`${instrument.name} (${instrument.id} ${instrument.version})`, ''];
  for (const d of instrument.dimensions) {
    lines.push(`${d.name}  [${d.id}]`);
    for (const s of d.items) lines.push(`  ${s.id}  ${s.text}`);
    lines.push('');
  }
  lines.push('Failure signs');
  for (const s of instrument.signs) lines.push(`  ${s.id}  ${s.name}`);
  lines.push('', 'Commitment check');
  for (const c of instrument.commitment) lines.push(`  ${c.id}  ${c.text}`);
  lines.push('', 'Accountability targets');
  for (const t of instrument.targets) lines.push(`  ${t.id}  ${t.name}`);
  lines.push('', `${instrument.actions.length} actions in the library. Use --json for everything.`);
  io.out(lines.join('\n') + '\n');
  return EXIT.ok;
}
