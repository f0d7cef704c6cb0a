/**
 * Work that can wait, done one piece per idle moment: a piece starts only once the piece before it
 * has finished and the browser is idle again. The components loaded after the first paint arrive
 * together; each then evaluates and mounts in a task of its own instead of all in one long task
 * that a tap on the page would have to wait behind.
 */
import { whenIdle as browserIdle } from './when-idle.ts';

export type InTurn = <T>(work: () => Promise<T>) => Promise<T>;

export function idleTurns(whenIdle: (callback: () => void) => unknown = browserIdle): InTurn {
  let previous: Promise<unknown> = Promise.resolve();
  return (work) => {
    const turn = previous.then(() => new Promise<void>((idle) => whenIdle(idle))).then(work);
    previous = turn.catch(() => undefined);
    return turn;
  };
}
