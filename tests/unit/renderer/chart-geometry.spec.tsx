// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DistributionBars } from '../../../renderer/components/DistributionBars.tsx';
import { RadarChart } from '../../../renderer/components/RadarChart.tsx';
import { instrumentV1 } from '../../../shared/instrument/index.ts';
import { scales } from '../../../shared/instrument/scales.ts';
import { answerDistribution } from '../../../shared/scoring/distribution.ts';

/*
 * The charts are hand-drawn SVG: nothing stops a label from falling outside the viewBox, where
 * the browser clips it without a word. The end-to-end screenshots showed exactly that (the
 * answer labels under the reveal's bars and the count over the tallest bar were cut off, and a
 * radar label lost its first letters); these tests keep every label inside.
 */

afterEach(cleanup);

function viewBox(svg: SVGSVGElement) {
  const [x, y, width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  return { x: x!, y: y!, right: x! + width!, bottom: y! + height! };
}

describe('DistributionBars', () => {
  it('keeps every count and answer label inside the drawing, the tallest bar included', () => {
    const distribution = answerDistribution(
      [
        { participant: 'a', item: 'x', value: 0 },
        { participant: 'b', item: 'x', value: 3 },
        { participant: 'c', item: 'x', value: 3 },
      ],
      'x',
      scales.sign,
    );
    const { container } = render(<DistributionBars distribution={distribution} scale={scales.sign} />);
    const svg = container.querySelector('svg')!;
    const box = viewBox(svg);
    const fontSize = 11; // .distribution text in components/distribution-bars.css
    const texts = [...svg.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent)).toEqual(['1', '0', '', '1', '', '2', '2', '3', '', '?']);
    for (const text of texts) {
      const y = Number(text.getAttribute('y'));
      expect(y - fontSize, text.textContent ?? '').toBeGreaterThanOrEqual(box.y);
      expect(y, text.textContent ?? '').toBeLessThanOrEqual(box.bottom);
    }
  });
});

describe('RadarChart', () => {
  it('keeps the seven dimension names inside the drawing, even in presentation mode’s larger type', () => {
    const axes = instrumentV1.dimensions.map((d) => d.name);
    const { container } = render(
      <RadarChart
        axes={axes}
        series={[{ label: 'This audit', values: axes.map(() => 100), className: 'series-current' }]}
      />,
    );
    const svg = container.querySelector('svg')!;
    const box = viewBox(svg);
    // .radar-label is 0.8rem: 16.8 user units at presentation mode's 21 px; a generous 0.62 em per character.
    const em = 0.8 * 21;
    const labels = [...svg.querySelectorAll('text.radar-label')];
    expect(labels.map((l) => [...l.querySelectorAll('tspan')].map((t) => t.textContent).join(' '))).toEqual(
      axes,
    );
    for (const label of labels) {
      const x = Number(label.getAttribute('x'));
      const y = Number(label.getAttribute('y'));
      const lines = [...label.querySelectorAll('tspan')];
      const width = Math.max(...lines.map((t) => (t.textContent ?? '').length)) * 0.62 * em;
      const anchor = label.getAttribute('text-anchor');
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      const name = lines.map((t) => t.textContent).join(' ');
      expect(left, name).toBeGreaterThanOrEqual(box.x);
      expect(left + width, name).toBeLessThanOrEqual(box.right);
      const first = Number.parseFloat(lines[0]!.getAttribute('dy') ?? '0') * em;
      const top = y + first - em / 2;
      const bottom = y + first + (lines.length - 1) * 1.1 * em + em / 2;
      expect(top, name).toBeGreaterThanOrEqual(box.y);
      expect(bottom, name).toBeLessThanOrEqual(box.bottom);
    }
  });
});
