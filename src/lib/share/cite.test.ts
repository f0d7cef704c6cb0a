import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { reliabilityLabel } from '../chronology/describe.ts';
import { english } from '../i18n/english.ts';
import { bibtexEscape, citeApa, citeBibtex, citePlain } from './cite.ts';
import { permalinkFor } from './permalink.ts';

const hanoi = sampleChronology().events.find((event) => event.id === '2023-12-06-pgc-13-hanoi')!;
const link = permalinkFor(hanoi.id, 'https://example.org');
const accessed = new Date(Date.UTC(2026, 10, 23));

describe('citations', () => {
  it('builds the permanent link from the id', () => {
    expect(link).toBe('https://example.org/event/2023-12-06-pgc-13-hanoi/');
  });

  it('gives title, date, place, link and sources in plain text', () => {
    const text = citePlain(hanoi, link, accessed);
    expect(text).toContain(hanoi.title);
    expect(text).toContain('6 December 2023, Hanoi, Viet Nam');
    expect(text).toContain(`${link} (accessed 23 November 2026)`);
    expect(text).toContain('https://en.spp.gov.cn/2023-12/06/c_950761.htm');
  });

  it('writes a BibTeX entry keyed by the id with its special characters escaped', () => {
    const entry = citeBibtex(hanoi, link, accessed);
    expect(entry.startsWith('@misc{2023-12-06-pgc-13-hanoi,')).toBe(true);
    expect(entry).toContain('  url = {https://example.org/event/2023-12-06-pgc-13-hanoi/},');
    expect(entry).toContain('  urldate = {2026-11-23},');
    expect(entry.endsWith('}')).toBe(true);
    expect(bibtexEscape('50% & {x}_#')).toBe('50\\% \\& \\{x\\}\\_\\#');
  });

  it('says how reliable the event is, in the words the details and share pages use', () => {
    const sentence = reliabilityLabel(hanoi.confidence, english);
    expect(sentence).toBe('Confirmed: two or more independent sources agree.');
    expect(citePlain(hanoi, link, accessed)).toContain(`\nReliability: ${sentence}\n`);
    expect(citeBibtex(hanoi, link, accessed)).toContain(`Reliability: ${sentence} Sources:`);
  });

  it('writes an APA-style reference', () => {
    expect(citeApa(hanoi, link, accessed)).toMatch(
      /^13th Prosecutors-General Conference, "high-tech crime", Hanoi \(6 December 2023, Hanoi, Viet Nam\)\. \(n\.d\.\)\. In .+ Retrieved 23 November 2026, from https:\/\/example\.org\/event\/2023-12-06-pgc-13-hanoi\/$/,
    );
  });
});

describe('citing an event of an imported chronology', () => {
  it('names that chronology, not ours, and leaves out a sources line it cannot fill', () => {
    const imported = { ...sampleChronology().events[0]!, sources: [] };
    const text = citePlain(
      imported,
      'https://example.org/?data=x',
      new Date(2026, 0, 2),
      'Bridges',
      false,
    );
    expect(text).toContain('In: Bridges.');
    expect(text).not.toContain('ASEAN');
    expect(text).not.toContain('Sources');
    expect(text).not.toContain('Reliability');
    expect(citeApa(imported, 'https://x/', new Date(2026, 0, 2), 'Bridges')).toContain(
      'In Bridges.',
    );
    expect(citeBibtex(imported, 'https://x/', new Date(2026, 0, 2), 'Bridges')).toContain(
      'booktitle = {{Bridges}}',
    );
  });
});
