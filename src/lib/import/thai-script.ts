/**
 * Whether text reads as Thai. Thai is written in an order that the bytes of a Chinese or Korean
 * file, read as Thai, almost never keep: a vowel or tone mark written above or below sits on a
 * consonant (or on another such mark), a vowel written before its consonant is followed by one,
 * a Thai word does not run into a Latin letter, and about a third of the letters are vowels or
 * marks. Character detectors judge Thai by how often letters follow one another, which a short
 * spreadsheet cell gives them too little of; these rules need no statistics.
 */
// by code point: Thai marks combine with what precedes them, which a character class would hide
const between = (code: number, from: number, to: number) => code >= from && code <= to;
const isConsonant = (code: number) => between(code, 0x0e01, 0x0e2e);
/** vowels and tone marks written above or below the consonant they follow */
const isMark = (code: number) =>
  code === 0x0e31 || between(code, 0x0e34, 0x0e3a) || between(code, 0x0e47, 0x0e4e);
/** vowels written before the consonant they follow in speech */
const isLeadingVowel = (code: number) => between(code, 0x0e40, 0x0e44);
const isVowelOrMark = (code: number) =>
  between(code, 0x0e30, 0x0e3a) || between(code, 0x0e40, 0x0e45) || between(code, 0x0e47, 0x0e4e);
const isThai = (code: number) => between(code, 0x0e01, 0x0e5b);
const isLatin = (code: number) => between(code | 0x20, 0x61, 0x7a);

export interface ThaiReading {
  /** how many Thai letters the text has */
  letters: number;
  /** how many of them are vowels or marks */
  vowels: number;
  /** how many of them break the order Thai is written in */
  misplaced: number;
}

export function readThai(text: string): ThaiReading {
  let letters = 0;
  let vowels = 0;
  let misplaced = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isThai(code)) {
      if (isLeadingVowel(previous) || (isThai(previous) && isLatin(code))) misplaced++;
      previous = code;
      continue;
    }
    letters++;
    if (isVowelOrMark(code)) vowels++;
    if (isMark(code) && !(isConsonant(previous) || isMark(previous))) misplaced++;
    if (isLeadingVowel(previous) && !isConsonant(code)) misplaced++;
    if (isLatin(previous)) misplaced++;
    previous = code;
  }
  return { letters, vowels, misplaced };
}

/** Thai beyond doubt: enough letters, vowels among them, all but a few in Thai order. */
export function looksThai(text: string): boolean {
  const { letters, vowels, misplaced } = readThai(text);
  return letters >= 6 && vowels >= letters * 0.15 && misplaced <= letters * 0.02;
}
