/**
 * Looking a message up and filling in its placeholders: numbers written as the language writes
 * them, a plural form chosen by the language's rules. Pure, so scripts and tests use it too.
 */
import { isPlural, type KeyOf, type Message } from './catalog.ts';
import type { Messages } from './messages/en.ts';

export type MessageKey = KeyOf<Messages>;

/**
 * A message to be said later, in whatever language the reader has then: what the import worker
 * and other pure code report. A parameter may itself be one ("the first in {record}").
 */
export interface Said {
  key: MessageKey;
  params?: Params;
}

export type Params = Readonly<Record<string, string | number | Said>>;

/** A function that says a message in one language. */
export type Translate = (key: MessageKey, params?: Params) => string;

export const said = (key: MessageKey, params?: Params): Said =>
  params ? { key, params } : { key };

/** Says a reported message. */
export const say = (t: Translate, message: Said): string => t(message.key, message.params);

function lookup(messages: Messages, key: string): Message | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' || isPlural(node) ? node : undefined;
}

/** How a language writes a count and which of a message's plural forms a count takes. */
export interface CountWords {
  count(value: number): string;
  plural(count: number): Intl.LDMLPluralRule;
}

/**
 * `words`: how the language writes counts, its LocaleFormat (i18n/intl/), which also knows the
 * languages the browser lacks.
 */
export function translator(messages: Messages, words: CountWords): Translate {
  const translate: Translate = (key, params = {}) => {
    const message = lookup(messages, key);
    if (message === undefined) return key;
    const count = params.count;
    const text = isPlural(message)
      ? ((typeof count === 'number' ? message[words.plural(count)] : undefined) ?? message.other)
      : message;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') return words.count(value);
      return typeof value === 'string' ? value : translate(value.key, value.params);
    });
  };
  return translate;
}
