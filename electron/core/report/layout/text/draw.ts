import type { ReportProbe } from '../../types.ts';
import type { Align, TextBlock } from '../text.ts';
import { metrics, NBSP, type TextKit } from './measure.ts';

/** Draws a laid-out block with its top left at (x, y), each line aligned in `width`; the probe sees every line. */
export function drawBlock(
  kit: TextKit,
  probe: ReportProbe | undefined,
  block: TextBlock,
  x: number,
  y: number,
  options?: { align?: Align; width?: number },
): void {
  const { doc } = kit;
  const { baseline } = metrics({ size: block.size, leading: block.lineHeight / block.size });
  const align = options?.align ?? 'left';
  const width = options?.width ?? block.width;
  block.lines.forEach((line, i) => {
    const offset = align === 'right' ? width - line.width : align === 'center' ? (width - line.width) / 2 : 0;
    const lineY = y + i * block.lineHeight + baseline;
    probe?.line(doc.page, line.runs.map((r) => r.text).join(''), block.size);
    for (const run of line.runs) {
      doc.font(run.font).fontSize(block.size).fillColor(run.color);
      if (run.fauxBold) doc.lineWidth(block.size * 0.04).strokeColor(run.color);
      doc.text(
        run.text.includes(NBSP) ? run.text.replaceAll(NBSP, ' ') : run.text,
        x + offset + run.x,
        lineY,
        {
          lineBreak: false,
          baseline: 'alphabetic',
          stroke: run.fauxBold,
          fill: true,
        },
      );
    }
  });
}
