/**
 * Every random test runs from a fixed seed, printed when a property fails (fast-check's report
 * names it with the path to the counterexample). FC_SEED=<n> replays another seed. Math.random is
 * seeded too, so no test depends on an unseeded draw.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20261129);
fc.configureGlobal({ seed });

// mulberry32: a small, well-known 32-bit generator; deterministic across runs.
let state = seed >>> 0;
Math.random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
