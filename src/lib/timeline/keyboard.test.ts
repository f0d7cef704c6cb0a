import { describe, expect, it } from 'vitest';
import { commandForKey, nextPosition } from './keyboard.ts';

describe('commandForKey', () => {
  it.each([
    ['ArrowRight', { type: 'move', by: 1 }],
    ['ArrowLeft', { type: 'move', by: -1 }],
    ['Home', { type: 'first' }],
    ['End', { type: 'last' }],
    ['+', { type: 'zoom', factor: 2 }],
    ['-', { type: 'zoom', factor: 0.5 }],
    ['Enter', { type: 'open' }],
    ['0', { type: 'fit' }],
    ['a', undefined],
  ])('maps %s', (key, command) => {
    expect(commandForKey(key)).toEqual(command);
  });
});

describe('nextPosition', () => {
  it('steps forward and back and stops at both ends', () => {
    expect(nextPosition(3, 1, 10)).toBe(4);
    expect(nextPosition(9, 1, 10)).toBe(9);
    expect(nextPosition(0, -1, 10)).toBe(0);
    expect(nextPosition(5, 10, 10)).toBe(9);
  });

  it('starts at the first event in view when nothing is active yet', () => {
    expect(nextPosition(-1, 1, 10, 4)).toBe(4);
    expect(nextPosition(-1, -1, 10, 4)).toBe(3);
    expect(nextPosition(-1, 1, 0)).toBe(-1);
  });
});
