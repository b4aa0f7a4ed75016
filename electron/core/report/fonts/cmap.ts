/**
 * Reads which Unicode code points a TrueType/OpenType font has glyphs for, straight from its
 * `cmap` table (formats 4 and 12). The report picks a font per text run with it, so Latin
 * text stays in the main font and only the runs it cannot draw (CJK) use the fallback font.
 */

type Range = { readonly start: number; readonly end: number };

/** Tells whether the font maps a code point to a real glyph (not .notdef). */
export type GlyphCoverage = (codePoint: number) => boolean;

function tableOffset(data: DataView, tag: string): number | null {
  const numTables = data.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    let name = '';
    for (let c = 0; c < 4; c++) name += String.fromCharCode(data.getUint8(record + c));
    if (name === tag) return data.getUint32(record + 8);
  }
  return null;
}

/** Ranges with a non-zero glyph from a format 4 subtable (the Basic Multilingual Plane). */
function format4(data: DataView, at: number): Range[] {
  const segCount = data.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const ranges: Range[] = [];
  for (let s = 0; s < segCount; s++) {
    const end = data.getUint16(ends + s * 2);
    const start = data.getUint16(starts + s * 2);
    const delta = data.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = data.getUint16(rangeOffsetAt);
    if (start === 0xffff) continue;
    if (rangeOffset === 0) {
      // Every code point in the segment maps to (c + delta) mod 65536; only a result of 0 is missing.
      for (let c = start; c <= end;) {
        const zeroAt = (0x10000 - delta) & 0xffff;
        if (zeroAt >= c && zeroAt <= end) {
          if (zeroAt > c) ranges.push({ start: c, end: zeroAt - 1 });
          c = zeroAt + 1;
        } else {
          ranges.push({ start: c, end });
          break;
        }
      }
      continue;
    }
    let runStart = -1;
    for (let c = start; c <= end; c++) {
      const glyphAt = rangeOffsetAt + rangeOffset + (c - start) * 2;
      let glyph = glyphAt + 2 <= data.byteLength ? data.getUint16(glyphAt) : 0;
      if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0 && runStart < 0) runStart = c;
      if (glyph === 0 && runStart >= 0) {
        ranges.push({ start: runStart, end: c - 1 });
        runStart = -1;
      }
    }
    if (runStart >= 0) ranges.push({ start: runStart, end });
  }
  return ranges;
}

/** Ranges with a non-zero glyph from a format 12 subtable (all planes). */
function format12(data: DataView, at: number): Range[] {
  const groups = data.getUint32(at + 12);
  const ranges: Range[] = [];
  for (let g = 0; g < groups; g++) {
    const group = at + 16 + g * 12;
    const start = data.getUint32(group);
    const end = data.getUint32(group + 4);
    const glyph = data.getUint32(group + 8);
    ranges.push({ start: glyph === 0 ? start + 1 : start, end });
  }
  return ranges.filter((r) => r.end >= r.start);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

/** Builds the coverage test of a font file; throws when the file has no usable Unicode cmap. */
export function glyphCoverage(font: Uint8Array): GlyphCoverage {
  const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(data, 'cmap');
  if (cmap === null) throw new Error('the font has no cmap table');
  const subtables = data.getUint16(cmap + 2);
  let best: { at: number; format: number } | null = null;
  for (let i = 0; i < subtables; i++) {
    const record = cmap + 4 + i * 8;
    const platform = data.getUint16(record);
    const encoding = data.getUint16(record + 2);
    const at = cmap + data.getUint32(record + 4);
    const format = data.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (best === null || (format === 12 && best.format === 4)) best = { at, format };
  }
  if (best === null) throw new Error('the font has no Unicode cmap subtable');
  const ranges = merge(best.format === 12 ? format12(data, best.at) : format4(data, best.at));
  const starts = ranges.map((r) => r.start);
  const ends = ranges.map((r) => r.end);
  return (codePoint) => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (codePoint < (starts[mid] ?? 0)) high = mid - 1;
      else if (codePoint > (ends[mid] ?? 0)) low = mid + 1;
      else return true;
    }
    return false;
  };
}
