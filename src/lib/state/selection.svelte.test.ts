import { describe, expect, it } from 'vitest';
import { sampleChronology } from '../../../tests/unit/sample-chronology.ts';
import { Selection } from './selection.svelte.ts';
import { ShownChronology } from './shown-chronology.svelte.ts';

function loaded() {
  const shown = new ShownChronology();
  shown.load(sampleChronology());
  return new Selection(shown);
}

describe('Selection', () => {
  it('selects a linked event under the id it has now', () => {
    const selection = loaded();
    selection.selectLinked('2023-12-06-pgc-13-ha-noi'); // renamed in aliases.yaml
    expect(selection.selectedId).toBe('2023-12-06-pgc-13-hanoi');
    expect(selection.selected?.title).toMatch(/13th Prosecutors-General/);
    expect(selection.missingEventId).toBeUndefined();
  });

  it('keeps an unknown id aside until the reader picks an event', () => {
    const selection = loaded();
    selection.selectLinked('1999-01-01-no-such-event');
    expect(selection.selected).toBeUndefined();
    expect(selection.missingEventId).toBe('1999-01-01-no-such-event');
    selection.select('2021-04-arf-webinar');
    expect(selection.missingEventId).toBeUndefined();
  });
});
