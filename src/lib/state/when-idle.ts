/**
 * Calls back when the browser is idle (`requestIdleCallback`, at the latest after a second), or in
 * a task of its own where there is no such thing. Returns how to call it off.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(callback, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}
