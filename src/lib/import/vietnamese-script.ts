/**
 * Whether text read as windows-1258 is Vietnamese. That code page writes a tone as a mark after
 * its vowel ("ộ" is "ô" and a dot below), and Vietnamese puts a tone on a vowel only; the same
 * bytes read as Western European are letters such as ò and ì that follow consonants (Italian
 * "così", "però"). Detectors need more text than one short cell to tell them apart.
 */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const VOWEL = /[aeiouyâêôơưăAEIOUYÂÊÔƠƯĂ]/;

/** Two tones or more, each on a vowel. */
export function looksVietnamese(text: string): boolean {
  let tones = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TONE.test(text[i]!)) continue;
    if (!VOWEL.test(text[i - 1] ?? '')) return false;
    tones++;
  }
  return tones >= 2;
}
