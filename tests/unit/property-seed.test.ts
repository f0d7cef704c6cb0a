import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_SEED } from '../property-seed.ts';

describe('property tests', () => {
  it('run from the fixed seed (or FC_SEED), the same inputs every run', () => {
    expect(fc.readConfigureGlobal().seed).toBe(PROPERTY_SEED);
    const inputs = () => {
      const seen: number[] = [];
      fc.assert(
        fc.property(fc.integer(), (value) => void seen.push(value)),
        { numRuns: 20 },
      );
      return seen;
    };
    expect(inputs()).toEqual(inputs());
  });

  it('report the seed and the path of a failure, to replay it', () => {
    expect(() => fc.assert(fc.property(fc.nat(), (value) => value < 1000))).toThrow(
      new RegExp(`seed: ${PROPERTY_SEED}, path: "[\\d:]+"`),
    );
  });
});
