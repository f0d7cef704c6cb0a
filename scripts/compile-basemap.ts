/**
 * Writes the map's country shapes (Natural Earth, from world-atlas through topojson-client), served
 * from our own origin so the map asks no tile server for anything:
 * - public/data/basemap.json: 1:50m shapes of East, South-East and South Asia and the western
 *   Pacific, with ISO alpha-3 codes (the 50m set, because the 110m one has no Singapore), cut to
 *   the land the map can be panned over (not all of Russia, the United States and Australia), with
 *   the points it could not show apart left out and coordinates rounded to about 100 m;
 * - public/data/basemap-world.json: 1:110m shapes of the whole world, to about 1 km, loaded only
 *   for an imported chronology with places outside that region.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea, geoCentroid } from 'd3';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { writeAtomically } from './write-atomically.ts';
import { BASEMAP_EXTENT, BASEMAP_REGION } from '../src/lib/map/bounds.ts';
import { clipPolygon, type Box } from './clip-to-box.ts';
import { simplifyRing } from './simplify-ring.ts';
import { countryOfNumeric, findCountry } from '../src/lib/chronology/country-codes.ts';
import { mapPicture } from './map-picture.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../..');

/**
 * A shape's ISO 3166-1 alpha-3 code, which the map keys countries by: from its Natural Earth id
 * (ISO numeric) for every country that has one, else from its name (Kosovo); '' for the few
 * territories ISO gives no code (Somaliland, N. Cyprus).
 */
function alpha3Of(id: unknown, name: string): string {
  const country = id === undefined ? undefined : countryOfNumeric(String(id));
  return (country ?? findCountry(name))?.alpha3 ?? '';
}

export interface BasemapProperties {
  code: string;
  name: string;
  /** where the country's name goes: the centre of its largest piece of land */
  label: [number, number];
}

function labelPoint(geometry: Geometry): [number, number] {
  const polygons =
    geometry.type === 'MultiPolygon'
      ? geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
      : [geometry as Polygon];
  const largest = polygons.reduce((best, polygon) =>
    geoArea(polygon) > geoArea(best) ? polygon : best,
  );
  return geoCentroid(largest) as [number, number];
}

function bounds(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown) => {
    if (typeof (value as Position)[0] === 'number') {
      const [lon, lat] = value as Position;
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    } else (value as unknown[]).forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return box;
}

function rounder(digits: number): (value: unknown) => unknown {
  const scale = 10 ** digits;
  const round = (value: unknown): unknown =>
    typeof value === 'number' ? Math.round(value * scale) / scale : (value as unknown[]).map(round);
  return round;
}

/**
 * About a pixel at zoom 7, closer than the map is read (a whole country at zoom 3 to 6): the
 * points closer than this to the line through their neighbours are left out of the regional map.
 */
const REGION_TOLERANCE = 0.01;

/**
 * A country's polygons cut to the box and simplified. An island too small to keep its shape goes,
 * unless the country is no more than such islands (Singapore): then its shape is kept as it is.
 */
function cutToBox(geometry: Geometry, box: Box): Geometry | undefined {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = polygons
    .map((rings) => clipPolygon(rings, box))
    .filter((rings) => rings !== undefined);
  if (clipped.length === 0) return undefined;
  const simplified = clipped
    .map((rings) => rings.map((ring) => simplifyRing(ring, REGION_TOLERANCE)))
    .filter(([outer]) => outer !== undefined)
    .map((rings) => rings.filter((ring) => ring !== undefined));
  return { type: 'MultiPolygon', coordinates: simplified.length > 0 ? simplified : clipped };
}

/**
 * The countries of a world-atlas file that `keep` keeps, cut to `box` when one is given,
 * coordinates rounded to `digits`.
 */
function countries(
  file: string,
  keep: (box: [number, number, number, number]) => boolean,
  digits: number,
  box?: Box,
): FeatureCollection<Geometry, BasemapProperties> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'),
  ) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const world = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  const round = rounder(digits);
  const features = world.features
    .filter((country) => country.geometry && keep(bounds(country.geometry)))
    .flatMap((country): Feature<Geometry, BasemapProperties>[] => {
      const geometry = box ? cutToBox(country.geometry, box) : country.geometry;
      if (!geometry) return [];
      return [
        {
          type: 'Feature',
          properties: {
            code: alpha3Of(country.id, country.properties.name),
            name: country.properties.name,
            // from the whole country, so its name stays where it was
            label: round(labelPoint(country.geometry)) as [number, number],
          },
          geometry: {
            ...geometry,
            coordinates: round((geometry as { coordinates: unknown }).coordinates),
          } as Geometry,
        },
      ];
    });
  return { type: 'FeatureCollection', features };
}

/** The region our chronology is in, in detail. */
export function compileBasemap(): FeatureCollection<Geometry, BasemapProperties> {
  const [[west, south], [east, north]] = BASEMAP_REGION;
  return countries(
    'countries-50m.json',
    ([x0, y0, x1, y1]) => x1 >= west && x0 <= east && y1 >= south && y0 <= north,
    3,
    BASEMAP_EXTENT,
  );
}

/** The whole world, coarser, for chronologies elsewhere. */
export function compileWorldBasemap(): FeatureCollection<Geometry, BasemapProperties> {
  return countries('countries-110m.json', () => true, 2);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const basemap = compileBasemap();
  const world = compileWorldBasemap();
  writeAtomically(join(ROOT, 'public/data'), {
    'basemap.json': JSON.stringify(basemap),
    'basemap-world.json': JSON.stringify(world),
    // drawn before MapLibre is loaded (src/lib/map/MapPicture.svelte)
    'map-picture.json': JSON.stringify(mapPicture(basemap.features)),
  });
  console.log(
    `basemap: ${basemap.features.length} countries → public/data/basemap.json, ` +
      `${world.features.length} → public/data/basemap-world.json, its picture → public/data/map-picture.json`,
  );
}
