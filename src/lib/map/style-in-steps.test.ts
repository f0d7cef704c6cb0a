import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../theme.ts';
import { mapStyle } from './style.ts';
import { addInSteps, styleInSteps, type SteppedMap } from './style-in-steps.ts';

const style = mapStyle('/data/basemap.json', DEFAULT_THEME);

describe('starting the map in steps', () => {
  it('starts with the sea alone, then adds the sources and each layer in the style’s order', () => {
    const { first, steps } = styleInSteps(style);
    expect(first.layers.map((layer) => layer.id)).toEqual(['sea']);
    expect(first.sources).toEqual({});
    expect(
      steps.map((step) => (step.kind === 'source' ? `source ${step.id}` : step.layer.id)),
    ).toEqual(['source countries', 'source cities', 'countries', 'borders', 'cities']);
  });

  it('ends with the same style as given whole', () => {
    const { first, steps } = styleInSteps(style);
    const sources = { ...first.sources };
    const layers = [...first.layers];
    for (const step of steps) {
      if (step.kind === 'source') sources[step.id] = step.source;
      else layers.push(step.layer);
    }
    expect({ ...first, sources, layers }).toEqual(style);
  });

  it('waits for a frame before each step, and stops when the map is gone', async () => {
    const calls: string[] = [];
    const map = {
      addSource: (id: string) => calls.push(`source ${id}`),
      addLayer: (layer: { id: string }) => calls.push(`layer ${layer.id}`),
    } as unknown as SteppedMap;
    const between = () => {
      calls.push('frame');
      return Promise.resolve();
    };
    const { steps } = styleInSteps(style);
    expect(await addInSteps(map, steps.slice(0, 3), () => false, between)).toBe(true);
    expect(calls).toEqual([
      'frame',
      'source countries',
      'frame',
      'source cities',
      'frame',
      'layer countries',
    ]);
    calls.length = 0;
    expect(await addInSteps(map, steps, () => calls.length > 2, between)).toBe(false);
    expect(calls).toEqual(['frame', 'source countries', 'frame']);
  });
});
