import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../tests/unit/import-files.ts';
import { readImportBytes } from './read-import.ts';
import { CHUNK_SIZE, packReading, ReadingAssembler } from './transport.ts';

describe('moving a reading from the worker to the page', () => {
  it('rebuilds the same chronology, with records shared as in the worker', () => {
    const reading = readImportBytes(importFixture('timelinejs.json'));
    const assembler = new ReadingAssembler();
    for (const message of packReading(reading)) assembler.add(structuredClone(message));
    const rebuilt = assembler.finish();
    expect(rebuilt.chronology.events).toEqual(reading.chronology.events);
    expect(rebuilt.chronology.eras).toEqual(reading.chronology.eras);
    expect(rebuilt.chronology.title).toBe(reading.chronology.title);
    expect(rebuilt.problems).toEqual(reading.problems);
    expect(rebuilt.encoding).toEqual({ encoding: 'utf-8', how: 'valid' });
    const [first, , third] = rebuilt.chronology.events.filter((e) => e.series.key === 'Harbours');
    expect(first?.series).toBe(rebuilt.chronology.series.find((s) => s.key === 'Harbours'));
    expect(third).toBeUndefined();
  });

  it('sends a large chronology in chunks of a bounded size', () => {
    const rows = Array.from({ length: CHUNK_SIZE * 2 + 5 }, (_, i) => `2001,1,1,Event ${i}`);
    const csv = ['Year,Month,Day,Headline', ...rows].join('\n');
    const reading = readImportBytes(new TextEncoder().encode(csv));
    const messages = [...packReading(reading)];
    const chunks = messages.filter((message) => message.type === 'events');
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.events.length).toBeLessThanOrEqual(CHUNK_SIZE);
    const assembler = new ReadingAssembler();
    for (const message of messages) assembler.add(message);
    expect(assembler.finish().chronology.events).toHaveLength(CHUNK_SIZE * 2 + 5);
  });
});
