import { describe, expect, it } from 'vitest';
import { spotlightCommand } from '../../../renderer/views/Reveal/spotlight-keys.ts';

describe('spotlight keys', () => {
  it('steps with arrows, Space, Shift+Space and a presenter’s Page Down / Page Up', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown'])
      expect(spotlightCommand(key, false, false)).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(spotlightCommand(key, false, false)).toBe('previous');
    expect(spotlightCommand(' ', false, false)).toBe('next');
    expect(spotlightCommand(' ', true, false)).toBe('previous');
  });

  it('jumps with Home and End, leaves with Escape, and ignores other and modified keys', () => {
    expect(spotlightCommand('Home', false, false)).toBe('first');
    expect(spotlightCommand('End', false, false)).toBe('last');
    expect(spotlightCommand('Escape', false, false)).toBe('leave');
    expect(spotlightCommand('Enter', false, false)).toBeNull();
    expect(spotlightCommand('4', false, false)).toBeNull();
    expect(spotlightCommand('F5', false, false)).toBeNull();
    expect(spotlightCommand('ArrowRight', false, true)).toBeNull();
  });
});
