import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../tests/unit/sample-chronology.ts';
import { citationDate, citationMeta } from './citation-meta.ts';

describe('citationDate', () => {
  it.each([
    ['2023-12-06', '2023/12/06'],
    ['2021-04', '2021/04'],
    ['2008', '2008'],
  ])('writes %s as %s, no more precise than it is known', (written, expected) => {
    expect(citationDate(written)).toBe(expected);
  });

  it('refuses what is not a partial date, quoting it', () => {
    expect(() => citationDate('6 December 2023')).toThrow(/"6 December 2023"/);
    expect(() => citationDate('2023-12-06T10:00')).toThrow(/not a partial date/);
  });
});

describe('citationMeta', () => {
  it('gives the title, the date at its precision, the publisher and the page address', () => {
    const event = sampleChronology().events.find((item) => item.id === '2021-04-arf-webinar')!;
    expect(citationMeta(event, 'https://example.org/event/2021-04-arf-webinar/', 'Us')).toEqual([
      ['citation_title', 'ARF webinar'],
      ['citation_date', '2021/04'],
      ['citation_publisher', 'Us'],
      ['citation_public_url', 'https://example.org/event/2021-04-arf-webinar/'],
    ]);
  });
});
