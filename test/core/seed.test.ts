/** The fixed seed of test/seed.ts is in force: random tests replay the same draws every run. */
import fc from 'fast-check';
import { expect, it } from 'vitest';

it('fast-check runs from the fixed seed, and a failure names it', () => {
  expect(fc.readConfigureGlobal().seed).toBe(Number(process.env.FC_SEED ?? 20261129));
  let message = '';
  try {
    fc.assert(fc.property(fc.nat(), (n) => n < 0));
  } catch (failure) {
    message = (failure as Error).message;
  }
  expect(message).toContain(`seed: ${fc.readConfigureGlobal().seed}`);
});
