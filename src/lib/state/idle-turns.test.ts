import { describe, expect, it } from 'vitest';
import { idleTurns } from './idle-turns.ts';

const settle = () => new Promise((settled) => setTimeout(settled, 0));

/** An idle clock run by hand: `idle()` is one idle moment of the browser's. */
function handClock() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (callback: () => void) => waiting.push(callback),
    idle: async () => {
      await settle();
      waiting.shift()?.();
      await settle();
    },
    get waiting() {
      return waiting.length;
    },
  };
}

describe('work done one piece per idle moment', () => {
  it('starts nothing before the browser is idle, then one piece per idle moment, in order', async () => {
    const clock = handClock();
    const inTurn = idleTurns(clock.whenIdle);
    const started: string[] = [];
    const piece = (name: string) => () => {
      started.push(name);
      return Promise.resolve(name);
    };
    const share = inTurn(piece('share bar'));
    const map = inTurn(piece('map panel'));
    const print = inTurn(piece('print handout'));
    await settle();
    expect(started).toEqual([]);

    await clock.idle();
    expect(started).toEqual(['share bar']);
    await clock.idle();
    expect(started).toEqual(['share bar', 'map panel']);
    await clock.idle();
    expect(await Promise.all([share, map, print])).toEqual([
      'share bar',
      'map panel',
      'print handout',
    ]);
  });

  it('waits for a slow piece to finish before asking for the next idle moment', async () => {
    const clock = handClock();
    const inTurn = idleTurns(clock.whenIdle);
    let finish = () => {};
    void inTurn(() => new Promise<void>((done) => (finish = done)));
    const next = inTurn(() => Promise.resolve('next'));
    await clock.idle();
    expect(clock.waiting).toBe(0); // the first piece is still running: no idle moment asked for
    finish();
    await settle();
    expect(clock.waiting).toBe(1);
    await clock.idle();
    expect(await next).toBe('next');
  });

  it('goes on to the next piece when one fails, and reports the failure to its caller', async () => {
    const clock = handClock();
    const inTurn = idleTurns(clock.whenIdle);
    const failed = inTurn(() => Promise.reject(new Error('chunk not found')));
    const next = inTurn(() => Promise.resolve('next'));
    await clock.idle();
    await expect(failed).rejects.toThrow('chunk not found');
    await clock.idle();
    expect(await next).toBe('next');
  });
});
