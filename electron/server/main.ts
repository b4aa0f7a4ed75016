import path from 'node:path';
import { parseArgs, parsePort } from '../common/args.ts';
import { EXIT, UsageError } from '../common/args.ts';
import { storageLocation } from '../core/db/location.ts';
import { openAtStartup, restoreAtStartup, startNewBeside } from '../core/db/startup.ts';
import { closeStorage, type Storage } from '../core/db/storage.ts';
import { startWebServer } from './server.ts';

/**
 * `npm run web`: the workshop in a browser, served on 127.0.0.1 with a random token, using the
 * same services and the same database location rules as the desktop app.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { options: ['db', 'port', 'restore'], flags: ['start-new'] });
  const port = parsePort(args.options.get('port') ?? '0');
  const location = storageLocation(args.options.has('db') ? { databasePath: args.options.get('db') } : {});
  let storage: Storage;
  if (args.options.has('restore')) {
    const restored = await restoreAtStartup(location, args.options.get('restore') ?? '', {
      backupOnOpen: false,
    });
    console.log(
      `Restored ${args.options.get('restore')}; the damaged database was kept as ${restored.movedTo}.`,
    );
    storage = restored.storage;
  } else if (args.flags.has('start-new')) {
    const fresh = await startNewBeside(location);
    console.log(`Started a new database; the damaged one was kept as ${fresh.movedTo}.`);
    storage = fresh.storage;
  } else {
    const started = await openAtStartup(location);
    if (!started.ok) {
      const { failure } = started;
      console.error(failure.message);
      if (failure.canRecover) {
        console.error('\nNothing was changed. To go on, run again with one of:');
        for (const backup of failure.backups.slice(0, 10)) {
          console.error(`  --restore ${backup.name}   (backup of ${backup.createdAt}, ${backup.reason})`);
        }
        console.error('  --start-new   (start a new database; the damaged one is kept beside it)');
      }
      return 1;
    }
    storage = started.storage;
  }
  const server = await startWebServer({ storage, rendererDir: path.join(__dirname, '..', 'renderer'), port });
  // Ctrl+C is handled before the address is printed, so a stop right after it still closes cleanly.
  const stop = () => {
    void server.close().then(() => {
      closeStorage(storage);
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Reality Check is running at ${server.url}`);
  console.log(`Database: ${location.databasePath}`);
  if (storage.readOnly) console.log(`${storage.readOnly} Changes cannot be saved until that is fixed.`);
  console.log(
    'Open the address above in a browser on this computer: nothing else on the network can reach it.',
  );
  console.log('Its token changes every time this starts. Press Ctrl+C to stop.');
  return 0;
}

const USAGE = 'usage: npm run web -- [--db PATH] [--port N] [--restore BACKUP | --start-new]';

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`npm run web: ${error.message}\n${USAGE}`);
      process.exit(EXIT.usage);
    }
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
