// @vitest-environment node
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { findKeptFile, forgetFile, keepFile, KEPT_AT_MOST } from './kept-files.ts';

const csv = (name: string, text = 'Year,Headline\n2001,Hà Nội\n') =>
  new File([text], name, { type: 'text/csv', lastModified: 1_700_000_000_000 });

describe('files kept in this browser', () => {
  it('gives back a kept file by its id, name, contents and chosen encoding', async () => {
    const factory = new IDBFactory();
    await keepFile('one', csv('mine.csv'), 'windows-1258', factory);
    const kept = await findKeptFile('one', factory);
    expect(kept!.file.name).toBe('mine.csv');
    expect(kept!.file.type).toBe('text/csv');
    expect(kept!.file.lastModified).toBe(1_700_000_000_000);
    expect(await kept!.file.text()).toBe('Year,Headline\n2001,Hà Nội\n');
    expect(kept!.encoding).toBe('windows-1258');
  });

  it('keeps the same id once, with the encoding chosen last', async () => {
    const factory = new IDBFactory();
    await keepFile('one', csv('mine.csv'), undefined, factory);
    await keepFile('one', csv('mine.csv'), 'big5', factory);
    expect((await findKeptFile('one', factory))!.encoding).toBe('big5');
  });

  it('forgets a file at once', async () => {
    const factory = new IDBFactory();
    await keepFile('one', csv('mine.csv'), undefined, factory);
    await forgetFile('one', factory);
    expect(await findKeptFile('one', factory)).toBeUndefined();
  });

  it('keeps only the last few files opened', async () => {
    const factory = new IDBFactory();
    for (let i = 0; i <= KEPT_AT_MOST; i++) {
      await keepFile(`file-${i}`, csv(`${i}.csv`), undefined, factory, 1000 + i);
    }
    expect(await findKeptFile('file-0', factory)).toBeUndefined();
    expect((await findKeptFile(`file-${KEPT_AT_MOST}`, factory))!.file.name).toBe(
      `${KEPT_AT_MOST}.csv`,
    );
    expect((await findKeptFile('file-1', factory))!.file.name).toBe('1.csv');
  });
});
