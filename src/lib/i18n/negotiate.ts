/**
 * Which of the interface's languages a reader gets: the link's (`?lang=`), else the one they chose
 * before, else the first of their browser's languages we have, else English.
 */
import { DEFAULT_LANG, isLang, type Lang } from './languages.ts';

/** Tagalog, which browsers may send for the Philippines' national language. */
const ALIASES: Record<string, Lang> = { tl: 'fil' };

/** The language of ours a BCP 47 tag asks for, if any ("vi-VN" → vi, "zh-Hant-TW" → none). */
export function matchLanguage(tag: string): Lang | undefined {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if (!lower) return undefined;
  const parts = lower.split('-');
  const primary = parts[0]!;
  if (primary === 'zh') {
    // Traditional Chinese is not Simplified: Taiwan, Hong Kong and Macao, or an explicit Hant
    if (parts.includes('hant') || ['tw', 'hk', 'mo'].some((region) => parts.includes(region)))
      return undefined;
    return 'zh-Hans';
  }
  return ALIASES[primary] ?? (isLang(primary) ? primary : undefined);
}

/** The first of the reader's languages that we have. */
export function negotiateLanguage(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return undefined;
}

export function chooseLanguage(choices: {
  /** `?lang=` of the address, already checked */
  linked?: Lang;
  /** what the reader chose before, as stored (anything) */
  remembered?: string | null;
  /** navigator.languages */
  preferred?: readonly string[];
}): Lang {
  if (choices.linked) return choices.linked;
  if (isLang(choices.remembered)) return choices.remembered;
  return negotiateLanguage(choices.preferred ?? []) ?? DEFAULT_LANG;
}
