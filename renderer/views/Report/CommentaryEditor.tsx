import { useEffect, useMemo } from 'react';
import { findInstrument } from '../../../shared/instrument/index.ts';
import { formatCount, MAX_COMMENTARY } from '../../../shared/limits.ts';
import { useAuditStore } from '../../stores/audit.ts';

/** A quiet count once a text is near its limit, so nobody is cut off by surprise. */
function LengthNote({ length, id }: { readonly length: number; readonly id: string }) {
  if (length < MAX_COMMENTARY * 0.9) return null;
  return (
    <span id={id} className="muted commentary-length">
      {formatCount(length)} of {formatCount(MAX_COMMENTARY)} characters
    </span>
  );
}

type FieldProps = {
  readonly dimensionId: string | null;
  readonly label: string;
  readonly hint?: string;
  readonly rows: number;
};

/** One commentary text: what is saved, or what is being typed; saved once typing pauses and on leaving the field. */
function CommentaryField({ dimensionId, label, hint, rows }: FieldProps) {
  const key = dimensionId ?? '';
  const saved = useAuditStore((s) =>
    dimensionId === null
      ? (s.detail?.commentary.summary ?? '')
      : (s.detail?.commentary.dimensions.find((c) => c.dimension === dimensionId)?.text ?? ''),
  );
  const draft = useAuditStore((s) => s.commentaryDrafts[key]);
  const draftCommentary = useAuditStore((s) => s.draftCommentary);
  const flushCommentary = useAuditStore((s) => s.flushCommentary);
  const value = draft ?? saved;
  const fieldId = `commentary-${key || 'summary'}`;
  return (
    <div className="commentary-field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <span id={`${fieldId}-hint`} className="muted">
          {hint}
        </span>
      )}
      <textarea
        id={fieldId}
        rows={rows}
        maxLength={MAX_COMMENTARY}
        value={value}
        aria-describedby={[hint ? `${fieldId}-hint` : '', `${fieldId}-length`].filter(Boolean).join(' ')}
        onChange={(e) => draftCommentary(dimensionId, e.target.value)}
        onBlur={() => flushCommentary()}
      />
      <LengthNote length={value.length} id={`${fieldId}-length`} />
    </div>
  );
}

/**
 * The consultant's commentary, kept with the audit: their summary and recommendations in their
 * own words for the report's summary page, and optionally a few lines per dimension. Saved as
 * it is typed, like the discussion notes; what it says is typed text, so an anonymous report
 * replaces participants' names in it (the check below lists each one).
 */
export function CommentaryEditor() {
  const instrumentRef = useAuditStore((s) => s.detail?.instrument);
  const written = useAuditStore((s) => s.detail?.commentary.dimensions.length ?? 0);
  const flushCommentary = useAuditStore((s) => s.flushCommentary);
  const instrument = useMemo(
    () => instrumentRef && findInstrument(instrumentRef.id, instrumentRef.version),
    [instrumentRef],
  );
  // Leaving the step saves what was typed a moment ago.
  useEffect(() => () => flushCommentary(), [flushCommentary]);
  if (!instrument) return null;

  return (
    <section className="card commentary" aria-labelledby="commentary-title">
      <h3 id="commentary-title">Commentary</h3>
      <p className="muted">
        Your reading of the results and your recommendations, in your own words. It is printed on the report’s
        summary page; a few lines per dimension go into that dimension’s part. Saved as you type.
      </p>
      <CommentaryField
        dimensionId={null}
        label="Summary and recommendations"
        hint="Leave it empty to print no commentary."
        rows={7}
      />
      <details className="commentary-dimensions" open={written > 0}>
        <summary>
          Commentary per dimension (optional)
          {written > 0 ? `: ${written} of ${instrument.dimensions.length} written` : ''}
        </summary>
        {instrument.dimensions.map((d, i) => (
          <CommentaryField key={d.id} dimensionId={d.id} label={`${i + 1}. ${d.name}`} rows={3} />
        ))}
      </details>
    </section>
  );
}
