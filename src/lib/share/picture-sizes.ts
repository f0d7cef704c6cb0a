/**
 * The sizes "Download image" offers: twice the view, or a 16:9 slide in full HD or 4K. Both slide
 * sizes lay the same 960 × 540 frame out and differ only in sharpness, so a deck can swap one for
 * the other without its text changing size.
 */
export const SLIDE_FRAME = { width: 960, height: 540 };

export const PICTURE_SIZES = [
  { key: 'view', label: 'Twice the view', ratio: 2 },
  { key: 'slide', label: 'Slide, 1920 × 1080', frame: SLIDE_FRAME, ratio: 2 },
  { key: 'slide-4k', label: 'Slide, 3840 × 2160 (4K)', frame: SLIDE_FRAME, ratio: 4 },
] as const;

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
