/**
 * Every property test (fast-check) starts from one fixed seed, so each run tries the same inputs
 * and a failure comes back on the next run. On failure fast-check prints the seed and the path of
 * the shrunk counterexample; pass both to that `fc.assert` to replay it.
 *
 *   FC_SEED=12345 npm run test:unit   # explore other inputs
 */
import fc from 'fast-check';

const FIXED_SEED = 1_066_200_307;

function seedFromEnvironment(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return FIXED_SEED;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be a whole number, not “${value}”`);
  }
  return seed;
}

export const PROPERTY_SEED = seedFromEnvironment(process.env.FC_SEED);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: PROPERTY_SEED });
