import { describe, expect, it } from 'vitest';
import { isBlankRecord, parseCsv, sniffSeparator } from './csv-parse.ts';

const records = (text: string) => parseCsv(text).records;

describe('parseCsv', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain cells',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'a final line ending',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['a comma inside quotes', 'a,"b, c",d', [['a', 'b, c', 'd']]],
    ['doubled quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    ['a cell that is only a quote', '"""",x', [['"', 'x']]],
    ['an empty quoted cell', '"",x', [['', 'x']]],
    [
      'a line break inside quotes',
      '"two\nlines",x\r\n"three\r\nmore\rlines",y',
      [
        ['two\nlines', 'x'],
        ['three\r\nmore\rlines', 'y'],
      ],
    ],
    [
      'empty cells',
      ',,\n,',
      [
        ['', '', ''],
        ['', ''],
      ],
    ],
    [
      'a trailing separator',
      'a,b,\n1,2,',
      [
        ['a', 'b', ''],
        ['1', '2', ''],
      ],
    ],
    ['a trailing separator at the very end', 'a,', [['a', '']]],
    [
      'CRLF',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a lone CR (old Mac)',
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['mixed line endings', 'a\nb\r\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['blank lines as blank records', 'a\n\n\nb\n', [['a'], [''], [''], ['b']]],
    ['text after a closing quote, kept', '"ab"cd,e', [['abcd', 'e']]],
    ['a quote inside an unquoted cell, kept', 'say "hi",x', [['say "hi"', 'x']]],
    ['spaces around cells, kept', ' a , b ', [[' a ', ' b ']]],
    ['a single cell', 'a', [['a']]],
    ['nothing', '', []],
  ])('reads %s', (_, text, expected) => {
    const table = parseCsv(text);
    expect(table.records).toEqual(expected);
    expect(table.unterminatedAt).toBeUndefined();
  });

  it('sniffs semicolons and tabs from the header line', () => {
    expect(parseCsv('a;b;c\n1,5;2;3')).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['1,5', '2', '3'],
      ],
      separator: ';',
      unterminatedAt: undefined,
    });
    expect(parseCsv('a\tb\n"x\ty"\tz').records).toEqual([
      ['a', 'b'],
      ['x\ty', 'z'],
    ]);
    expect(parseCsv('a,b\n1;2').records).toEqual([['a', 'b'], ['1;2']]);
  });

  it('says in which record a quoted cell never closes', () => {
    expect(parseCsv('"open').unterminatedAt).toBe(1);
    const table = parseCsv('Year,Text\r\n2001,fine\r\n2002,"cut off here\nand here');
    expect(table.unterminatedAt).toBe(3);
    expect(table.records.at(-1)).toEqual(['2002', 'cut off here\nand here']);
    // a doubled quote at the end is an escaped quote, not a closing one
    expect(parseCsv('a,"b""').unterminatedAt).toBe(1);
  });

  it('reports progress as a rising fraction', () => {
    const fractions: number[] = [];
    const text = Array.from({ length: 12_000 }, (_, i) => `${i},x`).join('\n');
    expect(parseCsv(text, (fraction) => fractions.push(fraction)).records).toHaveLength(12_000);
    expect(fractions).toHaveLength(2);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions[1]).toBeGreaterThan(fractions[0]!);
    expect(fractions[1]).toBeLessThanOrEqual(1);
  });
});

describe('sniffSeparator', () => {
  it.each([
    ['Year,Month,Day,Headline', ','],
    ['Year;Month;Day;Headline', ';'],
    ['Year\tMonth\tDay\tHeadline', '\t'],
    ['"A;B;C",D', ','],
    ['"A\nB;C;D";x\ny,z', ';'],
    ['Headline', ','],
    ['a;b,c', ','],
    ['', ','],
  ])('finds the separator of %j', (text, separator) => {
    expect(sniffSeparator(text)).toBe(separator);
  });
});

describe('isBlankRecord', () => {
  it('is blank for no cells or only blank ones', () => {
    expect(isBlankRecord([])).toBe(true);
    expect(isBlankRecord(['', ' ', '\t'])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
    expect(records('a\n,,\n')).toEqual([['a'], ['', '', '']]);
  });
});
