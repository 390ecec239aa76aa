/**
 * Plants bugs one at a time and runs the tests that should catch each (issue 14's mutation goal):
 *   npx tsx scripts/mutate.ts mutations.json [--only id,id]
 * mutations.json: [{ "id": "M1", "file": "src/…", "find": "exact text", "replace": "bug", "tests": ["test/…"] }].
 * Without "tests", every test file that imports the mutated file, directly or not, runs (`vitest
 * related`), plus the tests of what the global set-up builds from it: test/build for dist/, and the
 * browser tests (test/client) for a file of the sidebar (src/client), which they load as Sidebar.html.
 * `find` must occur exactly once in the file. Each file is restored after its run, also on Ctrl-C.
 *
 * Before planting anything, a baseline runs every test file the listed mutants will run on the
 * unmutated code: a file that already fails would "catch" any mutant, so a red baseline stops the run
 * and names the failing files. A mutant's run that does not finish within MUTANT_LIMIT_S (killed with
 * its workers) or fails only by a test's own time-out proves nothing either way: it is UNDETERMINED,
 * not caught.
 * Prints one line per mutation ("caught by <test file>: <first error line>", "SURVIVED" or
 * "UNDETERMINED (…)"), then the rate as caught/determined and the undetermined count. Keep the list
 * out of the repository: the point is a fresh sample each time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

interface Mutation {
  id: string;
  file: string;
  find: string;
  replace: string;
  tests?: string[];
}

/**
 * Wall-clock limits in seconds; GNU `timeout` kills vitest's whole process group. The baseline runs
 * every mutant's tests at once, without --bail, so it gets more: on the shared 2-core machine a
 * baseline of 19 mutants did not finish in 600 s.
 */
const MUTANT_LIMIT_S = 900;
const BASELINE_LIMIT_S = 3600;
/** `timeout`'s exit status when the limit was hit (124), or when its KILL was needed (128 + 9). */
const TIMED_OUT = new Set([124, 137]);

const [listFile, flag, onlyList] = process.argv.slice(2);
const only = flag === '--only' ? new Set(onlyList.split(',')) : null;
const mutations = (JSON.parse(readFileSync(listFile, 'utf8')) as Mutation[]).filter((m) => !only || only.has(m.id));

const testsIn = (dir: string) => readdirSync(dir).flatMap((name) => (name.endsWith('.test.ts') ? [`${dir}/${name}`] : []));
/** The tests that read a build of `file` rather than importing it. */
const builtTests = (file: string) => [...testsIn('test/build'), ...(file.startsWith('src/client/') ? testsIn('test/client') : [])];
/** What `vitest related` gets for a mutation: its own tests (a test file is related to itself), or its file and the built tests. */
const targets = (m: Mutation) => m.tests ?? [m.file, ...builtTests(m.file)];

interface Run {
  timedOut: boolean;
  status: number | null;
  /** Each failing test as vitest names it ("test/x.test.ts > suite > test") with the first line of its error. */
  failures: { test: string; error: string }[];
}

function vitestRelated(files: string[], bail: boolean, limitS: number): Run {
  const args = [String(limitS), 'node_modules/.bin/vitest', 'related', '--run', ...(bail ? ['--bail=1'] : []), ...files];
  const run = spawnSync('timeout', ['--kill-after=10', ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const lines = `${run.stdout}${run.stderr}`.split('\n');
  const failures = lines.flatMap((line, i) => {
    const test = /^\s*FAIL\s+(\S.*)$/.exec(line)?.[1];
    const error = lines.slice(i + 1).find((next) => next.trim() !== '') ?? '';
    return test ? [{ test, error: error.trim() }] : [];
  });
  return { timedOut: TIMED_OUT.has(run.status ?? -1), status: run.status, failures };
}

const fileOf = (test: string) => test.split(' > ')[0];

const baseline = vitestRelated([...new Set(mutations.flatMap(targets))], false, BASELINE_LIMIT_S);
if (baseline.timedOut || baseline.status !== 0) {
  const failing = [...new Set(baseline.failures.map((f) => fileOf(f.test)))];
  console.error(
    baseline.timedOut
      ? `Baseline not finished within ${BASELINE_LIMIT_S} s on the unmutated code; no mutation planted.`
      : `Baseline is not green on the unmutated code (exit ${baseline.status}); no mutation planted. Failing files:\n${failing.map((f) => `  ${f}`).join('\n') || '  (none named: read vitest’s own output)'}`,
  );
  process.exit(1);
}
console.log(`baseline green: ${mutations.length} mutation(s)`);

let restore: (() => void) | null = null;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

let caught = 0;
let undetermined = 0;
for (const m of mutations) {
  const original = readFileSync(m.file, 'utf8');
  const at = original.indexOf(m.find);
  if (at < 0 || original.indexOf(m.find, at + 1) >= 0) throw new Error(`${m.id}: the text to replace must occur exactly once in ${m.file}`);
  restore = () => writeFileSync(m.file, original);
  writeFileSync(m.file, original.slice(0, at) + m.replace + original.slice(at + m.find.length));
  try {
    const run = vitestRelated(targets(m), true, MUTANT_LIMIT_S);
    const first = run.failures[0];
    let verdict: string;
    if (run.timedOut) verdict = `UNDETERMINED (timeout after ${MUTANT_LIMIT_S} s)`;
    else if (first && run.failures.every((f) => /timed out/i.test(f.error))) verdict = `UNDETERMINED (test timeout: ${first.test})`;
    else if (first) verdict = `caught by ${fileOf(first.test)}: ${first.error}`;
    // No test named, yet vitest failed: the global set-up's build or a file's import broke.
    else if (run.status !== 0) verdict = `caught by exit ${run.status}`;
    else verdict = 'SURVIVED';
    if (verdict.startsWith('caught')) caught++;
    if (verdict.startsWith('UNDETERMINED')) undetermined++;
    console.log(`${m.id}\t${m.file}\t${verdict}`);
  } finally {
    restore();
    restore = null;
  }
}
const determined = mutations.length - undetermined;
console.log(`caught ${caught}/${determined} determined (${Math.round((caught / Math.max(1, determined)) * 100)} %); undetermined ${undetermined}`);
