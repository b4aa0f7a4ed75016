import type { AuditFacts } from '../model/audit-facts.ts';
import type { People } from '../model/people.ts';
import type { ReportInput, ReportOptions } from '../types.ts';
import type { TextEngine } from './text.ts';
import type { Theme } from './theme.ts';

/** Where the next block goes: the content box of the current page and the cursor in it. */
export type PageFrame = {
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** The cursor: top of the next block. */
  y: number;
};

/** A section start, for the contents list on the cover and the PDF outline. */
export type TocEntry = {
  readonly title: string;
  readonly level: 1 | 2;
  /** Zero-based page index. */
  readonly page: number;
  readonly destination: string;
};

/** Everything a section needs to draw itself; passed to every layout and section function. */
export type ReportContext = {
  readonly doc: PDFKit.PDFDocument;
  readonly theme: Theme;
  readonly text: TextEngine;
  readonly frame: PageFrame;
  readonly toc: TocEntry[];
  readonly people: People;
  readonly facts: AuditFacts;
  readonly input: ReportInput;
  readonly options: ReportOptions;
};
