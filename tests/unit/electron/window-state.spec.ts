import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, type DisplayLike } from '../../../electron/main/window-bounds.ts';
import { MIN_WINDOW_SIZE } from '../../../electron/main/window-options.ts';
import {
  parseWindowState,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from '../../../electron/main/window-state.ts';
import { tempDir } from '../../fixtures/temp-storage.ts';

const laptop: DisplayLike = { workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const monitorRight: DisplayLike = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const small: DisplayLike = { workArea: { x: 0, y: 0, width: 800, height: 560 } };
const saved = { x: 100, y: 80, width: 1280, height: 800, maximized: false, fullScreen: false };

describe('the window-state file', () => {
  it('accepts a well-formed state and fills in the flags an older file lacks', () => {
    expect(parseWindowState(saved)).toEqual(saved);
    expect(parseWindowState({ x: -1200, y: 0, width: 1000, height: 700 })).toEqual({
      x: -1200,
      y: 0,
      width: 1000,
      height: 700,
      maximized: false,
      fullScreen: false,
    });
  });

  it('rejects anything else: missing or fractional numbers, zero sizes, absurd positions, wrong types', () => {
    for (const bad of [
      null,
      'x',
      [],
      {},
      { ...saved, width: undefined },
      { ...saved, x: 10.5 },
      { ...saved, width: 0 },
      { ...saved, height: -5 },
      { ...saved, x: 1e9 },
      { ...saved, y: Number.NaN },
      { ...saved, width: '1280' },
      { ...saved, maximized: 'yes' },
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('round-trips through the file, and ignores a missing, torn or hand-broken file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', WINDOW_STATE_FILE);
    expect(readWindowState(file)).toBeNull();
    expect(writeWindowState(file, saved)).toBe(true);
    expect(readWindowState(file)).toEqual(saved);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(saved);
    writeFileSync(file, '{"x": 100, "y": 8');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ ...saved, width: -1 }));
    expect(readWindowState(file)).toBeNull();
  });

  it('refuses to write an invalid state, and reports a folder it cannot write to', () => {
    const dir = tempDir();
    expect(writeWindowState(path.join(dir, WINDOW_STATE_FILE), { ...saved, width: 0 })).toBe(false);
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, '');
    expect(writeWindowState(path.join(blocker, WINDOW_STATE_FILE), saved)).toBe(false);
  });
});

describe('placing remembered bounds on the displays there are now', () => {
  it('keeps bounds that fit on a display as they are', () => {
    expect(clampToDisplays(saved, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 100,
      y: 80,
      width: 1280,
      height: 800,
    });
    const onMonitor = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(clampToDisplays(onMonitor, [laptop, monitorRight], MIN_WINDOW_SIZE)).toEqual(onMonitor);
  });

  it('centres the window on the primary display when its monitor is gone', () => {
    const onUnpluggedMonitor = { x: 2000, y: 100, width: 1280, height: 800 };
    expect(clampToDisplays(onUnpluggedMonitor, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 80,
      y: 63,
      width: 1280,
      height: 800,
    });
  });

  it('pulls a window that hangs over an edge back inside the work area', () => {
    expect(clampToDisplays({ x: 900, y: 500, width: 1280, height: 800 }, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 160,
      y: 100,
      width: 1280,
      height: 800,
    });
    // Its title bar above the work area could not be grabbed: centred on the display instead.
    expect(
      clampToDisplays({ x: 10, y: -200, width: 1000, height: 700 }, [laptop], MIN_WINDOW_SIZE),
    ).toMatchObject({
      y: 113,
    });
  });

  it('moves a window whose title bar shows only a sliver to the primary display', () => {
    const sliver = { x: 1400, y: 100, width: 1000, height: 700 };
    expect(clampToDisplays(sliver, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 220,
      y: 113,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than the display, never below the minimum the display allows', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
    });
    expect(clampToDisplays({ x: 0, y: 0, width: 400, height: 300 }, [laptop], MIN_WINDOW_SIZE)).toEqual({
      x: 0,
      y: 25,
      width: 960,
      height: 600,
    });
    // A display smaller than the window's minimum: the window fills it.
    expect(clampToDisplays(saved, [small], MIN_WINDOW_SIZE)).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });

  it('uses the primary display the shell names, and leaves bounds alone with no display at all', () => {
    const far = { x: -5000, y: -5000, width: 1000, height: 700 };
    expect(clampToDisplays(far, [laptop, monitorRight], MIN_WINDOW_SIZE, monitorRight)).toEqual({
      x: 2220,
      y: 350,
      width: 1000,
      height: 700,
    });
    expect(clampToDisplays(far, [], MIN_WINDOW_SIZE)).toEqual(far);
  });
});
