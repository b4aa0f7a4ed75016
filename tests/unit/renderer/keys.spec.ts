import { describe, expect, it } from 'vitest';
import { scales } from '../../../shared/instrument/scales.ts';
import { commandForKey } from '../../../renderer/views/Scoring/keys.ts';

describe('scoring keys', () => {
  it('answers with the digits on the item’s scale and N for Not sure', () => {
    expect(commandForKey('1', scales.statement)).toEqual({ kind: 'answer', value: 1 });
    expect(commandForKey('5', scales.statement)).toEqual({ kind: 'answer', value: 5 });
    expect(commandForKey('0', scales.statement)).toBeNull();
    expect(commandForKey('6', scales.statement)).toBeNull();
    expect(commandForKey('0', scales.sign)).toEqual({ kind: 'answer', value: 0 });
    expect(commandForKey('3', scales.sign)).toEqual({ kind: 'answer', value: 3 });
    expect(commandForKey('4', scales.sign)).toBeNull();
    expect(commandForKey('2', scales.commitment)).toEqual({ kind: 'answer', value: 2 });
    expect(commandForKey('3', scales.target)).toBeNull();
    expect(commandForKey('n', scales.target)).toEqual({ kind: 'answer', value: null });
    expect(commandForKey('N', scales.statement)).toEqual({ kind: 'answer', value: null });
  });

  it('moves with arrows and Enter, W goes to the note, and leaves other keys and modified keys alone', () => {
    expect(commandForKey('ArrowRight', scales.statement)).toEqual({ kind: 'next' });
    expect(commandForKey('ArrowDown', scales.statement)).toEqual({ kind: 'next' });
    expect(commandForKey('Enter', scales.statement)).toEqual({ kind: 'next' });
    expect(commandForKey('ArrowLeft', scales.statement)).toEqual({ kind: 'previous' });
    expect(commandForKey('ArrowUp', scales.statement)).toEqual({ kind: 'previous' });
    expect(commandForKey('x', scales.statement)).toBeNull();
    expect(commandForKey('w', scales.statement)).toEqual({ kind: 'note' });
    expect(commandForKey('W', scales.sign)).toEqual({ kind: 'note' });
    expect(commandForKey('w', scales.sign, true)).toBeNull();
    expect(commandForKey('3', scales.statement, true)).toBeNull();
  });
});
