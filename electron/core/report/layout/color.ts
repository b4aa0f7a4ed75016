/** Colour arithmetic for the report's single-accent palette. Colours are `#rrggbb`. */

type Rgb = readonly [number, number, number];

function parse(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function format([r, g, b]: Rgb): string {
  return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/** `t` of the way from `from` to `to`: tints (towards white) and shades (towards black). */
export function mix(from: string, to: string, t: number): string {
  const a = parse(from);
  const b = parse(to);
  return format([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parse(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Darkens a colour until text in it reads on white (contrast 4.5:1), so a pale brand
 * colour chosen for the logo still gives legible headings.
 */
export function readableOnWhite(hex: string): string {
  let colour = hex;
  for (let t = 0.1; contrast(colour, '#ffffff') < 4.5 && t <= 1; t += 0.1) colour = mix(hex, '#000000', t);
  return colour;
}

/** Black or white, whichever reads better on the given background. */
export function textOn(background: string): string {
  return contrast(background, '#ffffff') >= contrast(background, '#1a1f26') ? '#ffffff' : '#1a1f26';
}
