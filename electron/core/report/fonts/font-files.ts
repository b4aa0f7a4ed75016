import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { create, type Font } from 'fontkit';
import { moduleDir } from '../../module-dir.ts';
import { glyphCoverage, type GlyphCoverage } from './cmap.ts';

/** The fonts the report embeds: Noto Sans for Latin, Greek and Cyrillic; Droid Sans Fallback for CJK. */
export const FONT_FILES = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  fallback: 'DroidSansFallback.ttf',
} as const;

/** Which of the bundled fonts. */
export type FontKey = keyof typeof FONT_FILES;

/**
 * A font read and parsed once per process, with the code points it can draw. Every report
 * registers the same parsed font, so its tables are decoded once, not once per document.
 */
export type LoadedFont = { readonly data: Buffer; readonly font: Font; readonly covers: GlyphCoverage };

/**
 * Finds assets/fonts: an explicit folder (the packaged app passes its resources folder),
 * else the REALITY_CHECK_FONTS_DIR environment variable, else the nearest assets/fonts above
 * this module or the working directory, so source, tests and the built CLI all find it.
 */
export function findFontDir(explicit?: string): string {
  const wanted = FONT_FILES.regular;
  const candidates = [explicit, process.env.REALITY_CHECK_FONTS_DIR].filter(
    (dir): dir is string => typeof dir === 'string' && dir !== '',
  );
  for (const start of [moduleDir(), process.cwd()]) {
    for (let dir = start; dir;) {
      candidates.push(path.join(dir, 'assets', 'fonts'));
      const parent = path.dirname(dir);
      dir = parent === dir ? null : parent;
    }
  }
  const found = candidates.find((dir) => existsSync(path.join(dir, wanted)));
  if (!found) {
    const error = new Error(`cannot find the report fonts (${wanted}); looked in ${candidates.join(', ')}`);
    error.name = 'ReportFontsError';
    throw error;
  }
  return found;
}

const cache = new Map<string, LoadedFont>();

/** Reads a font file (once per process): the report re-uses the bytes for every document. */
export function loadFont(dir: string, key: FontKey): LoadedFont {
  const file = path.join(dir, FONT_FILES[key]);
  let font = cache.get(file);
  if (!font) {
    const data = readFileSync(file);
    font = { data, font: create(data), covers: glyphCoverage(data) };
    cache.set(file, font);
  }
  return font;
}

/** The parsed font as pdfkit's registerFont takes it: pdfkit accepts a fontkit font, its types only list bytes. */
export function fontSource(font: LoadedFont): Buffer {
  return font.font as unknown as Buffer;
}
