/**
 * The interface's languages: BCP 47 tags as `<html lang>`, `?lang=` and message catalogs use them.
 * Chinese is Simplified (`zh-Hans`); each language is named in itself for the picker.
 */
export const LANGUAGES = [
  'en',
  'vi',
  'zh-Hans',
  'th',
  'id',
  'ms',
  'km',
  'lo',
  'my',
  'fil',
] as const;

export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, as the picker lists it. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  km: 'ខ្មែរ',
  lo: 'ລາວ',
  my: 'မြန်မာ',
  fil: 'Filipino',
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
