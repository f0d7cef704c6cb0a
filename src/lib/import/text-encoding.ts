/**
 * Which encoding a file's text is in. A CSV saved by Excel on a Thai, Vietnamese, Chinese or
 * Western European Windows is not UTF-8 but windows-874, windows-1258, GBK (GB18030), Big5 or
 * windows-1252. UTF-8 and UTF-16 are known for sure, by their byte-order mark or because the
 * bytes are valid in them; anything else is a guess by chardet (ICU's detector, maintained on npm),
 * checked against the rules Thai and Vietnamese are written by, which a short file gives chardet
 * too little text to see. The reader is told which was used, and may choose another.
 */
import { analyse } from 'chardet';
import { said } from '../i18n/translate.ts';
import { ImportError } from './imported-chronology.ts';
import { looksThai } from './thai-script.ts';
import { looksVietnamese } from './vietnamese-script.ts';

export interface TextEncoding {
  /** the WHATWG name TextDecoder takes: "utf-8", "windows-874", "gb18030" */
  encoding: string;
  /** bom: marked in the file; valid: its bytes are valid only so; guessed; chosen by the reader */
  how: 'bom' | 'valid' | 'guessed' | 'chosen';
}

/** TextDecoder's own name for a label ("GB18030" → "gb18030"); undefined for one it cannot read. */
export function decoderName(label: string): string | undefined {
  try {
    const { encoding } = new TextDecoder(label);
    // ISO-2022-KR and -CN decode to nothing but U+FFFD (the "replacement" decoder)
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

/** CJK double-byte encodings: chardet says 100 once it has seen their common characters. */
const DOUBLE_BYTE = new Set(['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr']);
/** Enough of a file to judge it: its lines that hold bytes beyond ASCII, up to this many bytes. */
const SAMPLE_BYTES = 64 * 1024;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((byte, index) => bytes[index] === byte);
}

/** The text, when the bytes are valid in the encoding; undefined when they are not. */
function strictly(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every other byte,
 * after each character (little-endian) or before it (big-endian).
 */
function utf16ByZeros(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = head.length / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** The lines of the file that hold non-ASCII bytes: a CSV's ASCII commas and digits tell nothing. */
function sample(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let beyondAscii = false;
  for (let i = 0; i <= bytes.length && size < SAMPLE_BYTES; i++) {
    const byte = bytes[i];
    if (byte === undefined || byte === 0x0a) {
      if (beyondAscii) {
        parts.push(bytes.subarray(start, i + 1));
        size += i + 1 - start;
      }
      start = i + 1;
      beyondAscii = false;
    } else if (byte >= 0x80) beyondAscii = true;
  }
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/**
 * Where chardet is as sure of two (a few Chinese characters are valid GBK and valid Big5 alike),
 * the one more files in the region are written in: Simplified Chinese before Traditional.
 */
const PREFERRED = ['gb18030', 'big5', 'windows-1258', 'windows-1252'];
const preference = (encoding: string) => {
  const at = PREFERRED.indexOf(encoding);
  return at === -1 ? PREFERRED.length : at;
};

/**
 * The second bytes of the pairs a double-byte encoding would read: how many are ASCII letters or
 * signs (0x40–0x7E) and how many are high. An accented letter in a Western word ("Málaga") is a
 * high byte before an ASCII one, which GBK and Big5 both accept as one character.
 */
function trailBytes(bytes: Uint8Array): { ascii: number; high: number } {
  let ascii = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x81) continue;
    const trail = bytes[i + 1] ?? 0;
    // GB18030's four-byte characters have a digit second
    if (trail >= 0x30 && trail <= 0x39) i += 3;
    else {
      if (trail >= 0x40 && trail <= 0x7e) ascii++;
      else if (trail >= 0x80) high++;
      i++;
    }
  }
  return { ascii, high };
}

/**
 * Whether a double-byte guess chardet is unsure of is better left for a single-byte one: GBK's
 * common characters never have an ASCII second byte, and Big5 text has high ones too.
 */
function unlikelyDoubleByte(encoding: string, lines: Uint8Array): boolean {
  const { ascii, high } = trailBytes(lines);
  if (encoding === 'gb18030') return ascii > 0;
  return ascii > 0 && high === 0;
}

/** Guesses a legacy encoding: chardet's ranking, Thai or Vietnamese first when the text reads so. */
function guess(bytes: Uint8Array): string {
  const lines = sample(bytes);
  const candidates = analyse(lines)
    .map((match) => ({ encoding: decoderName(match.name), confidence: match.confidence }))
    .filter((match): match is { encoding: string; confidence: number } => !!match.encoding)
    .filter((match) => !match.encoding.startsWith('utf-'))
    .sort((a, b) => b.confidence - a.confidence || preference(a.encoding) - preference(b.encoding));
  const best = candidates.find(
    (match) =>
      !DOUBLE_BYTE.has(match.encoding) ||
      match.confidence >= 100 ||
      !unlikelyDoubleByte(match.encoding, lines),
  );
  // Thai bytes pair up as valid but rare Chinese or Korean characters, which chardet may still
  // rank first; it is sure of real Chinese or Korean text (100) once it sees common characters.
  const sureDoubleByte = best && DOUBLE_BYTE.has(best.encoding) && best.confidence >= 100;
  if (!sureDoubleByte) {
    const thai = strictly(lines, 'windows-874');
    if (thai !== undefined && looksThai(thai)) return 'windows-874';
  }
  if (!best || !DOUBLE_BYTE.has(best.encoding)) {
    const vietnamese = strictly(lines, 'windows-1258');
    if (vietnamese !== undefined && looksVietnamese(vietnamese)) return 'windows-1258';
  }
  return best?.encoding ?? 'windows-1252';
}

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * A file's text, in the encoding the reader chose or else the one found; a byte-order mark is not
 * part of it. Bytes that are neither UTF-16 nor text (a zero byte) are refused.
 */
export function readText(bytes: Uint8Array, chosen?: string): DecodedText {
  const decode = (encoding: string, how: TextEncoding['how']): DecodedText => {
    // TextDecoder drops a byte-order mark of its own encoding
    const text = new TextDecoder(encoding).decode(bytes);
    // Windows-1258 writes Vietnamese tones as marks after the letter ("ô" and a dot below):
    // composed ("ộ"), the text is what the reader types when searching
    return {
      text: encoding.startsWith('utf-') ? text : text.normalize('NFC'),
      encoding: { encoding, how },
    };
  };
  const head = bytes.subarray(0, 8192);
  const utf16 = utf16ByZeros(head);
  if (chosen) {
    if (!chosen.startsWith('utf-16') && head.includes(0)) throw binary();
    return decode(chosen, 'chosen');
  }
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return decode('utf-8', 'bom');
  if (hasBom(bytes, 0xff, 0xfe)) return decode('utf-16le', 'bom');
  if (hasBom(bytes, 0xfe, 0xff)) return decode('utf-16be', 'bom');
  const asUtf16 = utf16 && strictly(bytes, utf16);
  if (utf16 && asUtf16 !== undefined)
    return { text: asUtf16, encoding: { encoding: utf16, how: 'valid' } };
  if (head.includes(0)) throw binary();
  const asUtf8 = strictly(bytes, 'utf-8');
  if (asUtf8 !== undefined) return { text: asUtf8, encoding: { encoding: 'utf-8', how: 'valid' } };
  return decode(guess(bytes), 'guessed');
}

const binary = () => new ImportError(said('importErrors.binary'));
