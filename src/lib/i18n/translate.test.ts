import { describe, expect, it } from 'vitest';
import { messages as en } from './messages/en.ts';
import { messages as fil } from './messages/fil.ts';
import { messages as vi } from './messages/vi.ts';
import { say, translator } from './translate.ts';

describe('translator', () => {
  const t = translator('en', en);

  it('fills placeholders and writes numbers with the language’s separators', () => {
    expect(t('toolbar.showing', { shown: 1200, count: 1500 })).toBe(
      'Showing 1,200 of 1,500 events',
    );
    expect(translator('vi', vi)('toolbar.all', { count: 1234 })).toBe('Tất cả 1.234 sự kiện');
  });

  it('chooses the plural form by the language’s rules', () => {
    expect(t('list.yearCount', { count: 1 })).toBe('1 event');
    expect(t('list.yearCount', { count: 2 })).toBe('2 events');
    expect(t('list.yearCount', { count: 0 })).toBe('0 events');
  });

  it('falls back to the other form where a language has one form only', () => {
    expect(translator('vi', vi)('list.yearCount', { count: 1 })).toBe('1 sự kiện');
  });

  it('uses the Filipino one form where its rules ask for it', () => {
    expect(translator('fil', fil)('map.listThem', { count: 1 })).toBe('Ilista ito');
    expect(translator('fil', fil)('map.listThem', { count: 4 })).toBe('Ilista ang mga ito');
  });

  it('says a reported message, and one inside another, in the language', () => {
    const problem = { key: 'importRecords.row', params: { number: '7' } } as const;
    expect(
      say(translator('vi', vi), {
        key: 'importErrors.noneShown',
        params: { count: 2, record: problem, column: 'Day', problem: 'x' },
      }),
    ).toBe('Không hàng nào hiển thị được: 2 hàng có lỗi, lỗi đầu tiên ở hàng 7, Day: x.');
  });

  it('leaves a placeholder it is not given as it is written', () => {
    expect(t('list.inView', { count: 3 })).toBe('3 of {total} in view on the timeline');
  });
});
