import { describe, expect, it } from 'vitest';
import { RINGS, ringLabelBoxes, type Box } from '../../../electron/core/report/charts/radar.ts';

type Point = readonly [number, number];

/** True when the segment a–b passes through the box (Liang–Barsky clipping). */
function crosses(box: Box, a: Point, b: Point): boolean {
  const [x0, y0] = a;
  const dx = b[0] - x0;
  const dy = b[1] - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - box.x],
    [dx, box.x + box.width - x0],
    [-dy, y0 - box.y],
    [dy, box.y + box.height - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

describe('the radar’s ring labels', () => {
  it.each([5, 6, 7])('sit a point clear of every ring line and spoke with %i spokes', (count) => {
    for (const radius of [100, 114, 140, 200]) {
      const geometry = { cx: 300, cy: 200, radius, count };
      const sizes = RINGS.map((ring) => ({ width: String(ring).length * 3.4, height: 8.3 }));
      const boxes = ringLabelBoxes(geometry, sizes);
      const vertex = (i: number, percent: number): Point => {
        const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
        const r = (percent / 100) * radius;
        return [geometry.cx + r * Math.cos(angle), geometry.cy + r * Math.sin(angle)];
      };
      // At least a point of white around each label.
      for (const { x, y, width, height } of boxes) {
        const box = { x: x - 1, y: y - 1, width: width + 2, height: height + 2 };
        for (const ring of RINGS) {
          for (let i = 0; i < count; i++) {
            expect(crosses(box, vertex(i, ring), vertex((i + 1) % count, ring)), `ring ${ring}`).toBe(false);
          }
        }
        for (let i = 0; i < count; i++) {
          expect(crosses(box, [geometry.cx, geometry.cy], vertex(i, 100)), `spoke ${i}`).toBe(false);
        }
      }
      // Each label is inside its own ring and outside the one within it.
      boxes.forEach((box, k) => {
        const centre: Point = [box.x + box.width / 2, box.y + box.height / 2];
        const distance = Math.hypot(centre[0] - geometry.cx, centre[1] - geometry.cy);
        expect(distance).toBeLessThan(((RINGS[k] ?? 0) / 100) * radius);
        if (k > 0)
          expect(distance).toBeGreaterThan(((RINGS[k - 1] ?? 0) / 100) * radius * Math.cos(Math.PI / count));
      });
    }
  });
});
