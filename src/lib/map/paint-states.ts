/**
 * Gives the states their shades (feature state `shade`) and the fill that reads them: the
 * selected event's participants, or how often each state took part in the visible range.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import { countFill, participantFill } from './style.ts';

export function paintStates(
  map: Pick<MapLibreMap, 'removeFeatureState' | 'setFeatureState' | 'setPaintProperty'>,
  shades: readonly [code: string, shade: number][],
  byParticipation: boolean,
  theme: Theme,
): void {
  map.removeFeatureState({ source: 'countries' });
  for (const [code, shade] of shades)
    map.setFeatureState({ source: 'countries', id: code }, { shade });
  map.setPaintProperty(
    'countries',
    'fill-color',
    (byParticipation ? participantFill : countFill)(theme),
  );
}
