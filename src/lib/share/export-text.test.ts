import { english } from '../i18n/english.ts';
import { describe, expect, it } from 'vitest';
import { exportFileName, mapExportText, timelineExportText } from './export-text.ts';

const site = 'example.org/chronology/';
const ours = { title: 'ASEAN–China cooperation', site };
const view = { rangeLabel: '2003 – 2023', shownCount: 1200, totalCount: 1500, filtering: true };

describe('timelineExportText', () => {
  it('credits our chronology to the public records it is compiled from', () => {
    const text = timelineExportText(ours, { ...view, filtering: false, shownCount: 49 }, english);
    expect(text.subtitle).toBe('Timeline, 2003 – 2023 · 49 events');
    expect(text.credit).toContain('compiled from public records');
    expect(text.credit).toContain(site);
  });

  it('credits an imported chronology to where it came from, never to our sources', () => {
    const fromUrl = timelineExportText(
      { title: 'Their history', dataUrl: 'https://other.example/data.json', site },
      view,
      english,
    );
    expect(fromUrl.title).toBe('Their history');
    expect(fromUrl.credit).toContain('“Their history”, from other.example');
    expect(fromUrl.credit).not.toContain('public records');
    const fromFile = timelineExportText(
      { title: 'Mine', sourceFile: 'mine.csv', site },
      view,
      english,
    );
    expect(fromFile.credit).toContain('from the file mine.csv');
    expect(fromFile.credit).not.toContain('public records');
  });

  it('says how many of the events a filtered view shows', () => {
    expect(timelineExportText(ours, view, english).subtitle).toBe(
      'Timeline, 2003 – 2023 · 1,200 of 1,500 events (filtered)',
    );
  });
});

describe('mapExportText', () => {
  it('names the selected event and the shapes it is drawn on', () => {
    const text = mapExportText(ours, { rangeLabel: '2010', selectedTitle: '8th AMMTC' }, english);
    expect(text.subtitle).toBe('Map, 2010 · 8th AMMTC');
    expect(text.credit).toContain('Natural Earth');
  });

  it('credits an imported chronology to itself', () => {
    const text = mapExportText(
      { title: 'Theirs', dataUrl: '/theirs.json', site },
      { rangeLabel: '2010' },
      english,
    );
    expect(text.credit).toContain('“Theirs”');
    expect(text.credit).toContain('Natural Earth');
  });
});

describe('exportFileName', () => {
  it('writes the range into the name without stray dashes', () => {
    expect(exportFileName('timeline', english, 'March–June 2010')).toBe(
      'chronology-timeline-March-June-2010.png',
    );
    expect(exportFileName('map', english)).toBe('chronology-map.png');
  });

  it('names the size of a picture made for a slide', () => {
    expect(exportFileName('timeline', english, '2003 – 2023', { width: 3840, height: 2160 })).toBe(
      'chronology-timeline-2003-2023-3840x2160.png',
    );
  });
});
