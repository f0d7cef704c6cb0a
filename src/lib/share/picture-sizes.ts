/**
 * The sizes "Download image" offers: twice the view, or a 16:9 slide in full HD or 4K. Both slide
 * sizes lay the same 960 × 540 frame out and differ only in sharpness, so a deck can swap one for
 * the other without its text changing size.
 */
import type { MessageKey } from '../i18n/translate.ts';

export const SLIDE_FRAME = { width: 960, height: 540 };

interface PictureSize {
  key: string;
  /** the menu's words for the size */
  label: MessageKey;
  /** what a slide's picture measures, said in the label */
  pixels?: string;
  /** the frame laid out, in CSS pixels; none for a picture of the view */
  frame?: { width: number; height: number };
  /** device pixels per CSS pixel */
  ratio: number;
}

export const PICTURE_SIZES = [
  { key: 'view', label: 'share.sizeView', ratio: 2 },
  { key: 'slide', label: 'share.sizeSlide', pixels: '1920 × 1080', frame: SLIDE_FRAME, ratio: 2 },
  {
    key: 'slide-4k',
    label: 'share.sizeSlide4k',
    pixels: '3840 × 2160',
    frame: SLIDE_FRAME,
    ratio: 4,
  },
] as const satisfies readonly PictureSize[];

export type PictureSizeKey = (typeof PICTURE_SIZES)[number]['key'];

/**
 * Pictures of the timeline, for menus outside it: the timeline's own drawing makes them, and the
 * page hands them on, so that a menu needs no timeline code until a picture is asked for.
 */
export interface TimelinePictures {
  /** saves a picture of the view in one of the sizes offered */
  download(size: PictureSizeKey): Promise<void>;
  /** the bare timeline of the view, `width` CSS pixels across and as tall as its lanes need */
  draw(width: number): Promise<DrawnPicture | undefined>;
}

/** A picture as a PNG data URL, and its size in CSS pixels (for its proportions). */
export interface DrawnPicture {
  dataUrl: string;
  width: number;
  height: number;
}
