import { z } from 'zod';
import {
  accentColor,
  actionStatusSchema,
  auditStatusSchema,
  code,
  commentaryText,
  contactCategorySchema,
  id,
  isoDate,
  logo,
  name,
  note,
  rating,
  reviewOutcomeSchema,
  scaleValue,
  shortText,
} from './fields.ts';
import { MAX_ITEM_ENTRIES, MAX_ROUNDS } from '../limits.ts';

/** The `format` marker every audit file carries (docs/spec/interfaces.md). */
export const AUDIT_FILE_FORMAT = 'reality-check-audit';

/** The newest audit file format this app reads and the one it writes. */
export const CURRENT_FORMAT_VERSION = 2;

/** The smallest and largest `audit.minGroupSize` a file may set (docs/spec/scoring.md, "Role groups"). */
export const MIN_GROUP_SIZE_RANGE = { min: 3, max: 10 } as const;

/** The group-size floor, in the file and in the API (docs/spec/scoring.md, "Role groups"). */
export const minGroupSize = z
  .int('must be a whole number')
  .min(MIN_GROUP_SIZE_RANGE.min, `must be ${MIN_GROUP_SIZE_RANGE.min} to ${MIN_GROUP_SIZE_RANGE.max}`)
  .max(MIN_GROUP_SIZE_RANGE.max, `must be ${MIN_GROUP_SIZE_RANGE.min} to ${MIN_GROUP_SIZE_RANGE.max}`);

export const brandingSchema = z.strictObject({
  accentColor: accentColor.optional(),
  logo: logo.optional(),
});

/**
 * The firm branding of one audit's report (format 2, optional): its own firm name and logo
 * (`own`), or none at all (`none`). Absent, the report carries the firm branding set in the
 * settings of the installation that makes it. Not in docs/spec/interfaces.md's list; a reader
 * that does not know it ignores it.
 */
export const firmBrandingSchema = z.strictObject({
  use: z.enum(['own', 'none']),
  name: shortText.optional(),
  logo: logo.optional(),
});

/** One dimension's commentary: the dimension's id in the instrument and the consultant's text. */
export const dimensionCommentarySchema = z.strictObject({ dimension: id, text: commentaryText });

/**
 * The consultant's commentary (format 2, optional): the summary and recommendations in their
 * own words, shown on the summary page of the report, and optionally one text per dimension,
 * shown in that dimension's part. Not in docs/spec/interfaces.md's list; a reader that does
 * not know it ignores it, as it ignores every unknown top-level field.
 */
export const commentarySchema = z.strictObject({
  summary: commentaryText.optional(),
  dimensions: z.array(dimensionCommentarySchema).max(MAX_ITEM_ENTRIES).optional(),
});

const auditV1Schema = z.strictObject({
  id: z.uuid('must be a UUID').optional(),
  title: name,
  organization: name,
  date: isoDate,
  facilitator: shortText.optional(),
  status: auditStatusSchema,
  branding: brandingSchema.optional(),
  /** Whether the reveal and the report show anonymous codes instead of names. */
  anonymous: z.boolean().optional(),
  /** The audit this one re-assesses, when it is a re-assessment. */
  previousAuditId: z.uuid('must be a UUID').optional(),
  /** When the reveal started; absent while scoring is still blind (and in files from before it was kept). */
  revealedAt: z.iso.datetime('must be a UTC date and time such as 2026-11-23T10:30:00Z').optional(),
});

const participantV1Schema = z.strictObject({
  id,
  name,
  role: shortText.optional(),
  /** Shown instead of the name when the report is anonymous. */
  code: code.optional(),
});

const responseV1Schema = z.strictObject({
  participant: id,
  item: id,
  value: scaleValue.nullable(),
  note: note.optional(),
});

/**
 * The structure of a format-1 audit file, kept so that old files are checked exactly as
 * they always were before upgrade.ts lifts them to the current format.
 */
export const auditFileV1Schema = z.object({
  format: z.literal(AUDIT_FILE_FORMAT),
  formatVersion: z.literal(1),
  instrument: z.strictObject({ id, version: id }),
  audit: auditV1Schema,
  participants: z.array(participantV1Schema),
  responses: z.array(responseV1Schema),
  consensus: z.array(z.strictObject({ item: id, value: scaleValue, note: note.optional() })).default([]),
  /** Discussion notes recorded during the reveal, one per item at most. */
  discussion: z.array(z.strictObject({ item: id, note })).default([]),
  contacts: z
    .array(
      z.strictObject({
        id: id.optional(),
        name,
        category: contactCategorySchema,
        importance: rating,
        performance: rating,
        note: note.optional(),
      }),
    )
    .default([]),
  actions: z
    .array(
      z.strictObject({
        id: id.optional(),
        title: name,
        description: note.optional(),
        owner: shortText.optional(),
        due: isoDate.optional(),
        successMeasure: note.optional(),
        status: actionStatusSchema.default('open'),
        source: id,
      }),
    )
    .default([]),
});

/** A role group of format 2 (docs/spec/scoring.md, "Role groups"). */
export const groupSchema = z.strictObject({ id, name });

/** The highest round an answer may carry: the blind first round and MAX_ROUNDS re-votes. */
export const MAX_ROUND_NUMBER = MAX_ROUNDS + 1;

const dateTime = z.iso.datetime('must be a UTC date and time such as 2026-11-23T10:30:00Z');

/**
 * A re-vote round as the app ran it: the items it opened, when, and whether it closed. Not
 * in docs/spec/interfaces.md's list (a reader that does not know it ignores it, as it ignores
 * every unknown top-level field); the app writes it so that an exported audit keeps an open
 * round open and the items chosen for a round nobody has answered yet. A file without it
 * (the scoring needs only each answer's `round`) is read as closed rounds of the items answered in them.
 */
export const revoteRoundSchema = z.strictObject({
  round: z
    .int('must be a whole number')
    .min(2, 'must be 2 or more (round 1 is the blind scoring)')
    .max(MAX_ROUND_NUMBER, `must be at most ${MAX_ROUND_NUMBER}`),
  items: z.array(id).min(1, 'must name at least one item').max(MAX_ITEM_ENTRIES),
  openedAt: dateTime,
  /** Absent while the round is open. */
  closedAt: dateTime.optional(),
});

/**
 * One action of the plan before a re-assessment, as the re-assessment's review found it. Not in
 * docs/spec/interfaces.md's list (an optional field of format 2, ignored by a reader that does
 * not know it, as every unknown top-level field is); the app writes it so that the review of
 * last time's plan survives an export and an import. The action's title, owner, due date and
 * source are copied, so the review stands on its own when the earlier audit is not at hand.
 */
export const planReviewEntrySchema = z.strictObject({
  /** The action's id in the earlier audit's plan. */
  action: id,
  title: name,
  owner: shortText.optional(),
  due: isoDate.optional(),
  source: id,
  /** Where the action stood in the earlier audit's plan. */
  status: actionStatusSchema,
  /** What the review found; absent until the action has been reviewed. */
  outcome: reviewOutcomeSchema.optional(),
  /** The action of this audit's plan it was carried into; only with the outcome "carried". */
  carriedAction: id.optional(),
  note: note.optional(),
});

/**
 * The structure of a current-format (2) audit file: format 1 plus re-vote rounds, role
 * groups and the group-size floor, all optional. Cross-references are checked in validate.ts.
 */
export const auditFileSchema = auditFileV1Schema.extend({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  audit: auditV1Schema.extend({
    /** Groups smaller than this are suppressed; 3 when absent. */
    minGroupSize: minGroupSize.optional(),
    /** The accent colour and logo of format 1, and the firm branding of the report. */
    branding: brandingSchema.extend({ firm: firmBrandingSchema.optional() }).optional(),
  }),
  /** The consultant's commentary; absent when there is none. */
  commentary: commentarySchema.optional(),
  /** The audit's role groups, in the order they are shown; absent when it has none. */
  groups: z.array(groupSchema).optional(),
  participants: z.array(
    participantV1Schema.extend({
      /** The id of the participant's group; absent when the participant belongs to none. */
      group: id.optional(),
    }),
  ),
  responses: z.array(
    responseV1Schema.extend({
      /** The re-vote round (docs/spec/scoring.md, "Re-vote rounds"); absent means 1. */
      round: z
        .int('must be a whole number')
        .min(1, 'must be 1 or more')
        .max(
          MAX_ROUND_NUMBER,
          `must be at most ${MAX_ROUND_NUMBER} (an audit has at most ${MAX_ROUNDS} re-vote rounds)`,
        )
        .optional(),
    }),
  ),
  /** The re-vote rounds the app opened, in round order; absent when there were none (or the file does not say). */
  rounds: z.array(revoteRoundSchema).optional(),
  /** A re-assessment's review of the plan before it, in that plan's order; absent when there is none. */
  planReview: z.array(planReviewEntrySchema).optional(),
});

/** A validated audit file, as the app reads and writes it. */
export type AuditFile = z.infer<typeof auditFileSchema>;

/** A validated format-1 audit file, before its upgrade. */
export type AuditFileV1 = z.infer<typeof auditFileV1Schema>;
