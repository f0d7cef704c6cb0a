/** A TimelineJS3 JSON chronology of `count` events, the same for the same seed. */
import { randomLcg } from 'd3';
import { SHEET_COLUMNS } from '../../src/lib/import/timelinejs-sheet.ts';

const GROUPS = ['Agreements', 'Operations', 'Statements', 'Dialogues', 'Training', 'Meetings'];

export function timelineJsWorkload(count: number, seed = 1) {
  const random = randomLcg(seed);
  const from = Date.UTC(2003, 0, 1);
  const span = Date.UTC(2023, 11, 31) - from;
  const events = Array.from({ length: count }, (_, index) => {
    const date = new Date(from + Math.floor(random() * span));
    const precision = random();
    return {
      unique_id: `w${index}`,
      group: GROUPS[index % GROUPS.length],
      start_date: {
        year: date.getUTCFullYear(),
        ...(precision < 0.95 && { month: date.getUTCMonth() + 1 }),
        ...(precision < 0.85 && { day: date.getUTCDate() }),
      },
      text: { headline: `Event ${index}`, text: `<p>Generated event number ${index}.</p>` },
      location: { name: 'Hanoi', lat: 21.03, lon: 105.85 },
    };
  });
  return { events };
}

/**
 * The same chronology as the TimelineJS spreadsheet template saved as CSV: a title row, then one
 * row per event (about 110 bytes each, so 100,000 rows are about 11 MB).
 */
export function timelineJsSheetWorkload(count: number, seed = 1, title = 'Generated chronology') {
  const { events } = timelineJsWorkload(count, seed);
  const lines = [SHEET_COLUMNS.join(',')];
  const row = (cells: Partial<Record<(typeof SHEET_COLUMNS)[number], string | number>>) =>
    SHEET_COLUMNS.map((column) => String(cells[column] ?? '')).join(',');
  lines.push(row({ Headline: title, Type: 'title' }));
  for (const event of events) {
    lines.push(
      row({
        Year: event.start_date.year,
        Month: event.start_date.month,
        Day: event.start_date.day,
        Headline: event.text.headline,
        Text: `Generated event number ${event.unique_id.slice(1)}.`,
        Group: event.group,
        Location: event.location.name,
        Latitude: event.location.lat,
        Longitude: event.location.lon,
      }),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
