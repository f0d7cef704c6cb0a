/**
 * A component few readers need, loaded the first time `needed()` holds, so the first paint never
 * waits for it; `current` is undefined until it has arrived. Call during a component's setup.
 */
export function loadWhen<T>(
  needed: () => unknown,
  load: () => Promise<{ default: T }>,
): { readonly current: T | undefined } {
  let loaded = $state.raw<T>();
  let started = false;
  $effect(() => {
    if (started || !needed()) return;
    started = true;
    void load().then((module) => {
      loaded = module.default;
    });
  });
  return {
    get current() {
      return loaded;
    },
  };
}
