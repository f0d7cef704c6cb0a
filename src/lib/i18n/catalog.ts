/**
 * The shape of a message catalog. `messages/en.ts` defines the keys; every other language's
 * catalog is typed against it, so a missing or misspelt key fails type-checking. A message is a
 * string with `{name}` placeholders, or its plural forms chosen by `Intl.PluralRules` from the
 * `count` parameter (only `other` is required: a language whose rules have one form needs no more).
 */

export type PluralCategory = Intl.LDMLPluralRule;

export type Plural = { other: string } & Partial<Record<Exclude<PluralCategory, 'other'>, string>>;

export type Message = string | Plural;

/** The catalog shape of `T`, with every text widened to `string` and every plural to `Plural`. */
export type CatalogOf<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends { other: string }
      ? Plural
      : CatalogOf<T[K]>;
};

/** "toolbar.search": the dotted path of every message in a catalog. */
export type KeyOf<T> = {
  [K in keyof T & string]: T[K] extends Message ? K : `${K}.${KeyOf<T[K]>}`;
}[keyof T & string];

export function isPlural(message: unknown): message is Plural {
  return typeof message === 'object' && message !== null && 'other' in message;
}

/** The names of a message's `{placeholders}`, sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}
