/**
 * A slide deck (see slide-content.ts) written as a PowerPoint file, which Keynote, LibreOffice
 * Impress and Google Slides open too. 16:9, in the colours of the scheme shown, every text sized
 * here to fit its box (slide-text-fit.ts), since not every app shrinks an overflowing one. This
 * module and pptxgenjs load only when someone asks for slides.
 */
import PptxGenJS from 'pptxgenjs';
import { normalizeHex, seriesColorOn, type Theme } from '../theme.ts';
import type { DrawnPicture } from './picture-sizes.ts';
import type { EventSlide, SlideDeck, TitleSlide } from './slide-content.ts';
import { fitText } from './slide-text-fit.ts';

/** LAYOUT_16x9, in inches */
const SLIDE = { width: 10, height: 5.625 };
const MARGIN = 0.6;
const CONTENT_WIDTH = SLIDE.width - 2 * MARGIN;
/** where the title slide's timeline goes, in inches: its picture, kept in proportion, in the middle */
const PICTURE_BOX = { x: MARGIN, y: 2.05, w: CONTENT_WIDTH, h: 2.8 };
/**
 * A font every app that opens the file has, or has one of the same widths (LibreOffice's
 * Liberation Sans); the page's system font stack means nothing inside a file that travels.
 */
const FONT = 'Arial';
const POINTS_PER_INCH = 72;

type Colors = Record<'paper' | 'ink' | 'soft' | 'accent' | 'rule', string>;

/** A colour as the file writes it: six hex digits, without the '#'. */
function hex(color: string): string {
  const normal = normalizeHex(color);
  if (!normal) throw new RangeError(`a slide colour must be #rgb or #rrggbb, not “${color}”`);
  return normal.slice(1);
}

function colorsOf(theme: Theme): Colors {
  return {
    paper: hex(theme.paper),
    ink: hex(theme.ink),
    soft: hex(theme.inkSoft),
    accent: hex(theme.accent),
    rule: hex(theme.rule),
  };
}

interface Box {
  y: number;
  h: number;
}

/** Text fitted to a box across the content width, `sizes` in points, largest first. */
function addFitted(
  slide: PptxGenJS.Slide,
  text: string,
  box: Box,
  sizes: readonly number[],
  options: PptxGenJS.TextPropsOptions & { label?: string },
) {
  const { label, ...rest } = options;
  const whole = `${label ?? ''}${text}`;
  const points = { width: CONTENT_WIDTH * POINTS_PER_INCH, height: box.h * POINTS_PER_INCH };
  const fitted = fitText(whole, points, sizes);
  const body = fitted.text.slice(label?.length ?? 0);
  const runs: PptxGenJS.TextProps[] = label
    ? [{ text: label, options: { bold: true } }, { text: body }]
    : [{ text: body }];
  slide.addText(runs, {
    x: MARGIN,
    w: CONTENT_WIDTH,
    ...box,
    margin: 0,
    valign: 'top',
    fontFace: FONT,
    fontSize: fitted.fontSize,
    ...rest,
  });
}

function titleSlide(
  pptx: PptxGenJS,
  deck: TitleSlide,
  lang: string,
  colors: Colors,
  picture: DrawnPicture | undefined,
) {
  const slide = pptx.addSlide();
  slide.background = { color: colors.paper };
  addFitted(slide, deck.title, { y: 0.45, h: 1.05 }, [34, 30, 26, 22], {
    bold: true,
    color: colors.ink,
    lang,
  });
  addFitted(slide, deck.filterWords, { y: 1.55, h: 0.42 }, [18, 16, 14, 12], {
    color: colors.soft,
    lang,
  });
  if (picture) {
    // the picture keeps its own proportions inside the box
    const scale = Math.min(PICTURE_BOX.w / picture.width, PICTURE_BOX.h / picture.height);
    const [w, h] = [picture.width * scale, picture.height * scale];
    const [x, y] = [
      PICTURE_BOX.x + (PICTURE_BOX.w - w) / 2,
      PICTURE_BOX.y + (PICTURE_BOX.h - h) / 2,
    ];
    slide.addImage({
      data: picture.dataUrl,
      x,
      y,
      w,
      h,
      altText: deck.pictureCaption,
    });
    slide.addShape(pptx.ShapeType.rect, {
      x,
      y,
      w,
      h,
      line: { color: colors.rule, width: 0.75 },
    });
  }
  addFitted(slide, deck.pictureCaption, { y: 4.93, h: 0.25 }, [11, 10], {
    color: colors.soft,
    lang,
  });
  addFitted(slide, deck.credit, { y: 5.18, h: 0.25 }, [9, 8], { color: colors.soft, lang });
}

/** `lang`: the deck's own words' language; the event's title and summary are in `textLang` */
function eventSlide(
  pptx: PptxGenJS,
  event: EventSlide,
  lang: string,
  colors: Colors,
  theme: Theme,
) {
  const slide = pptx.addSlide();
  slide.background = { color: colors.paper };
  // the series' colour down the left edge, as the list marks an event's series
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.14,
    h: SLIDE.height,
    fill: { color: hex(seriesColorOn(event.seriesColor, theme)) },
    line: { type: 'none' },
  });
  addFitted(slide, event.kicker, { y: 0.32, h: 0.28 }, [12, 11, 10], {
    color: colors.soft,
    lang,
  });
  addFitted(slide, event.title, { y: 0.66, h: 1.0 }, [28, 24, 21, 18], {
    bold: true,
    color: colors.ink,
    lang: event.textLang,
  });
  addFitted(slide, event.date, { y: 1.74, h: 0.36 }, [18, 16, 14], {
    bold: true,
    color: colors.accent,
    lang,
  });
  let y = 2.16;
  addFitted(slide, event.place, { y, h: 0.27 }, [13, 12, 11], {
    label: event.placeLabel,
    color: colors.ink,
    lang,
  });
  y += 0.3;
  if (event.states !== undefined) {
    addFitted(slide, event.states, { y, h: 0.46 }, [13, 12, 11, 10], {
      label: event.statesLabel,
      color: colors.ink,
      lang,
    });
    y += 0.52;
  }
  const summaryBottom = 4.8;
  addFitted(slide, event.summary, { y: y + 0.04, h: summaryBottom - y - 0.04 }, [18, 16, 14, 12], {
    color: colors.ink,
    lang: event.textLang,
  });
  slide.addShape(pptx.ShapeType.line, {
    x: MARGIN,
    y: 4.87,
    w: CONTENT_WIDTH,
    h: 0,
    line: { color: colors.rule, width: 0.75 },
  });
  addFitted(slide, event.sourceLine, { y: 4.93, h: 0.24 }, [11, 10, 9], {
    color: colors.soft,
    lang,
  });
  if (event.link) {
    slide.addText([{ text: event.link, options: { hyperlink: { url: event.link } } }], {
      x: MARGIN,
      y: 5.18,
      w: CONTENT_WIDTH,
      h: 0.24,
      margin: 0,
      valign: 'top',
      fontFace: FONT,
      fontSize: fitText(
        event.link,
        { width: CONTENT_WIDTH * POINTS_PER_INCH, height: 17 },
        [11, 10, 9, 8],
      ).fontSize,
      color: colors.accent,
    });
  }
  slide.addNotes(event.notes);
}

/** The deck as the bytes of a .pptx file. */
export async function slidesPptx(
  deck: SlideDeck,
  theme: Theme,
  picture?: DrawnPicture,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title.title;
  pptx.subject = deck.title.filterWords;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const colors = colorsOf(theme);
  titleSlide(pptx, deck.title, deck.lang, colors, picture);
  for (const event of deck.events) eventSlide(pptx, event, deck.lang, colors, theme);
  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
