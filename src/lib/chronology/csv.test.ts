import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { CSV_COLUMNS, eventsToCsv } from './csv.ts';

describe('eventsToCsv', () => {
  const csv = eventsToCsv(sampleChronology().events);
  const lines = csv.split('\r\n');

  it('starts with exactly the published columns, in order', () => {
    expect(lines[0]).toBe(
      'id,title,start,end,precision,city,country,lat,lon,participants,series,sources',
    );
    expect(CSV_COLUMNS).toHaveLength(12);
  });

  it('quotes titles and sources that hold commas and quotes', () => {
    expect(lines).toContain(
      '2023-12-06-pgc-13-hanoi,"13th Prosecutors-General Conference, ""high-tech crime"", Hanoi",' +
        '2023-12-06,,day,Hanoi,VNM,21.0285,105.8542,CHN;VNM,pgc,' +
        '"Report on the 13th conference, with a comma;https://en.spp.gov.cn/2023-12/06/c_950761.htm"',
    );
  });

  it('writes online events with city "online" and no country or coordinates', () => {
    expect(lines).toContain(
      '2021-04-arf-webinar,ARF webinar,2021-04,2021-05,month,online,,,,,arf,https://en.spp.gov.cn/2023-12/06/c_950761.htm',
    );
  });

  it('keeps the host country when the city is not known', () => {
    expect(lines.find((line) => line.startsWith('2008-aseanapol-brunei'))).toBe(
      '2008-aseanapol-brunei,Police chiefs in Brunei,2008,,year,,BRN,,,BRN,arf,"Report on the 13th conference, with a comma"',
    );
  });

  it('writes a title that starts like a formula as text', () => {
    const chronology = sampleChronology();
    const event = chronology.events[0]!;
    event.title = '=HYPERLINK("https://evil.example","Open")';
    const line = eventsToCsv([event]).split('\r\n')[1]!;
    expect(line.startsWith(`${event.id},"'=HYPERLINK(""https://evil.example"",""Open"")",`)).toBe(
      true,
    );
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(5);
  });
});
