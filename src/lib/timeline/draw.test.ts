import { zoomIdentity } from 'd3';
import { describe, expect, it } from 'vitest';
import { generatedEvents, makeEvent } from '../../../tests/unit/made-events.ts';
import { recordingContext } from '../../../tests/unit/recording-context.ts';
import { DEFAULT_THEME } from '../theme.ts';
import { clusterLabel, drawAxis, drawItems, fitText } from './draw.ts';
import { buildIndex } from '../chronology/time-index.ts';
import { laneGeometry, rowTop } from './lanes.ts';
import { DEFAULT_LAYOUT, layoutFrame, type EventItem } from './layout.ts';
import { baseScale } from '../timescale/scale.ts';
import { ENGLISH_FORMAT } from '../i18n/intl/locale-format.ts';
import { axisTicks } from './ticks.ts';
import { formatFor } from '../../../tests/unit/translator-for.ts';

const domain: [number, number] = [Date.UTC(2003, 0, 1), Date.UTC(2024, 0, 1)];
const width = 1000;
const base = baseScale(domain, width);
const lanes = laneGeometry([{ key: 'a', label: 'A', rows: 2 }]);
const colors = ['#123456'];

function drawn(events = [makeEvent('x', '2010-05-05')], emphasis = {}) {
  const { items } = layoutFrame(buildIndex(events, ['a']), lanes, base, zoomIdentity, width);
  const { ctx, calls } = recordingContext();
  drawItems(ctx, DEFAULT_THEME, items, lanes, colors, emphasis);
  return { calls, items: items as EventItem[] };
}

describe('drawItems', () => {
  it('draws a day-precise event as one solid mark in its series colour', () => {
    const { calls, items } = drawn();
    const fill = calls.find((call) => call.name === 'fillRect')!;
    expect(fill.fillStyle).toBe('#123456');
    expect(fill.globalAlpha).toBe(1);
    expect(fill.args).toEqual([items[0]!.x0, rowTop(lanes[0]!, 0), 4, 12]);
  });

  it('draws a month-precise event faintly across its month, with an outline', () => {
    const { calls } = drawn([makeEvent('m', '2009-05')]);
    expect(calls.find((call) => call.name === 'fillRect')!.globalAlpha).toBeLessThan(0.5);
    expect(calls.some((call) => call.name === 'strokeRect' && call.strokeStyle === '#123456')).toBe(
      true,
    );
  });

  it('draws an uncertain event dashed or hatched', () => {
    const span = drawn([makeEvent('u', '2011', { confidence: 'uncertain' })]).calls;
    expect(span.find((call) => call.name === 'strokeRect')!.lineDash.length).toBeGreaterThan(0);
    const sharp = drawn([makeEvent('u', '2011-05-31', { confidence: 'uncertain' })]).calls;
    const stripes = sharp.filter(
      (call) => call.name === 'fillRect' && call.fillStyle === DEFAULT_THEME.panel,
    );
    expect(stripes.length).toBeGreaterThan(0);
  });

  it('draws an online event hollow', () => {
    const { calls } = drawn([makeEvent('o', '2020-11-26', { online: true })]);
    expect(calls.find((call) => call.name === 'fillRect')!.fillStyle).toBe(DEFAULT_THEME.panel);
    expect(calls.find((call) => call.name === 'strokeRect')!.strokeStyle).toBe('#123456');
  });

  it('outlines the selected event and labels marks that have room', () => {
    const { calls } = drawn([makeEvent('s', '2010-05-05')], { selectedId: 's' });
    expect(calls.filter((call) => call.name === 'strokeRect')).toHaveLength(1);
    expect(calls.find((call) => call.name === 'fillText')!.args[0]).toBe('Event s');
  });

  it('draws no label for the event whose full title is shown over the canvas', () => {
    const { calls } = drawn([makeEvent('s', '2010-05-05')], { selectedId: 's', calloutId: 's' });
    expect(calls.filter((call) => call.name === 'fillText')).toEqual([]);
  });

  it('writes the label of a mark at the end of the domain on its left', () => {
    const { ctx, calls } = recordingContext();
    const items = layoutFrame(
      buildIndex([makeEvent('l', '2023-12-20')], ['a']),
      lanes,
      base,
      zoomIdentity,
      width,
      { ...DEFAULT_LAYOUT, measure: () => 60 },
    ).items as EventItem[];
    expect(items[0]!.label!.side).toBe('left');
    drawItems(ctx, DEFAULT_THEME, items, lanes, colors);
    const text = calls.find((call) => call.name === 'fillText')!;
    expect(text.args[1]).toBeLessThan(items[0]!.x0);
  });

  it('outlines the item under the pointer, matched across frames by what it stands for', () => {
    const { calls } = drawn([makeEvent('h', '2010-05-05')], { hoveredKey: 'h' });
    expect(calls.filter((call) => call.name === 'strokeRect')).toHaveLength(1);
    expect(
      drawn([makeEvent('h', '2010-05-05')], {}).calls.filter((call) => call.name === 'strokeRect'),
    ).toHaveLength(0);
  });

  it('writes the count on a cluster', () => {
    const { calls } = drawn(
      generatedEvents(3000, 1).map((event) => ({
        ...event,
        series: { key: 'a', label: 'A', description: '', color: '#123456', rank: 0 },
      })),
    );
    const counts = calls
      .filter((call) => call.name === 'fillText')
      .map((call) => Number(call.args[0]));
    expect(counts.length).toBeGreaterThan(10);
    expect(counts.every((count) => count > 1)).toBe(true);
  });
});

describe('a cluster’s count', () => {
  it('is written in the interface’s language, thousands shortened', () => {
    const burmese = formatFor('my');
    expect(clusterLabel(12, burmese.count)).toBe(new Intl.NumberFormat('my').format(12));
    expect(clusterLabel(12, burmese.count)).not.toBe('12');
    expect(clusterLabel(3400, burmese.count)).toBe(`${new Intl.NumberFormat('my').format(3.4)}k`);
    expect(clusterLabel(3400)).toBe('3.4k');
    expect(clusterLabel(999)).toBe('999');
  });
});

describe('drawAxis', () => {
  it('writes every tick label', () => {
    const { ctx, calls } = recordingContext();
    const axis = axisTicks(base, (text) => text.length * 6, ENGLISH_FORMAT);
    drawAxis(ctx, DEFAULT_THEME, axis, width, 100);
    const labels = calls.filter((call) => call.name === 'fillText').map((call) => call.args[0]);
    expect(labels).toEqual(axis.minor.map((tick) => tick.label));
    expect(labels).toContain('2010');
  });
});

describe('fitText', () => {
  it('shortens text with an ellipsis to fit', () => {
    const { ctx } = recordingContext();
    expect(fitText(ctx, 'Prosecutors', 100)).toBe('Prosecutors');
    expect(fitText(ctx, 'Prosecutors', 36)).toBe('Prose…');
    expect(fitText(ctx, 'Prosecutors', 5)).toBe('');
  });
});
