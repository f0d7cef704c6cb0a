import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { looksVietnamese } from './vietnamese-script.ts';

/** Text as windows-1258 reads the bytes of a file in another encoding. */
const readAs1258 = (text: string, encoding: string) =>
  new TextDecoder('windows-1258').decode(iconv.encode(text, encoding));

describe('looksVietnamese', () => {
  it('knows tones written as marks after their vowels', () => {
    expect(looksVietnamese('Ho\u0323i nghi\u0323 ơ\u0309 Huê\u0301')).toBe(true);
    expect(looksVietnamese('Hơ\u0323p ta\u0301c')).toBe(true);
  });

  it.each(['Così però', 'Genève, Zürich', 'São Paulo'])(
    'is not fooled by Western European %j read as windows-1258',
    (text) => {
      expect(looksVietnamese(readAs1258(text, 'windows-1252'))).toBe(false);
    },
  );

  it('wants more than one tone', () => {
    expect(looksVietnamese('Ha\u0300')).toBe(false);
  });
});
