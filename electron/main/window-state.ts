import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The file in the data folder that remembers where the window was. */
export const WINDOW_STATE_FILE = 'window-state.json';

const coordinate = z.int().min(-100_000).max(100_000);
const size = z.int().min(1).max(100_000);

const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});

/** The window's normal (not maximized) bounds, and whether it was maximized or full screen. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** A state read from disk if it is well formed, else null: a hand-edited or torn file is ignored. */
export function parseWindowState(value: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Reads the remembered state; null when there is none or it cannot be trusted. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Writes the state atomically (a temp file renamed over the old one), so a crash while
 * quitting never leaves half a file. Failing to remember the window is not worth an error.
 */
export function writeWindowState(file: string, state: WindowState): boolean {
  const valid = parseWindowState(state);
  if (!valid) return false;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(valid, null, 2)}\n`);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}
