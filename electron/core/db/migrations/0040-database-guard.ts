import { APPLICATION_ID, newGuardText } from '../guard.ts';
import type { Migration } from './types.ts';

/**
 * Marks the database as ours: SQLite's application id in the file header, and the guard row
 * (a random identity and a write counter) that lets a `-wal` file be matched to its database.
 */
export const m0040DatabaseGuard: Migration = {
  version: 40,
  name: 'database guard',
  up(db) {
    db.exec(`
      CREATE TABLE database_guard (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        stamp TEXT NOT NULL
      ) STRICT;
    `);
    db.prepare('INSERT INTO database_guard (id, stamp) VALUES (1, ?)').run(newGuardText());
    db.pragma(`application_id = ${APPLICATION_ID}`);
  },
};
