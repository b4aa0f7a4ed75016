import { mix, readableOnWhite } from './color.ts';

/** The sober blue used when the audit has no brand colour. */
export const DEFAULT_ACCENT = '#1f4e79';

/** Page geometry, type sizes and colours: one place for the report's look. */
export type Theme = {
  readonly page: {
    readonly width: number;
    readonly height: number;
    readonly marginX: number;
    readonly marginTop: number;
    readonly marginBottom: number;
  };
  readonly size: {
    readonly title: number;
    readonly h1: number;
    readonly h2: number;
    readonly h3: number;
    readonly body: number;
    readonly small: number;
    readonly tiny: number;
  };
  readonly colour: {
    /** The brand colour as given, for fills. */
    readonly accent: string;
    /** The brand colour darkened if needed so text in it reads on white. */
    readonly accentText: string;
    readonly accentTint: string;
    readonly accentWash: string;
    readonly text: string;
    readonly muted: string;
    readonly rule: string;
    readonly faint: string;
    /** The only other colour: warnings a reader must not miss (no owner, severe sign). */
    readonly warning: string;
    /** Background of a row that carries a warning. */
    readonly warningWash: string;
    /** Fills for answer values from the lowest to the highest, a single-hue scale. */
    readonly scale: (steps: number) => readonly string[];
    readonly unsure: string;
  };
};

/** Builds the theme for an audit, with its brand colour when it has one. */
export function themeFor(accentColor: string | undefined): Theme {
  const accent = (accentColor ?? DEFAULT_ACCENT).toLowerCase();
  const base = readableOnWhite(accent);
  return {
    page: { width: 595.28, height: 841.89, marginX: 56, marginTop: 58, marginBottom: 66 },
    size: { title: 28, h1: 19, h2: 13, h3: 10, body: 9.5, small: 8, tiny: 7 },
    colour: {
      accent,
      accentText: base,
      accentTint: mix(accent, '#ffffff', 0.75),
      accentWash: mix(accent, '#ffffff', 0.92),
      text: '#1a1f26',
      muted: '#5b6573',
      rule: '#cfd5dc',
      faint: '#eef1f4',
      warning: '#a4261b',
      warningWash: '#fbeeec',
      scale: (steps) =>
        Array.from({ length: steps }, (_, i) =>
          mix(base, '#ffffff', 0.86 - (0.86 * i) / Math.max(1, steps - 1)),
        ),
      unsure: '#ffffff',
    },
  };
}
