/**
 * A share page's schema.org description of its event (JSON-LD): what search engines and
 * citation tools read. Dates keep the precision they are known to (ISO 8601 allows `2005` or
 * `2005-10`); an online event's location is virtual.
 */
import type { ChronologyEvent } from '../src/lib/chronology/model.ts';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function location(event: ChronologyEvent): Json | undefined {
  if (event.online) return { '@type': 'VirtualLocation', name: 'Online' };
  const country = event.place?.country ?? event.country;
  if (!event.place && !country) return undefined;
  const address: Json = {
    '@type': 'PostalAddress',
    ...(event.place && { addressLocality: event.place.city }),
    ...(country && { addressCountry: country.name }),
  };
  if (!event.place) return { '@type': 'Place', name: country!.name, address };
  return {
    '@type': 'Place',
    name: [event.place.city, country?.name].filter(Boolean).join(', '),
    address,
    geo: { '@type': 'GeoCoordinates', latitude: event.place.lat, longitude: event.place.lon },
  };
}

export function eventJsonLd(event: ChronologyEvent, pageUrl: string, imageUrl: string): Json {
  const place = location(event);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: event.start,
    // an event without an end lies within its start's day, month or year
    endDate: event.end ?? event.start,
    eventAttendanceMode: `https://schema.org/${event.online ? 'Online' : 'Offline'}EventAttendanceMode`,
    ...(place !== undefined && { location: place }),
    description: event.summary,
    url: pageUrl,
    image: imageUrl,
    citation: event.sources.map((source): Json => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.lang && { inLanguage: source.lang }),
      ...(source.url && { url: source.url }),
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.date && { datePublished: source.date }),
    })),
  };
}

/**
 * The script element that carries it. `<`, `>` and `&` are written as JSON escapes, so no text in
 * the data (a `</script>`, a `<!--`) can end the element early; the JSON reads the same.
 */
export function jsonLdScript(data: Json): string {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `<script type="application/ld+json">${json}</script>`;
}
