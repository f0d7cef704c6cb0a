import { describe, expect, it } from 'vitest';
import { DARK_THEME, DEFAULT_THEME } from '../theme.ts';
import {
  countFill,
  mapStyle,
  participantFill,
  shadeScale,
  stateShades,
  themedPaint,
} from './style.ts';

describe('shadeScale', () => {
  it('leaves states without events unshaded and spreads the others from light to full', () => {
    const shade = shadeScale(
      new Map([
        ['VNM', 40],
        ['JPN', 4],
        ['RUS', 1],
      ]),
    );
    expect(shade(0)).toBe(0);
    expect(shade(1)).toBeCloseTo(0.15);
    expect(shade(40)).toBe(1);
    expect(shade(4)).toBeGreaterThan(shade(1));
  });

  it('shades nothing when no state took part in anything', () => {
    expect(shadeScale(new Map())(3)).toBe(0);
  });
});

describe('the map style', () => {
  it('takes its sea, borders and cities from the theme, as a new scheme repaints them', () => {
    const style = mapStyle('/basemap.json', DARK_THEME);
    for (const [layerId, property, value] of themedPaint(DARK_THEME)) {
      const layer = style.layers.find((candidate) => candidate.id === layerId)!;
      expect((layer.paint as Record<string, unknown>)[property], `${layerId} ${property}`).toEqual(
        value,
      );
    }
    expect(style.layers[0]).toMatchObject({ paint: { 'background-color': DARK_THEME.mapSea } });
    expect(themedPaint(DEFAULT_THEME)).not.toEqual(themedPaint(DARK_THEME));
  });

  it('fills states from the scheme shown', () => {
    expect(JSON.stringify(countFill(DARK_THEME))).toContain(DARK_THEME.mapCountHigh);
    expect(participantFill(DARK_THEME)).toContain(DARK_THEME.mapParticipant);
  });
});

describe('stateShades', () => {
  const perState = new Map([
    ['VNM', 40],
    ['THA', 1],
  ]);

  it("shades the selected event's participants fully and the other states not at all", () => {
    expect(stateShades(['VNM', 'THA', 'LAO'], new Set(['THA', 'LAO']), perState)).toEqual([
      ['VNM', 0],
      ['THA', 1],
      ['LAO', 1],
    ]);
  });

  it('shades each state by how often it took part when no event is selected', () => {
    expect(stateShades(['VNM', 'THA', 'LAO'], undefined, perState)).toEqual([
      ['VNM', 1],
      ['THA', 0.15],
      ['LAO', 0],
    ]);
  });
});
