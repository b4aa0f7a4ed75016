import type { Cap } from '../../../../../shared/scoring/levels.ts';
import type { ReportContext } from '../../layout/context.ts';
import { measuredText, stack, type Measured } from '../../layout/measured.ts';
import { moveDown } from '../../layout/page.ts';

const CAP_NAMES: Record<Cap['rule'], string> = {
  'weakest-link': 'Weakest link',
  'severe-sign': 'Severe failure sign',
  'present-signs': 'Several failure signs',
};

/** Why the level is capped, each cap with its reason, in a tinted box; nothing when no cap applies. */
export function capsBox(ctx: ReportContext): void {
  const { theme, frame } = ctx;
  const { results } = ctx.input;
  const { colour, size } = theme;
  if (results.caps.length === 0) return;
  const inner = frame.width - 24;
  const parts: Measured[] = [
    measuredText(
      ctx,
      'Why the level is capped',
      { size: size.body, weight: 'bold', color: colour.text },
      inner,
    ),
    ...results.caps.map((cap) =>
      measuredText(
        ctx,
        [{ text: `${CAP_NAMES[cap.rule]}: at most ${cap.to}. `, weight: 'bold' }, { text: cap.reason }],
        { size: size.small + 0.5, color: colour.text },
        inner,
      ),
    ),
  ];
  const box = stack(parts, 4);
  const height = box.height + 20;
  ctx.doc.save().rect(frame.left, frame.y, frame.width, height).fill(colour.accentWash).restore();
  ctx.doc.save().rect(frame.left, frame.y, 3, height).fill(colour.accent).restore();
  box.draw(frame.left + 14, frame.y + 10);
  moveDown(ctx, height + 12);
}
