import type Database from 'better-sqlite3';
import type { InstallationSettings } from '../../../../shared/api/models.ts';
import { prepared } from '../prepared.ts';

/** The settings of this installation (migration 0080 made their one row). */
export function getSettings(db: Database.Database): InstallationSettings {
  const row = prepared(
    db,
    'SELECT firm_name AS firmName, firm_logo AS firmLogo FROM settings WHERE id = 1',
  ).get() as InstallationSettings | undefined;
  return row ?? { firmName: '', firmLogo: null };
}

/** Changes the settings given; undefined leaves one as it is. */
export function updateSettings(
  db: Database.Database,
  changes: { firmName?: string; firmLogo?: string | null },
  now: string,
): void {
  prepared(
    db,
    `INSERT INTO settings (id, firm_name, firm_logo, updated_at) VALUES (1, @firmName, @firmLogo, @now)
     ON CONFLICT (id) DO UPDATE SET
       firm_name = CASE WHEN @setName THEN excluded.firm_name ELSE firm_name END,
       firm_logo = CASE WHEN @setLogo THEN excluded.firm_logo ELSE firm_logo END,
       updated_at = excluded.updated_at`,
  ).run({
    firmName: changes.firmName ?? '',
    firmLogo: changes.firmLogo ?? null,
    setName: changes.firmName === undefined ? 0 : 1,
    setLogo: changes.firmLogo === undefined ? 0 : 1,
    now,
  });
}
