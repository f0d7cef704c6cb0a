/**
 * The map's picture as the build writes it (scripts/map-picture.ts) and the app reads it
 * (public/data/map-picture.json): each country's outline as an SVG path in Web Mercator, in whole
 * units of a square `world` units wide.
 */
export interface PictureCountry {
  /** ISO 3166-1 alpha-3, as the states of a chronology; '' for a territory without one */
  code: string;
  /** where its name goes: [lon, lat] */
  label: [number, number];
  d: string;
}

export interface MapPicture {
  world: number;
  countries: PictureCountry[];
}

/** Checks what was fetched: a picture that is not one is a failed map, not a broken page. */
export function readMapPicture(value: unknown): MapPicture {
  const picture = value as Partial<MapPicture> | null;
  if (
    !picture ||
    typeof picture.world !== 'number' ||
    !Array.isArray(picture.countries) ||
    !picture.countries.every(
      (country) =>
        typeof country?.code === 'string' &&
        typeof country.d === 'string' &&
        Array.isArray(country.label) &&
        country.label.length === 2 &&
        country.label.every((n) => typeof n === 'number'),
    )
  )
    throw new Error('map-picture.json: not a map picture (world, countries[code, label, d])');
  return picture as MapPicture;
}

let fetched: Promise<MapPicture> | undefined;

/** The picture, fetched once per page from the site's own `data/`; a failed fetch may be retried. */
export function fetchMapPicture(base: string): Promise<MapPicture> {
  fetched ??= fetch(`${base}data/map-picture.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`map-picture.json: HTTP ${response.status}`);
      return response.json();
    })
    .then(readMapPicture)
    .catch((error: unknown) => {
      fetched = undefined;
      throw error;
    });
  return fetched;
}
