import type { Lang } from '../i18n/languages.ts';
import type { ColorScheme } from '../theme.ts';

/** How the page is shown, as the link chose: embedded, with the map, presenting, in a scheme. */
export interface Modes {
  embed?: boolean;
  map?: boolean;
  present?: boolean;
  /** an embed as tall as its content (its host sizes the frame), not filling a fixed frame */
  autosize?: boolean;
  /** the colour scheme the link asks for; none follows the reader's preference */
  theme?: ColorScheme;
  /** the interface's language the link asks for (or the reader picked); none lets them choose */
  lang?: Lang;
}

export class DisplayModes {
  embed = $state(false);
  showMap = $state(false);
  present = $state(false);
  autosize = $state(false);
  theme: ColorScheme | undefined = $state();
  lang: Lang | undefined = $state();

  constructor(modes: Modes = {}) {
    this.set(modes);
  }

  set(modes: Modes) {
    this.embed = modes.embed ?? false;
    this.showMap = modes.map ?? false;
    this.present = modes.present ?? false;
    this.autosize = modes.autosize ?? false;
    this.theme = modes.theme;
    this.lang = modes.lang;
  }
}
