import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

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
  const records: string[][] = parse(Buffer.from(bytes), { bom: true, relax_column_count: false });
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

/** One parsed XML node, in document order (fast-xml-parser's `preserveOrder` form). */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
});

/** Parses an XML entry of an Office file with a real XML parser, refusing XML that is not well formed. */
export function xml(bytes: Uint8Array | undefined): XmlNode[] {
  if (!bytes) throw new Error('no such entry');
  const text = strFromU8(bytes);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`malformed XML: ${valid.err.msg}`);
  return parser.parse(text) as XmlNode[];
}

function childrenOf(node: XmlNode): XmlNode[] {
  for (const [key, value] of Object.entries(node)) {
    if (key !== ':@' && key !== '#text' && Array.isArray(value)) return value as XmlNode[];
  }
  return [];
}

/** The children of every element named `name` (a:t, c:v…), in document order. */
export function tags(nodes: readonly XmlNode[], name: string): XmlNode[][] {
  const found: XmlNode[][] = [];
  const walk = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      if (Object.hasOwn(node, name)) found.push(node[name] as XmlNode[]);
      walk(childrenOf(node));
    }
  };
  walk(nodes);
  return found;
}

/** The text inside some nodes, entities decoded. */
export function textOf(nodes: readonly XmlNode[]): string {
  return nodes
    .map((n) => (typeof n['#text'] === 'string' ? decode(n['#text']) : textOf(childrenOf(n))))
    .join('');
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The slides of a deck in order, each as its text runs joined by spaces. */
export function slideTexts(files: Map<string, Uint8Array>): string[] {
  const slides = [...files.keys()]
    .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return slides.map((k) =>
    tags(xml(files.get(k)), 'a:t')
      .map((t) => textOf(t))
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
        const values = (tag: string) => tags(tags(ser, tag)[0] ?? [], 'c:v').map((v) => textOf(v));
        return {
          name: values('c:tx')[0] ?? '',
          categories: values('c:cat'),
          values: values('c:val').map(Number),
        };
      });
      return { part, type, series };
    });
}
