/**
 * The interface's language and its messages. `t` says a message in it; switching loads the other
 * language's messages first, so the page never shows keys or a mix of two languages.
 */
import type { Lang } from '../i18n/languages.ts';
import { loadMessages } from '../i18n/load-messages.ts';
import type { Messages } from '../i18n/messages/en.ts';
import { numberFormatter, translator, type Translate } from '../i18n/translate.ts';

const REMEMBERED_KEY = 'chronology:lang';

export class Language {
  lang: Lang = $state('en');
  #messages: Messages = $state.raw({} as Messages);
  #translate: Translate = $derived(translator(this.lang, this.#messages));
  #number = $derived(numberFormatter(this.lang));
  /** the language last asked for, so that a slow load never wins over a later choice */
  #wanted: Lang;

  /** `messages`: the language's own, loaded already (main.ts loads them before mounting). */
  constructor(
    lang: Lang,
    messages: Messages,
    private readonly load: (lang: Lang) => Promise<Messages> = loadMessages,
  ) {
    this.lang = lang;
    this.#messages = messages;
    this.#wanted = lang;
  }

  /** Says a message in the shown language (a reactive read: text follows a switch). */
  t: Translate = (key, params) => this.#translate(key, params);

  /** A count as the language writes it. */
  number = (value: number): string => this.#number(value);

  /** Shows another language once its messages have arrived. */
  async show(lang: Lang): Promise<void> {
    this.#wanted = lang;
    if (lang === this.lang) return;
    const messages = await this.load(lang);
    if (this.#wanted !== lang) return;
    this.#messages = messages;
    this.lang = lang;
  }
}

export function rememberedLanguage(storage: Storage | undefined = globalThis.localStorage) {
  try {
    return storage?.getItem(REMEMBERED_KEY) ?? null;
  } catch {
    return null; // storage refused (a private window, a sandboxed frame)
  }
}

export function rememberLanguage(
  lang: Lang,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(REMEMBERED_KEY, lang);
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
