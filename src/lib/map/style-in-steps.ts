/**
 * MapLibre's start-up in steps. Handed a whole style, a map parses it, reads its shapes and
 * compiles a shader program for each kind of layer in one or two tasks of several hundred
 * milliseconds on a phone (more where WebGL is drawn in software). Started with only the sea, then
 * given its sources and one layer at a time, each between frames, it spreads that work over tasks
 * short enough for the page to answer a tap between them.
 */
import type {
  LayerSpecification,
  Map as MapLibreMap,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

export type StyleStep =
  | { kind: 'source'; id: string; source: SourceSpecification }
  | { kind: 'layer'; layer: LayerSpecification };

/** The style to start with (the background layers alone) and what is added after it, in order. */
export function styleInSteps(style: StyleSpecification): {
  first: StyleSpecification;
  steps: StyleStep[];
} {
  const background = style.layers.filter((layer) => layer.type === 'background');
  return {
    first: { ...style, sources: {}, layers: background },
    steps: [
      ...Object.entries(style.sources).map(([id, source]): StyleStep => ({
        kind: 'source',
        id,
        source,
      })),
      ...style.layers
        .filter((layer) => layer.type !== 'background')
        .map((layer): StyleStep => ({ kind: 'layer', layer })),
    ],
  };
}

/** The part of a map the steps need (so tests can record them). */
export type SteppedMap = Pick<
  MapLibreMap,
  'addSource' | 'addLayer' | 'once' | 'off' | 'triggerRepaint'
>;

/**
 * Resolves in a task of its own after the map has drawn its next frame (or, should it draw none,
 * a hidden map, after `patienceMs`).
 */
export function afterMapFrame(map: SteppedMap, patienceMs = 300): Promise<void> {
  return new Promise((resolve) => {
    const drawn = () => {
      clearTimeout(timer);
      map.off('render', drawn);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(drawn, patienceMs);
    map.once('render', drawn);
    map.triggerRepaint();
  });
}

/**
 * Adds the steps one after another, a frame apart; false when `stopped()` (the map was removed)
 * before the last.
 */
export async function addInSteps(
  map: SteppedMap,
  steps: readonly StyleStep[],
  stopped: () => boolean,
  between: (map: SteppedMap) => Promise<void> = afterMapFrame,
): Promise<boolean> {
  for (const step of steps) {
    await between(map);
    if (stopped()) return false;
    if (step.kind === 'source') map.addSource(step.id, step.source);
    else map.addLayer(step.layer);
  }
  return true;
}
