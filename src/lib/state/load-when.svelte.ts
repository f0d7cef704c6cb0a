import type { InTurn } from './idle-turns.ts';

/**
 * A component few readers need, loaded the first time `needed()` holds, so the first paint never
 * waits for it; `current` is undefined until it has arrived. `inTurn` schedules the load (the
 * components wanted after the first paint come one per idle moment). Call during a component's
 * setup.
 */
export function loadWhen<T>(
  needed: () => unknown,
  load: () => Promise<{ default: T }>,
  inTurn: InTurn = (work) => work(),
): { readonly current: T | undefined } {
  let loaded = $state.raw<T>();
  let started = false;
  $effect(() => {
    if (started || !needed()) return;
    started = true;
    void inTurn(load).then((module) => {
      loaded = module.default;
    });
  });
  return {
    get current() {
      return loaded;
    },
  };
}
