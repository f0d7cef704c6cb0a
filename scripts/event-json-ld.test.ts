import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
import { eventJsonLd, jsonLdScript } from './event-json-ld.ts';

const events = sampleChronology().events;
const byId = (id: string) => events.find((event) => event.id === id)!;
const url = 'https://example.org/event/x/';
const image = `${url}card.png`;

/** What a reader of the page's script element gets: the element's text, parsed. */
function parsedFromPage(script: string) {
  const page = new DOMParser().parseFromString(`<head>${script}</head>`, 'text/html');
  const elements = page.querySelectorAll('script[type="application/ld+json"]');
  expect(elements).toHaveLength(1);
  return JSON.parse(elements[0]!.textContent!);
}

describe('eventJsonLd', () => {
  it('describes a dated event at a city, with its coordinates and its sources', () => {
    const hanoi = byId('2023-12-06-pgc-13-hanoi');
    const data = eventJsonLd(hanoi, url, image) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: hanoi.title,
      startDate: '2023-12-06',
      endDate: '2023-12-06',
      description: hanoi.summary,
      url,
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressLocality: 'Hanoi', addressCountry: 'Viet Nam' },
        geo: { '@type': 'GeoCoordinates', latitude: hanoi.place!.lat, longitude: hanoi.place!.lon },
      },
    });
    const citation = data['citation'] as Record<string, unknown>[];
    expect(citation.map((work) => [work['@type'], work['name'], work['url']])).toEqual(
      hanoi.sources.map((source) => ['CreativeWork', source.title, source.url]),
    );
  });

  it('gives an online event a virtual location and keeps month precision', () => {
    const data = eventJsonLd(byId('2021-04-arf-webinar'), url, image);
    expect(data).toMatchObject({
      startDate: '2021-04',
      endDate: '2021-05',
      location: { '@type': 'VirtualLocation' },
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    });
  });

  it('names only the country when the city is not known, and keeps a year a year', () => {
    const data = eventJsonLd(byId('2008-aseanapol-brunei'), url, image) as Record<string, unknown>;
    expect(data['startDate']).toBe('2008');
    expect(data['location']).toEqual({
      '@type': 'Place',
      name: 'Brunei Darussalam',
      address: { '@type': 'PostalAddress', addressCountry: 'Brunei Darussalam' },
    });
  });
});

describe('jsonLdScript', () => {
  it('cannot be closed early by anything in the data, and parses back to it', () => {
    const hostile = { name: 'A </script><script>alert(1)</script> <!-- & -->' };
    const script = jsonLdScript(hostile);
    expect(script.match(/<\/script>/gi)).toHaveLength(1);
    expect(parsedFromPage(script)).toEqual(hostile);
  });

  it('names the event in what a page reader parses', () => {
    const hanoi = byId('2023-12-06-pgc-13-hanoi');
    expect(parsedFromPage(jsonLdScript(eventJsonLd(hanoi, url, image))).name).toBe(hanoi.title);
  });
});
