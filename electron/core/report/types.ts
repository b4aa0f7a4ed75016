import type { AuditFile } from '../../../shared/audit-file/schema.ts';
import type { Instrument } from '../../../shared/instrument/types.ts';
import type { AuditResults } from '../../../shared/scoring/results.ts';
import type { Trend } from '../../../shared/scoring/trend.ts';

/** What a report is made from: the audit as recorded and the numbers the scoring model computed for it. */
export type ReportInput = {
  readonly file: AuditFile;
  readonly instrument: Instrument;
  readonly results: AuditResults;
  /**
   * The organisation's latest revealed audit before this one (not necessarily the one it
   * re-assesses), for the radar overlay and the change column.
   */
  readonly previous?: { readonly file: AuditFile; readonly results: AuditResults };
  /**
   * The consultant's firm, shown beside the client on the cover and in the footer (white
   * label); absent when the report carries no firm branding, and then it looks as it always did.
   */
  readonly firm?: FirmMark;
  /** The trend across the organisation's revealed audits up to this one; present with `previous`. */
  readonly trend?: Trend;
};

/** A firm's name (may be empty when it has only a logo) and logo (a PNG or JPEG data: URL). */
export type FirmMark = { readonly name: string; readonly logo?: string };

/** Choices the person exporting the report makes. */
export type ReportOptions = {
  /** Participants appear by code (their own, else P1, P2…); no participant name is printed. */
  readonly anonymous: boolean;
  readonly includeAppendix: boolean;
  /** Fixed creation date (the audit date) so the same audit gives the same bytes. */
  readonly deterministic?: boolean;
  /** Where the fonts are, when not in the checkout's assets/fonts (the packaged app). */
  readonly fontDir?: string;
};

/**
 * Sees every line of text the report draws, with the page it is on. The benchmark uses it
 * to write the same text with bare pdfkit as its baseline; reports never need one.
 */
export type ReportProbe = { readonly line: (page: object, text: string, size: number) => void };
