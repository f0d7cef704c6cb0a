import { describe, expect, it } from 'vitest';
import { chooseLanguage, matchLanguage, negotiateLanguage } from './negotiate.ts';

describe('matchLanguage', () => {
  it.each([
    ['vi', 'vi'],
    ['vi-VN', 'vi'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['th-TH', 'th'],
    ['id-ID', 'id'],
    ['ms-MY', 'ms'],
    ['km-KH', 'km'],
    ['lo-LA', 'lo'],
    ['my-MM', 'my'],
    ['fil-PH', 'fil'],
    ['tl', 'fil'],
    ['tl-PH', 'fil'],
    ['en-GB', 'en'],
    ['EN-us', 'en'],
  ])('reads %s as %s', (tag, lang) => {
    expect(matchLanguage(tag)).toBe(lang);
  });

  it.each(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-MO', 'fr', 'ja-JP', '', 'x'])(
    'has nothing for %s',
    (tag) => {
      expect(matchLanguage(tag)).toBeUndefined();
    },
  );
});

describe('negotiateLanguage', () => {
  it('takes the first of the reader’s languages that the interface has', () => {
    expect(negotiateLanguage(['fr-FR', 'zh-TW', 'th', 'vi'])).toBe('th');
  });

  it('finds nothing when none of them is ours', () => {
    expect(negotiateLanguage(['fr', 'de-CH'])).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('lets the link win over the remembered choice and the browser', () => {
    expect(chooseLanguage({ linked: 'km', remembered: 'vi', preferred: ['th'] })).toBe('km');
  });

  it('takes the remembered choice when the link names none', () => {
    expect(chooseLanguage({ remembered: 'lo', preferred: ['th'] })).toBe('lo');
  });

  it('ignores a remembered value that is not one of the ten', () => {
    expect(chooseLanguage({ remembered: 'klingon', preferred: ['ms-MY'] })).toBe('ms');
  });

  it('falls back to English', () => {
    expect(chooseLanguage({ remembered: null, preferred: ['fr'] })).toBe('en');
    expect(chooseLanguage({})).toBe('en');
  });
});
