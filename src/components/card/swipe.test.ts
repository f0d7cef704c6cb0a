import { describe, expect, it } from 'vitest';
import { SWIPE_MIN_PX, swipeStep } from './swipe.ts';

describe('swipeStep', () => {
  it.each([
    { name: 'a move to the left goes to the next event', dx: -60, dy: 5, step: 1 },
    { name: 'a move to the right goes to the previous event', dx: 80, dy: -10, step: -1 },
    { name: 'a move of exactly the shortest swipe counts', dx: -SWIPE_MIN_PX, dy: 0, step: 1 },
    { name: 'a shorter move is a tap or a wobble', dx: SWIPE_MIN_PX - 1, dy: 0, step: 0 },
    { name: 'a move as far down as sideways is a scroll', dx: 100, dy: 60, step: 0 },
    { name: 'a move half as far up as sideways still counts', dx: -100, dy: -50, step: 1 },
  ])('$name', ({ dx, dy, step }) => {
    expect(swipeStep(dx, dy)).toBe(step);
  });
});
