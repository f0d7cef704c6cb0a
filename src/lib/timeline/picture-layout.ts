/**
 * Where things go in a picture of the timeline: the lines of text above it, the timeline, and the
 * credit below. A picture of the view is as wide as the view and as tall as its content; a picture
 * for a slide fills a frame of fixed size (16:9), the timeline drawn larger where the frame has
 * room, its lanes thinner where it has not, and never stretched.
 */
import { wrapText } from '../share/wrap-text.ts';
import { AXIS_HEIGHT } from './draw.ts';

export interface PictureLine {
  text: string;
  /** in CSS pixels */
  size: number;
  weight: 400 | 600;
  tone: 'ink' | 'soft' | 'accent';
  /** a long title may take two lines; the rest is cut with an ellipsis */
  maxLines: number;
  /** room above the line, in CSS pixels, to set it apart from the one before */
  gapAbove?: number;
}

/** A line of text placed in the picture, from its top-left corner. */
export interface PlacedLine extends Omit<PictureLine, 'maxLines' | 'gapAbove'> {
  x: number;
  y: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  lines: PlacedLine[];
  /**
   * The timeline is drawn `width / zoom` wide and scaled by `zoom`, in the middle of `height`;
   * with `lanesRoom` its lanes are fitted into that many pixels.
   */
  timeline: {
    x: number;
    y: number;
    width: number;
    height: number;
    zoom: number;
    lanesRoom?: number;
  };
  /** the credit's left end and vertical middle */
  credit?: { text: string; size: number; x: number; y: number };
}

export interface PictureRequest {
  /** a frame of fixed size, in CSS pixels; without one the picture is `width` wide, as tall as it needs */
  frame?: { width: number; height: number };
  width: number;
  header: readonly PictureLine[];
  credit?: { text: string; size: number };
  /** the height of the lanes and the axis at their regular size */
  timelineHeight: number;
  measure: (text: string, size: number, weight: number) => number;
}

/** The room kept free around a slide's content, and around a picture of the view. */
export const FRAME_MARGIN = 28;
export const VIEW_MARGIN = 8;
/** line height of the header, in ems */
const LINE_STEP = 1.35;
export const CREDIT_HEIGHT = 26;
/** how much larger than on screen the timeline may be drawn in a frame with room to spare */
export const MAX_ZOOM = 2;

export function pictureLayout(request: PictureRequest): PictureLayout {
  const { frame, header, credit } = request;
  const width = frame?.width ?? request.width;
  const margin = frame ? FRAME_MARGIN : VIEW_MARGIN;
  const lines: PlacedLine[] = [];
  let y = frame ? margin : 6;
  for (const { maxLines, gapAbove = 0, ...line } of header) {
    y += gapAbove;
    const measure = (text: string) => request.measure(text, line.size, line.weight);
    for (const text of wrapText(line.text, width - 2 * margin, measure, maxLines).lines) {
      lines.push({ ...line, text, x: margin, y });
      y += line.size * LINE_STEP;
    }
  }
  const top = header.length > 0 ? y + 6 : frame ? margin : 0;
  const creditRoom = credit ? CREDIT_HEIGHT : frame ? margin : 0;
  const natural = request.timelineHeight;
  const x = frame ? margin : 0;
  const timelineWidth = width - 2 * x;
  const placeCredit = (height: number) =>
    credit && { ...credit, x: margin, y: height - CREDIT_HEIGHT / 2 };

  if (!frame) {
    const height = top + natural + creditRoom;
    const timeline = { x, y: top, width: timelineWidth, height: natural, zoom: 1 };
    return { width, height, lines, timeline, credit: placeCredit(height) };
  }
  const room = frame.height - top - creditRoom;
  if (natural > room) {
    // too many rows for the frame: the lanes give up height as they do on a short screen
    const lanesRoom = room - AXIS_HEIGHT;
    const timeline = { x, y: top, width: timelineWidth, height: room, zoom: 1, lanesRoom };
    return { ...frame, lines, timeline, credit: placeCredit(frame.height) };
  }
  const zoom = Math.min(MAX_ZOOM, room / natural);
  const timeline = { x, y: top, width: timelineWidth, height: room, zoom };
  return { ...frame, lines, timeline, credit: placeCredit(frame.height) };
}
