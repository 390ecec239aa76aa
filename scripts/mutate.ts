/**
 * Plants bugs one at a time and runs the tests that should catch each (issue 14's mutation goal):
 *   npx tsx scripts/mutate.ts mutations.json [--only id,id] [--trust-baseline]
 * mutations.json: [{ "id": "M1", "file": "src/…", "find": "exact text", "replace": "bug", "tests": ["test/…"] }].
 * Without "tests", the test files that import the mutated file directly run first (a file of test/
 * naming its module path): a catch there is as good as any and costs seconds, where the whole set
 * for a file of src/core is most of the suite (about 4 min a mutant on the shared machine, session
 * 12). Only if none of them fails does every test file that imports it, directly or not, run
 * (`vitest related`), plus the tests of what the global set-up builds from it: test/build for dist/,
 * and the browser tests (test/client) for a file of the sidebar (src/client), which they load as
 * Sidebar.html.
 * `find` must occur exactly once in the file. Each file is restored after its run, also on Ctrl-C.
 *
 * Before planting anything, a baseline runs every test file the listed mutants will run on the
 * unmutated code: a file that already fails would "catch" any mutant. Files failing there are run
 * again alone (on the shared machine a file can fail only under load); any still failing stops the
 * run, named with their errors. --trust-baseline skips this when a baseline of the same code and
 * list was just seen green (say so in the report). A mutant's run that does not finish within
 * MUTANT_LIMIT_S (killed with its workers) or fails only by a test's own time-out proves nothing
 * either way: it is UNDETERMINED, not caught. A catch is confirmed by running the catching file
 * alone with the mutant still planted; one that passes alone is UNDETERMINED too.
 * Prints one line per mutation ("caught by <test file>: <first error line>", "SURVIVED" or
 * "UNDETERMINED (…)"), then the rate as caught/determined and the undetermined count. Keep the list
 * out of the repository: the point is a fresh sample each time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { directImporters } from './lib/test-files';

interface Mutation {
  id: string;
  file: string;
  find: string;
  replace: string;
  tests?: string[];
}

/**
 * Wall-clock limits in seconds; past it vitest's whole process group (its workers too) is killed.
 * The baseline runs every mutant's tests at once, without --bail, so it gets more: on the shared
 * 2-core machine a baseline of 19 mutants did not finish in 600 s.
 */
const MUTANT_LIMIT_S = 900;
const BASELINE_LIMIT_S = 3600;

const [listFile, ...options] = process.argv.slice(2);
const onlyList = options.includes('--only') ? options[options.indexOf('--only') + 1] : null;
const only = onlyList ? new Set(onlyList.split(',')) : null;
const mutations = (JSON.parse(readFileSync(listFile, 'utf8')) as Mutation[]).filter((m) => !only || only.has(m.id));

const testsIn = (dir: string) => readdirSync(dir).flatMap((name) => (name.endsWith('.test.ts') ? [`${dir}/${name}`] : []));
/** The tests that read a build of `file` rather than importing it. */
const builtTests = (file: string) => [...testsIn('test/build'), ...(file.startsWith('src/client/') ? testsIn('test/client') : [])];
/** What `vitest related` gets for a mutation: its own tests (a test file is related to itself), or its file and the built tests. */
const targets = (m: Mutation) => m.tests ?? [m.file, ...builtTests(m.file)];

interface Run {
  timedOut: boolean;
  /** vitest's exit status; null when a signal ended it. */
  status: number | null;
  /** Each failing test as vitest names it ("test/x.test.ts > suite > test") with the first line of its error. */
  failures: { test: string; error: string }[];
}

/** The vitest run under way, in its own process group, so that a limit or Ctrl-C can end it with its workers. */
let running: ChildProcess | null = null;
const killRunning = () => running?.pid && process.kill(-running.pid, 'SIGKILL');

function vitestRelated(files: string[], bail: boolean, limitS: number): Promise<Run> {
  // A test's own 30 s limit is raised: on the shared machine a heavy test can exceed it under load, and with --bail that ends the run.
  const patience = ['--testTimeout=300000', '--hookTimeout=300000'];
  const args = ['related', '--run', ...patience, ...(bail ? ['--bail=1'] : []), ...files];
  const child = spawn('node_modules/.bin/vitest', args, { detached: true, env: { ...process.env, NO_COLOR: '1' } });
  running = child;
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killRunning();
  }, limitS * 1000);
  return new Promise((resolve) =>
    child.on('close', (status) => {
      clearTimeout(timer);
      running = null;
      const lines = output.split('\n');
      const failures = lines.flatMap((line, i) => {
        const test = /^\s*FAIL\s+(\S.*)$/.exec(line)?.[1];
        const error = lines.slice(i + 1).find((next) => next.trim() !== '') ?? '';
        return test ? [{ test, error: error.trim() }] : [];
      });
      resolve({ timedOut, status, failures });
    }),
  );
}

const fileOf = (test: string) => test.split(' > ')[0];

const filesOf = (run: Run) => [...new Set(run.failures.map((f) => fileOf(f.test)))];
const listed = (run: Run) => run.failures.map((f) => `  ${f.test}\n    ${f.error}`).join('\n') || '  (none named: read vitest’s own output)';

/** Null when every test file the mutants will run passes on the unmutated code (alone, if not all at once); else why not. */
async function baselineProblem(): Promise<string | null> {
  const whole = await vitestRelated([...new Set(mutations.flatMap(targets))], false, BASELINE_LIMIT_S);
  if (whole.timedOut) return `Baseline not finished within ${BASELINE_LIMIT_S} s on the unmutated code; no mutation planted.`;
  if (whole.status === 0) return null;
  const alone = whole.failures.length > 0 ? await vitestRelated(filesOf(whole), false, BASELINE_LIMIT_S) : whole;
  if (alone.timedOut || alone.status !== 0) return `Baseline is not green on the unmutated code; no mutation planted. Failing:\n${listed(alone)}`;
  console.log(`baseline: these failed only among all the files at once, and passed alone (load):\n${listed(whole)}`);
  return null;
}
/** The verdict of one run of `files` with the mutant planted: "caught by …", "SURVIVED" or "UNDETERMINED (…)". */
async function verdictOf(files: string[]): Promise<string> {
  const run = await vitestRelated(files, true, MUTANT_LIMIT_S);
  const first = run.failures[0];
  if (run.timedOut) return `UNDETERMINED (timeout after ${MUTANT_LIMIT_S} s)`;
  if (first && run.failures.every((f) => /timed out/i.test(f.error))) return `UNDETERMINED (test timeout: ${first.test})`;
  if (first) {
    const alone = (await vitestRelated([fileOf(first.test)], false, MUTANT_LIMIT_S)).failures[0];
    return alone ? `caught by ${fileOf(alone.test)}: ${alone.error}` : `UNDETERMINED (failed only under load: ${first.test}: ${first.error})`;
  }
  // No test named, yet vitest failed: the global set-up's build or a file's import broke.
  if (run.status === 1) return 'caught by exit 1';
  if (run.status !== 0) return `UNDETERMINED (vitest ended by ${run.status ?? 'a signal'})`;
  return 'SURVIVED';
}

let restore: (() => void) | null = null;
process.on('SIGINT', () => {
  killRunning();
  restore?.();
  process.exit(130);
});

const problem = options.includes('--trust-baseline') ? null : await baselineProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
console.log(`baseline ${options.includes('--trust-baseline') ? 'skipped (--trust-baseline)' : 'green'}: ${mutations.length} mutation(s)`);

let caught = 0;
let undetermined = 0;
for (const m of mutations) {
  const original = readFileSync(m.file, 'utf8');
  const at = original.indexOf(m.find);
  if (at < 0 || original.indexOf(m.find, at + 1) >= 0) throw new Error(`${m.id}: the text to replace must occur exactly once in ${m.file}`);
  restore = () => writeFileSync(m.file, original);
  writeFileSync(m.file, original.slice(0, at) + m.replace + original.slice(at + m.find.length));
  try {
    const direct = m.tests ? [] : directImporters(m.file);
    const early = direct.length > 0 ? await verdictOf(direct) : 'SURVIVED';
    const verdict = early.startsWith('caught') ? `${early} (direct importers, ${direct.length} files)` : await verdictOf(targets(m));
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
