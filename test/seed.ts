/**
 * Every random test runs from a fixed seed, printed when a property fails (fast-check's report
 * names it with the path to the counterexample). FC_SEED=<n> replays another seed. Math.random is
 * seeded too, so no test depends on an unseeded draw.
 */
import fc from 'fast-check';
import { seededRandom } from '../scripts/lib/random';

const seed = Number(process.env.FC_SEED ?? 20261129);
fc.configureGlobal({ seed });

Math.random = seededRandom(seed);
