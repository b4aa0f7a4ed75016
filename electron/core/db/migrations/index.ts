import { m0010Initial } from './0010-initial.ts';
import { m0020RevealAndCompleteness } from './0020-reveal-and-completeness.ts';
import { m0030PositionIndexes } from './0030-position-indexes.ts';
import { m0040DatabaseGuard } from './0040-database-guard.ts';
import { m0050Room } from './0050-room.ts';
import { m0060RoundsAndGroups } from './0060-rounds-and-groups.ts';
import { m0065RoundClears } from './0065-round-clears.ts';
import type { Migration } from './types.ts';

/** Every migration in order. Written in code, never read from disk at run time. */
export const migrations: readonly Migration[] = [
  m0010Initial,
  m0020RevealAndCompleteness,
  m0030PositionIndexes,
  m0040DatabaseGuard,
  m0050Room,
  m0060RoundsAndGroups,
  m0065RoundClears,
];

/** The schema version this build writes. */
export const LATEST_VERSION = migrations.at(-1)?.version ?? 0;
