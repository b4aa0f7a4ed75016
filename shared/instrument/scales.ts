import type { Scale, SectionKind } from './types.ts';

/** The answer scale of each section (docs/spec/scoring.md, "Answer scales"). "Not sure" is stored as null on every scale. */
export const scales: Readonly<Record<SectionKind, Scale>> = {
  statement: {
    min: 1,
    max: 5,
    labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'],
  },
  sign: { min: 0, max: 3, labels: ['Not present', 'Occasionally', 'Often', 'Pervasive'] },
  commitment: { min: 0, max: 2, labels: ['No', 'Partly', 'Yes'] },
  target: { min: 0, max: 2, labels: ['No', 'Partly', 'Yes'] },
};

/** The label shown for "Not sure" answers on every scale. */
export const NOT_SURE_LABEL = 'Not sure';

/** True when `value` is an integer answer on `scale`. */
export function isOnScale(scale: Scale, value: number): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}
