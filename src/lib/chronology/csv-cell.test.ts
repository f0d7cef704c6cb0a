import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, restoreNeutralized } from './csv-cell.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('quotes %j as %j (RFC 4180)', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [
      '=HYPERLINK("https://evil.example","click")',
      `"'=HYPERLINK(""https://evil.example"",""click"")"`,
    ],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['-', "'-"],
    ['-0044-03-15', "'-0044-03-15"],
  ])('makes a spreadsheet show %j as text', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each(['-0.13', '+12', '-1e-7', '105.8542', '-.5', 'a=b', 'mail@example.org'])(
    'leaves %j as it is: a number, or a formula character that is not first',
    (value) => {
      expect(csvCell(value)).toBe(value);
    },
  );
});

describe('restoreNeutralized', () => {
  it.each(['=1+2', '-0044-03-15', '@x', "it's", "'quoted'", "'-", "''=x", "'-5", '-0.13', ''])(
    'gives back %j after neutralizeFormula',
    (value) => {
      expect(restoreNeutralized(neutralizeFormula(value))).toBe(value);
    },
  );
});
