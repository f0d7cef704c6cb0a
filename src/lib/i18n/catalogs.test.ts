import { describe, expect, it } from 'vitest';
import { isPlural, placeholdersOf, type Message } from './catalog.ts';
import { LANGUAGES, type Lang } from './languages.ts';
import { loadMessages } from './load-messages.ts';
import { messages as en } from './messages/en.ts';

/** Every message of a catalog by its dotted key. */
function flatten(node: object, prefix = ''): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === 'string' || isPlural(value)) out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as object, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);
const english = flatten(en);
const catalogs = await Promise.all(
  LANGUAGES.map(async (lang) => [lang, flatten(await loadMessages(lang))] as const),
);

describe('the message catalogs', () => {
  it('number more than two hundred messages in English', () => {
    expect(english.size).toBeGreaterThan(200);
  });

  it.each(catalogs)('%s has every English key and no other', (_, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(catalogs)('%s leaves no message empty', (lang, messages) => {
    for (const [key, message] of messages)
      for (const text of forms(message)) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it.each(catalogs)('%s uses the same placeholders as English in every form', (lang, messages) => {
    for (const [key, message] of messages) {
      const expected = placeholdersOf(forms(english.get(key)!).at(-1)!);
      for (const text of forms(message))
        expect(placeholdersOf(text), `${lang} ${key}: ${text}`).toEqual(expected);
    }
  });

  it.each(catalogs)('%s has a form for each of its plural categories', (lang, messages) => {
    const categories = new Intl.PluralRules(lang as Lang).resolvedOptions().pluralCategories;
    for (const [key, message] of messages) {
      if (!isPlural(english.get(key))) continue;
      expect(isPlural(message), `${lang} ${key} is plural`).toBe(true);
      for (const category of categories)
        expect(
          (message as Record<string, string>)[category],
          `${lang} ${key}.${category}`,
        ).toBeTruthy();
    }
  });

  it('keeps the abbreviations of bodies as they are in every language', () => {
    for (const [lang, messages] of catalogs) {
      for (const [key, message] of english) {
        for (const abbreviation of ['ASEAN', 'CSV', 'JSON', 'TimelineJS', 'CORS']) {
          if (!forms(message).some((text) => text.includes(abbreviation))) continue;
          const kept = forms(messages.get(key)!).every((text) => text.includes(abbreviation));
          // ASEAN is written in the script of Thai, Khmer, Lao, Burmese and Chinese
          if (abbreviation === 'ASEAN' && ['th', 'km', 'lo', 'my', 'zh-Hans'].includes(lang))
            continue;
          expect(kept, `${lang} ${key} keeps ${abbreviation}`).toBe(true);
        }
      }
    }
  });
});
