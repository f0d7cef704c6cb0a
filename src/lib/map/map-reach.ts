/**
 * The reader reaching for the map: what only MapLibre can answer, as opposed to a tap that the
 * map's picture answers itself (map-start.svelte.ts starts MapLibre on it).
 */

/** how far a finger moves on the map before it is a drag, not a tap, in CSS pixels */
const DRAG_DISTANCE = 8;

/**
 * Calls `reach` when the reader does on the map's frame what only MapLibre can answer: the wheel,
 * a mouse or pen over it (they zoom and drag next), a finger dragging, two fingers. A tap on the
 * picture (a city, a state) is answered by the picture, and starts nothing. Returns how to stop.
 */
export function listenForReach(target: HTMLElement, reach: () => void): () => void {
  const touches = new Map<number, { x: number; y: number }>();
  const listeners: [string, (event: PointerEvent) => void][] = [
    ['wheel', reach],
    [
      'pointerenter',
      (event) => {
        if (event.pointerType !== 'touch') reach();
      },
    ],
    [
      'pointerdown',
      (event) => {
        if (event.pointerType !== 'touch') return reach();
        touches.set(event.pointerId, { x: event.clientX, y: event.clientY });
        if (touches.size > 1) reach();
      },
    ],
    [
      'pointermove',
      (event) => {
        const from = touches.get(event.pointerId);
        if (from && Math.hypot(event.clientX - from.x, event.clientY - from.y) > DRAG_DISTANCE)
          reach();
      },
    ],
    ['pointerup', (event) => touches.delete(event.pointerId)],
    ['pointercancel', (event) => touches.delete(event.pointerId)],
  ];
  for (const [kind, listener] of listeners)
    target.addEventListener(kind, listener as EventListener, { passive: true });
  return () => {
    for (const [kind, listener] of listeners)
      target.removeEventListener(kind, listener as EventListener);
  };
}
