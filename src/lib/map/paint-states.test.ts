import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../theme.ts';
import { paintStates } from './paint-states.ts';
import { countFill, participantFill } from './style.ts';

/** records what the map is asked to do, in order */
function recordingMap() {
  const calls: unknown[][] = [];
  const map = {
    removeFeatureState: (...args: unknown[]) => calls.push(['remove', ...args]),
    setFeatureState: (...args: unknown[]) => calls.push(['set', ...args]),
    setPaintProperty: (...args: unknown[]) => calls.push(['paint', ...args]),
  } as unknown as Parameters<typeof paintStates>[0];
  return { map, calls };
}

describe('painting the states', () => {
  it('clears the old shades before giving each state its new one, then the fill for counts', () => {
    const { map, calls } = recordingMap();
    paintStates(
      map,
      [
        ['VNM', 1],
        ['THA', 0.15],
      ],
      false,
      DEFAULT_THEME,
    );
    expect(calls).toEqual([
      ['remove', { source: 'countries' }],
      ['set', { source: 'countries', id: 'VNM' }, { shade: 1 }],
      ['set', { source: 'countries', id: 'THA' }, { shade: 0.15 }],
      ['paint', 'countries', 'fill-color', countFill(DEFAULT_THEME)],
    ]);
  });

  it('fills the participants of the selected event in their own colour', () => {
    const { map, calls } = recordingMap();
    paintStates(map, [['VNM', 1]], true, DEFAULT_THEME);
    expect(calls.at(-1)).toEqual([
      'paint',
      'countries',
      'fill-color',
      participantFill(DEFAULT_THEME),
    ]);
  });
});
