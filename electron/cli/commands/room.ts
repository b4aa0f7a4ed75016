import path from 'node:path';
import { EXIT, parseArgs, parsePort, UsageError, type ExitCode } from '../../common/args.ts';
import { storageLocation } from '../../core/db/location.ts';
import { openAtStartup } from '../../core/db/startup.ts';
import { closeStorage } from '../../core/db/storage.ts';
import { invoke } from '../../core/services/dispatch.ts';
import { defaultRoomHost } from '../../core/services/room/interfaces.ts';
import { createRoomHost } from '../../server/room/room-host.ts';
import { InputError, type CliIo } from '../io.ts';

/** The built phone page beside the built command line (dist/cli/rca.cjs → dist/renderer/phone/). */
const PHONE_DIR = path.join(__dirname, '..', 'renderer', 'phone');

/** Resolves on the first SIGINT or SIGTERM. */
function untilStopped(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(signal);
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
  });
}

/**
 * `rca room --audit ID [--db PATH] [--host ADDR] [--port N]`: hosts the audit's room without a
 * window (docs/spec/interfaces.md, docs/spec/room.md). Prints `join: URL` and `code: CODE` on
 * lines of their own, serves until SIGINT or SIGTERM, then closes the port. Without --host, the
 * likely address of this computer's Wi-Fi or Ethernet; without --port, the room's last port
 * when it is free, else a free one. Phones that joined before keep their seats.
 */
export async function roomCommand(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const args = parseArgs(argv, { options: ['audit', 'db', 'host', 'port'] });
  if (args.positional.length > 0) throw new UsageError(`unexpected argument "${args.positional[0]}"`);
  const auditId = args.options.get('audit');
  if (auditId === undefined) throw new UsageError('missing --audit ID: rca room --audit ID');
  const port = args.options.has('port') ? parsePort(args.options.get('port') ?? '') : undefined;
  const host = args.options.get('host') ?? defaultRoomHost();
  // Listening for the stop before anything opens, so a stop right after the address still closes cleanly.
  const stopped = untilStopped();

  const dbPath = args.options.get('db');
  const started = await openAtStartup(storageLocation(dbPath ? { databasePath: dbPath } : {}), {
    backupOnOpen: false,
    checkIntegrity: true,
  });
  if (!started.ok) throw new InputError([started.failure.message]);
  const { storage } = started;
  const rooms = createRoomHost({ storage, phoneDir: PHONE_DIR, log: (message) => io.err(`${message}\n`) });
  const context = { room: rooms };
  try {
    const result = await invoke(
      storage,
      'room.start',
      { auditId, host, ...(port === undefined ? {} : { port }) },
      context,
    );
    if (!result.ok) throw new InputError(result.error.message.split('\n'));
    const status = result.value as { joinUrl: string | null; code: string | null; shortUrl: string | null };
    io.out(`join: ${status.joinUrl ?? ''}\ncode: ${status.code ?? ''}\n`);
    io.err(
      `Phones on the same network open the join address (or ${status.shortUrl ?? ''} and type the code).\n` +
        'Press Ctrl+C to stop the room.\n',
    );
    await stopped;
    await invoke(storage, 'room.stop', { auditId }, context);
    return EXIT.ok;
  } finally {
    await rooms.closeAll();
    closeStorage(storage);
  }
}
