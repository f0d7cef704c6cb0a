/**
 * The encodings a reader may choose to read a file in, by the names people know them by, in the
 * interface's language: apart from the detector (text-encoding.ts), so the page can offer them
 * without loading it. The key is the WHATWG name that TextDecoder takes.
 */
import type { MessageKey, Translate } from '../i18n/translate.ts';

export const ENCODING_NAMES = {
  'utf-8': 'encodings.utf8',
  'windows-1252': 'encodings.windows1252',
  'windows-874': 'encodings.windows874',
  'windows-1258': 'encodings.windows1258',
  gb18030: 'encodings.gb18030',
  big5: 'encodings.big5',
  shift_jis: 'encodings.shiftJis',
  'euc-jp': 'encodings.eucJp',
  'euc-kr': 'encodings.eucKr',
  'windows-1250': 'encodings.windows1250',
  'windows-1251': 'encodings.windows1251',
  'windows-1253': 'encodings.windows1253',
  'windows-1254': 'encodings.windows1254',
  'windows-1255': 'encodings.windows1255',
  'windows-1256': 'encodings.windows1256',
  'windows-1257': 'encodings.windows1257',
  'utf-16le': 'encodings.utf16le',
  'utf-16be': 'encodings.utf16be',
} as const satisfies Record<string, MessageKey>;

const isListed = (encoding: string): encoding is keyof typeof ENCODING_NAMES =>
  Object.hasOwn(ENCODING_NAMES, encoding);

/** The name a reader knows an encoding by; the WHATWG name for one not listed. */
export function encodingName(encoding: string, t: Translate): string {
  return isListed(encoding) ? t(ENCODING_NAMES[encoding]) : encoding;
}
