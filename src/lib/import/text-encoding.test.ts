import { describe, expect, it } from 'vitest';
import { HEADLINES, legacySheet } from '../../../tests/unit/legacy-encoding.ts';
import { readImportBytes } from './read-import.ts';
import { english } from '../i18n/english.ts';
import { messages as vi } from '../i18n/messages/vi.ts';
import { translatorFor } from '../../../tests/unit/translator-for.ts';
import { ENCODING_NAMES, encodingName } from './encoding-names.ts';
import { decoderName, readText } from './text-encoding.ts';

const titles = (bytes: Uint8Array, encoding?: string) =>
  readImportBytes(bytes, undefined, encoding).chronology.events.map((event) => event.title);

describe('a CSV saved by Excel on a Windows in the region', () => {
  it.each(Object.keys(HEADLINES))('is read as %s, its headlines as written', (encoding) => {
    const reading = readImportBytes(legacySheet(encoding));
    expect(reading.encoding).toEqual({ encoding, how: 'guessed' });
    expect(reading.chronology.events.map((event) => event.title)).toEqual(
      HEADLINES[encoding]!.map((headline) => headline.normalize('NFC')),
    );
  });

  it.each([
    ['windows-874', 'กรุงเทพมหานคร'],
    ['gb18030', '北京会议'],
    ['big5', '東協會議'],
    ['windows-1252', 'Málaga'],
  ])('is read as %s with a single short headline too', (encoding, headline) => {
    expect(readImportBytes(legacySheet(encoding, [headline])).encoding?.encoding).toBe(encoding);
  });

  it('is read again in the encoding the reader chooses, when the guess was wrong', () => {
    // one tone is too little to tell Vietnamese apart: "Huế" is guessed to be something else
    const bytes = legacySheet('windows-1258', ['Huế']);
    const guessed = readImportBytes(bytes);
    expect(guessed.encoding?.encoding).not.toBe('windows-1258');
    expect(guessed.chronology.events[0]!.title).not.toBe('Huế');
    const reading = readImportBytes(bytes, undefined, 'windows-1258');
    expect(reading.encoding).toEqual({ encoding: 'windows-1258', how: 'chosen' });
    expect(titles(bytes, 'windows-1258')).toEqual(['Huế']);
  });
});

describe('readText', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('knows UTF-8 by its validity, and by its byte-order mark', () => {
    expect(readText(utf8('Year,Headline\n2001,Hà Nội')).encoding).toEqual({
      encoding: 'utf-8',
      how: 'valid',
    });
    const marked = readText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Hà Nội')]));
    expect(marked).toEqual({ text: 'Hà Nội', encoding: { encoding: 'utf-8', how: 'bom' } });
  });

  it('knows UTF-16 without a byte-order mark by the zeros of its ASCII', () => {
    const text = 'Year,Headline\r\n2001,東京 and Hà Nội\r\n';
    const units = [...text].map((char) => char.charCodeAt(0));
    const little = new Uint8Array(units.flatMap((unit) => [unit & 0xff, unit >> 8]));
    const big = new Uint8Array(units.flatMap((unit) => [unit >> 8, unit & 0xff]));
    expect(readText(little)).toEqual({ text, encoding: { encoding: 'utf-16le', how: 'valid' } });
    expect(readText(big)).toEqual({ text, encoding: { encoding: 'utf-16be', how: 'valid' } });
  });

  it('refuses bytes that are not text, whichever encoding is chosen', () => {
    const bytes = new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x07, 0x42, 0x43, 0x00, 0x00]);
    expect(() => readText(bytes)).toThrow(/binary/);
    expect(() => readText(bytes, 'windows-1252')).toThrow(/binary/);
  });
});

describe('encoding names', () => {
  it('are what TextDecoder calls them, and how a reader knows them', () => {
    expect(decoderName('GB18030')).toBe('gb18030');
    expect(decoderName('GBK')).toBe('gbk');
    expect(decoderName('ISO-8859-1')).toBe('windows-1252');
    expect(decoderName('ISO-2022-KR')).toBeUndefined();
    expect(decoderName('UTF-32LE')).toBeUndefined();
    expect(encodingName('windows-874', english)).toBe('Thai (Windows-874)');
  });

  it('are said in the reader’s language, the technical name kept', () => {
    const vietnamese = translatorFor('vi', vi);
    expect(encodingName('windows-1258', vietnamese)).toBe(vi.encodings.windows1258);
    expect(encodingName('windows-1258', vietnamese)).toContain('(Windows-1258)');
    expect(encodingName('iso-8859-2', vietnamese)).toBe('iso-8859-2');
  });

  it('are offered only for encodings TextDecoder reads', () => {
    for (const encoding of Object.keys(ENCODING_NAMES))
      expect(() => new TextDecoder(encoding), encoding).not.toThrow();
  });
});
