/**
 * The interface's language: its messages and its format (dates, counts, names of states). `t`
 * says a message in it; switching loads the other language's messages and format together first,
 * so the page never shows keys, nor a Khmer interface with English dates.
 */
import { loadLocaleFormat } from '../i18n/intl/load-locale-format.ts';
import type { LocaleFormat } from '../i18n/intl/locale-format.ts';
import type { ChronologyLocalizer } from '../i18n/intl/localize-chronology.ts';
import type { Lang } from '../i18n/languages.ts';
import { loadMessages } from '../i18n/load-messages.ts';
import type { Messages } from '../i18n/messages/en.ts';
import { translator, type Translate } from '../i18n/translate.ts';

const REMEMBERED_COOKIE = 'chronology-lang';

/** What the page needs of a language before it shows it. */
export interface LanguageParts {
  messages: Messages;
  format: LocaleFormat;
  /** how a chronology is shown in it; none for English, in which it is shown as recorded */
  localizer?: ChronologyLocalizer;
}

/**
 * A language's messages, its format and, for a language other than English, the localizer,
 * fetched side by side (each is a chunk of its own, none of them in the first script).
 */
export async function loadLanguage(lang: Lang): Promise<LanguageParts> {
  const [messages, format, localizer] = await Promise.all([
    loadMessages(lang),
    loadLocaleFormat(lang),
    lang === 'en' ? undefined : import('../i18n/intl/localize-chronology.ts'),
  ]);
  return { messages, format, localizer };
}

export class Language {
  lang: Lang = $state('en');
  #messages: Messages = $state.raw({} as Messages);
  /** how the language writes dates, counts and the names of states */
  format: LocaleFormat;
  /** how the chronology is shown in the language (ShownChronology asks) */
  localizer: ChronologyLocalizer | undefined = $state.raw();
  #translate: Translate = $derived.by(() => translator(this.#messages, this.format));
  /** the language last asked for, so that a slow load never wins over a later choice */
  #wanted: Lang;

  /** `parts`: the language's own, loaded already (main.ts loads them before mounting). */
  constructor(
    lang: Lang,
    parts: LanguageParts,
    private readonly load: (lang: Lang) => Promise<LanguageParts> = loadLanguage,
  ) {
    this.lang = lang;
    this.#messages = parts.messages;
    this.format = $state.raw(parts.format);
    this.localizer = parts.localizer;
    this.#wanted = lang;
  }

  /** Says a message in the shown language (a reactive read: text follows a switch). */
  t: Translate = (key, params) => this.#translate(key, params);

  /** A count as the language writes it. */
  number = (value: number): string => this.format.count(value);

  /** Shows another language once its messages and format have arrived, both at once. */
  async show(lang: Lang): Promise<void> {
    this.#wanted = lang;
    if (lang === this.lang) return;
    const parts = await this.load(lang);
    if (this.#wanted !== lang) return;
    this.#messages = parts.messages;
    this.format = parts.format;
    this.localizer = parts.localizer;
    this.lang = lang;
  }
}

/**
 * Where the reader's choice is kept: a cookie of the site's own, which early-theme.js reads too.
 * Not localStorage: its first use on a visit opens the storage area, 20–40 ms on this machine
 * (four times that on a phone) before anything is drawn.
 */
export interface CookieJar {
  cookie: string;
}

const REMEMBERED = new RegExp(`(?:^|;\\s*)${REMEMBERED_COOKIE}=([^;]*)`);

export function rememberedLanguage(jar: CookieJar | undefined = globalThis.document) {
  try {
    const value = jar?.cookie.match(REMEMBERED)?.[1];
    return value === undefined ? null : decodeURIComponent(value);
  } catch {
    return null; // cookies refused (a sandboxed frame)
  }
}

export function rememberLanguage(
  lang: Lang,
  jar: CookieJar | undefined = globalThis.document,
): void {
  try {
    if (jar)
      jar.cookie = `${REMEMBERED_COOKIE}=${encodeURIComponent(lang)}; Max-Age=31536000; Path=${import.meta.env.BASE_URL}; SameSite=Lax`;
  } catch {
    // not remembered: the link still carries it
  }
}

/**
 * Shows the language a link asks for (Back to a link with another `?lang=`, the picker) and keeps
 * `<html lang>` on the language shown, so that screen readers and line breaking follow it.
 */
export function followLinkedLanguage(
  linked: () => Lang | undefined,
  language: Language,
  root: HTMLElement,
): () => void {
  return $effect.root(() => {
    $effect.pre(() => {
      const lang = linked();
      if (lang) void language.show(lang);
    });
    $effect.pre(() => {
      if (root.lang !== language.lang) root.lang = language.lang;
    });
  });
}
