import { readFileSync } from 'node:fs';
import path from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { glyphCoverage } from '../../../electron/core/report/fonts/cmap.ts';
import { FONT_FILES, findFontDir } from '../../../electron/core/report/fonts/font-files.ts';
import { onePersonAudit, UNICODE_NAMES, unicodeAudit } from '../../fixtures/report-audits.ts';
import { flat, pdfFonts, pdfText, renderToFile, tempDir } from './pdf-tools.ts';

describe('report fonts', () => {
  it('embeds every font, subset, and draws José, Zoë, Łukasz, Ольга and 山田 as written', async () => {
    const report = await renderToFile(tempDir(), 'unicode', unicodeAudit());
    const fonts = pdfFonts(report.path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name, 'subset fonts carry a tag').toMatch(/^[A-Z]{6}\+/);
    }
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort();
    expect(names).toEqual(['DroidSansFallback', 'NotoSans-Bold', 'NotoSans-Regular']);

    const text = flat(pdfText(report.path)).normalize('NFC');
    for (const name of UNICODE_NAMES) expect(text).toContain(name.normalize('NFC'));
    for (const word of ['José', 'Zoë', 'Łukasz', 'Ольга', '山田']) expect(text).toContain(word);
    expect(text).toContain('顧客の声を聞く仕組みが、営業部門にしかない。');
    expect(text).toContain('Société Générale d’Études Ωμέγα');
  });

  it('leaves the CJK fallback font out of reports that do not need it', async () => {
    const report = await renderToFile(tempDir(), 'latin', onePersonAudit());
    const names = pdfFonts(report.path).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names.sort()).toEqual(['NotoSans-Bold', 'NotoSans-Regular']);
  });

  it('reads glyph coverage from the fonts exactly as fontkit does', () => {
    for (const file of Object.values(FONT_FILES)) {
      const data = readFileSync(path.join(findFontDir(), file));
      const covers = glyphCoverage(data);
      const font = create(data) as unknown as { hasGlyphForCodePoint: (cp: number) => boolean };
      const differing: number[] = [];
      for (let cp = 0; cp < 0x30000; cp += cp < 0x10000 ? 1 : 7) {
        if (covers(cp) !== font.hasGlyphForCodePoint(cp)) differing.push(cp);
      }
      expect(differing, file).toEqual([]);
    }
  });
});
