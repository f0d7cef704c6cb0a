import { describe, expect, it } from 'vitest';
import { messages as en } from './messages/en.ts';
import { messages as fil } from './messages/fil.ts';
import { messages as vi } from './messages/vi.ts';
import { localeFormat } from './intl/intl-format.ts';
import { ENGLISH_FORMAT } from './intl/locale-format.ts';
import { alpha2Of } from './intl/region-codes.ts';
import type { Lang } from './languages.ts';
import { say, translator } from './translate.ts';

const formatOf = (lang: Exclude<Lang, 'en'>) =>
  localeFormat({ lang, alpha2: alpha2Of, native: { dates: true, numbers: true, regions: true } });
const inVietnamese = translator(vi, formatOf('vi'));
const inFilipino = translator(fil, formatOf('fil'));

describe('translator', () => {
  const t = translator(en, ENGLISH_FORMAT);

  it('fills placeholders and writes numbers with the language’s separators', () => {
    expect(t('toolbar.showing', { shown: 1200, count: 1500 })).toBe(
      'Showing 1,200 of 1,500 events',
    );
    expect(inVietnamese('toolbar.all', { count: 1234 })).toBe('Tất cả 1.234 sự kiện');
  });

  it('chooses the plural form by the language’s rules', () => {
    expect(t('list.yearCount', { count: 1 })).toBe('1 event');
    expect(t('list.yearCount', { count: 2 })).toBe('2 events');
    expect(t('list.yearCount', { count: 0 })).toBe('0 events');
  });

  it('falls back to the other form where a language has one form only', () => {
    expect(inVietnamese('list.yearCount', { count: 1 })).toBe('1 sự kiện');
  });

  it('uses the Filipino one form where its rules ask for it', () => {
    expect(inFilipino('map.listThem', { count: 1 })).toBe('Ilista ito');
    expect(inFilipino('map.listThem', { count: 4 })).toBe('Ilista ang mga ito');
  });

  it('says a reported message, and one inside another, in the language', () => {
    const problem = { key: 'importRecords.row', params: { number: '7' } } as const;
    expect(
      say(inVietnamese, {
        key: 'importErrors.noneShown',
        params: { count: 2, record: problem, column: 'Day', problem: 'x' },
      }),
    ).toBe('Không hàng nào hiển thị được: 2 hàng có lỗi, lỗi đầu tiên ở hàng 7, Day: x.');
  });

  it('leaves a placeholder it is not given as it is written', () => {
    expect(t('list.inView', { count: 3 })).toBe('3 of {total} in view on the timeline');
  });
});
