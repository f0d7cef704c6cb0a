/** A TimelineJS3 JSON chronology of `count` events, the same for the same seed. */
import { randomLcg } from 'd3';

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
