/**
 * The picture's colour for each state: what MapLibre's fills (countFill, participantFill in
 * style.ts) give the same shades, so the map does not change colour when MapLibre takes over.
 */
import { interpolateRgb } from 'd3';
import type { Theme } from '../theme.ts';
import { stateShades } from './style.ts';

export function pictureFills(
  codes: readonly string[],
  participants: ReadonlySet<string> | undefined,
  perState: ReadonlyMap<string, number>,
  theme: Pick<Theme, 'mapLand' | 'mapParticipant' | 'mapCountLow' | 'mapCountHigh'>,
): Map<string, string> {
  const count = interpolateRgb(theme.mapCountLow, theme.mapCountHigh);
  return new Map(
    stateShades(codes, participants, perState).map(([code, shade]) => [
      code,
      participants
        ? shade === 1
          ? theme.mapParticipant
          : theme.mapLand
        : shade > 0
          ? count(shade)
          : theme.mapLand,
    ]),
  );
}
