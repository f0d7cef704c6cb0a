import { describe, expect, it } from 'vitest';
import { AXIS_HEIGHT } from './draw.ts';
import { CREDIT_HEIGHT, MAX_ZOOM, pictureLayout, type PictureLine } from './picture-layout.ts';

/** every character 0.5 em wide */
const measure = (text: string, size: number) => text.length * size * 0.5;
const line = (text: string, maxLines = 1): PictureLine => ({
  text,
  size: 20,
  weight: 600,
  tone: 'ink',
  maxLines,
});
const frame = { width: 960, height: 540 };
const credit = { text: 'Data: example.org', size: 11 };

describe('pictureLayout', () => {
  it('makes a picture of the view as wide as the view and as tall as its content', () => {
    const layout = pictureLayout({
      width: 700,
      header: [line('A chronology')],
      credit,
      timelineHeight: 300,
      measure,
    });
    expect(layout.width).toBe(700);
    expect(layout.timeline).toMatchObject({ width: 700, zoom: 1 });
    expect(layout.height).toBe(layout.timeline.y + 300 + CREDIT_HEIGHT);
  });

  it('fills a slide’s frame exactly, drawing a short timeline larger, never stretched', () => {
    const layout = pictureLayout({
      frame,
      width: 700,
      header: [line('A chronology')],
      credit,
      timelineHeight: 200,
      measure,
    });
    expect([layout.width, layout.height]).toEqual([960, 540]);
    const { timeline } = layout;
    expect(timeline.zoom).toBeGreaterThan(1);
    expect(timeline.zoom).toBeLessThanOrEqual(MAX_ZOOM);
    // the timeline keeps its proportions and stays between the header and the credit
    expect(timeline.y).toBeGreaterThan(layout.lines[0]!.y + 20);
    expect(200 * timeline.zoom).toBeLessThanOrEqual(timeline.height + 0.001);
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(540 - CREDIT_HEIGHT + 0.001);
    expect(layout.credit!.y).toBeGreaterThan(timeline.y + timeline.height);
  });

  it('fits a tall timeline into the frame by making its lanes thinner', () => {
    const layout = pictureLayout({
      frame,
      width: 700,
      header: [],
      credit,
      timelineHeight: 900,
      measure,
    });
    expect(layout.timeline.zoom).toBe(1);
    expect(layout.timeline.lanesRoom! + AXIS_HEIGHT).toBeLessThanOrEqual(540 - CREDIT_HEIGHT);
  });

  it('wraps a long selected title on two lines at most, inside the margins', () => {
    const title =
      'Joint Declaration on ASEAN–China Strategic Partnership for Peace and Prosperity '.repeat(3);
    const layout = pictureLayout({
      frame,
      width: 700,
      header: [line(title, 2)],
      timelineHeight: 300,
      measure,
    });
    expect(layout.lines).toHaveLength(2);
    expect(layout.lines[1]!.text.endsWith('…')).toBe(true);
    for (const placed of layout.lines) {
      expect(placed.x + measure(placed.text, placed.size)).toBeLessThanOrEqual(960 - placed.x);
    }
  });
});
