// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scales } from '../../../shared/instrument/scales.ts';
import { ScaleChoice } from '../../../renderer/views/Scoring/ScaleChoice.tsx';
import { DistributionBars } from '../../../renderer/components/DistributionBars.tsx';
import { answerDistribution } from '../../../shared/scoring/distribution.ts';

afterEach(cleanup);

describe('ScaleChoice', () => {
  it('offers every answer on the scale plus Not sure, as a labelled radio group', () => {
    render(<ScaleChoice scale={scales.sign} value={2} onChoose={() => undefined} label="Sign one" />);
    const group = screen.getByRole('radiogroup', { name: 'Sign one' });
    const radios = screen.getAllByRole('radio');
    expect(group).toBeTruthy();
    expect(radios.map((r) => r.textContent)).toEqual([
      '0Not present',
      '1Occasionally',
      '2Often',
      '3Pervasive',
      'NNot sure',
    ]);
    expect(radios.map((r) => r.getAttribute('aria-checked'))).toEqual([
      'false',
      'false',
      'true',
      'false',
      'false',
    ]);
  });

  it('reports the chosen value, null for Not sure', () => {
    const onChoose = vi.fn();
    render(<ScaleChoice scale={scales.statement} value={undefined} onChoose={onChoose} label="S" />);
    fireEvent.click(screen.getByRole('radio', { name: /Agree$/ }));
    fireEvent.click(screen.getByRole('radio', { name: /Not sure/ }));
    expect(onChoose.mock.calls).toEqual([[4], [null]]);
  });

  it('marks "Not sure" as the checked answer when the value is null, and nothing when unanswered', () => {
    const { rerender } = render(
      <ScaleChoice scale={scales.target} value={null} onChoose={() => undefined} label="T" />,
    );
    expect(screen.getByRole('radio', { name: /Not sure/ }).getAttribute('aria-checked')).toBe('true');
    rerender(<ScaleChoice scale={scales.target} value={undefined} onChoose={() => undefined} label="T" />);
    expect(
      screen.getAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true'),
    ).toHaveLength(0);
  });
});

describe('DistributionBars', () => {
  it('draws one bar per answer plus Not sure, described in words for screen readers', () => {
    const distribution = answerDistribution(
      [
        { participant: 'a', item: 'x', value: 1 },
        { participant: 'b', item: 'x', value: 5 },
        { participant: 'c', item: 'x', value: 5 },
        { participant: 'd', item: 'x', value: null },
        { participant: 'e', item: 'y', value: 3 },
      ],
      'x',
      scales.statement,
    );
    expect(distribution.counts).toEqual([1, 0, 0, 0, 2]);
    const { container } = render(<DistributionBars distribution={distribution} scale={scales.statement} />);
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'Strongly disagree: 1, Disagree: 0, Neither agree nor disagree: 0, Agree: 0, Strongly agree: 2, Not sure: 1',
    );
    const heights = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    expect(heights).toEqual([20, 0, 0, 0, 40, 20]);
  });
});
