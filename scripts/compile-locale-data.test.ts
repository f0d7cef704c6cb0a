import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DATA_DIR, localeDataFiles, regionCodes } from './compile-locale-data.ts';

const STATES = readFileSync(join(import.meta.dirname, '../data/states.yaml'), 'utf8');

describe('regionCodes', () => {
  it('names the ASEAN states and China even when the data does not', () => {
    expect(regionCodes('- code: AUS\n  name: Australia\n')).toEqual([
      'AU',
      'BN',
      'CN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'VN',
    ]);
  });

  it('stops at a state that is no ISO 3166-1 country, naming it', () => {
    expect(() => regionCodes('- code: XYZ\n  name: Atlantis\n')).toThrow(/XYZ/);
  });
});

describe('the committed locale data', () => {
  it("is what this Node's ICU gives (npm run data writes it again)", () => {
    for (const [name, text] of Object.entries(localeDataFiles(STATES))) {
      expect(readFileSync(join(LOCALE_DATA_DIR, name), 'utf8'), name).toBe(text);
    }
  });
});
