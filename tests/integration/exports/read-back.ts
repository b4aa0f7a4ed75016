import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

/** Every entry of a zip (a .zip, .xlsx or .pptx), by path. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** The text of every entry of a zip, for a search of every byte. */
export function unzippedText(bytes: Uint8Array): string {
  return [...unzip(bytes).values()].map((b) => strFromU8(b)).join('\n');
}

/** A CSV file read back with csv-parse: header and rows of strings, after checking the BOM. */
export function readCsv(bytes: Uint8Array): { bom: boolean; header: string[]; rows: string[][] } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const records = parse(Buffer.from(bytes), { bom: true, relax_column_count: false }) as string[][];
  return { bom, header: records[0] ?? [], rows: records.slice(1) };
}

/** The workbook read back with exceljs, a reader independent of the library that wrote it. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  return workbook;
}

/** One sheet's rows as plain values (row 1 the header), as exceljs reads them. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1));
  });
  return rows;
}

/** Parses an XML entry of an Office file with a real XML parser. */
export function xml(bytes: Uint8Array | undefined): Document {
  if (!bytes) throw new Error('no such entry');
  const doc = new new JSDOM('').window.DOMParser().parseFromString(strFromU8(bytes), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error('malformed XML');
  return doc;
}

/** Every element of a namespaced tag name (a:t, c:v…) in document order. */
export function tags(doc: Document, name: string): Element[] {
  return [...doc.getElementsByTagName(name)];
}

/** The slides of a deck in order, each as its text runs joined by spaces. */
export function slideTexts(files: Map<string, Uint8Array>): string[] {
  const slides = [...files.keys()]
    .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return slides.map((k) =>
    tags(xml(files.get(k)), 'a:t')
      .map((t) => t.textContent ?? '')
      .join(' '),
  );
}

/** The charts of a deck: for each chart part, its series with name, categories and values. */
export function deckCharts(
  files: Map<string, Uint8Array>,
): { part: string; type: string; series: { name: string; categories: string[]; values: number[] }[] }[] {
  return [...files.keys()]
    .filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k))
    .sort()
    .map((part) => {
      const doc = xml(files.get(part));
      const type = tags(doc, 'c:barChart').length > 0 ? 'bar' : 'other';
      const series = tags(doc, 'c:ser').map((ser) => {
        const text = (tag: string) =>
          [...(ser.getElementsByTagName(tag)[0]?.getElementsByTagName('c:v') ?? [])].map(
            (v) => v.textContent ?? '',
          );
        return {
          name: text('c:tx')[0] ?? '',
          categories: text('c:cat'),
          values: text('c:val').map(Number),
        };
      });
      return { part, type, series };
    });
}
