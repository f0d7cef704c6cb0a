import { describe, expect, it } from 'vitest';
import { markKinds, NO_MARKS } from './mark-kinds.ts';
import { makeEvent } from '../../../tests/unit/made-events.ts';

describe('the marks a legend explains', () => {
  it('are those the events are drawn with', () => {
    expect(markKinds([makeEvent('a', '2004-01-10'), makeEvent('b', '2005')])).toEqual({
      day: true,
      span: true,
      uncertain: false,
      online: false,
    });
    expect(
      markKinds([
        makeEvent('c', '2004-01-10', { confidence: 'uncertain' }),
        makeEvent('d', '2004-02-10', { online: true }),
      ]),
    ).toEqual({ day: true, span: false, uncertain: true, online: true });
  });

  it('leave out "held online" where the only online event is known to its month alone', () => {
    expect(markKinds([makeEvent('e', '2004-03', { online: true })]).online).toBe(false);
  });

  it('are none for no events', () => {
    expect(markKinds([])).toEqual({ day: false, span: false, uncertain: false, online: false });
  });

  it('add to the kinds found in earlier batches, leaving those as they were', () => {
    const first = markKinds([makeEvent('a', '2004-01-10')]);
    const both = markKinds([makeEvent('b', '2005')], first);
    expect(both).toEqual({ day: true, span: true, uncertain: false, online: false });
    expect(first.span).toBe(false);
    expect(NO_MARKS).toEqual({ day: false, span: false, uncertain: false, online: false });
  });
});
