/**
 * Plants bugs one at a time and runs the tests that should catch each (issue 14's mutation goal):
 *   npx tsx scripts/mutate.ts mutations.json [--only id,id]
 * mutations.json: [{ "id": "M1", "file": "src/…", "find": "exact text", "replace": "bug", "tests": ["test/…"] }].
 * Without "tests", every test file that imports the mutated file, directly or not, runs (`vitest
 * related`), plus the tests of what the global set-up builds from it: test/build for dist/, and the
 * browser tests (test/client) for a file of the sidebar (src/client), which they load as Sidebar.html.
 * `find` must occur exactly once in the file. Each file is restored after its run, also on Ctrl-C.
 * Prints one line per mutation ("caught by <test file>" or "SURVIVED") and the rate. Keep the list
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

const [listFile, flag, onlyList] = process.argv.slice(2);
const only = flag === '--only' ? new Set(onlyList.split(',')) : null;
const mutations = (JSON.parse(readFileSync(listFile, 'utf8')) as Mutation[]).filter((m) => !only || only.has(m.id));

const testsIn = (dir: string) => readdirSync(dir).flatMap((name) => (name.endsWith('.test.ts') ? [`${dir}/${name}`] : []));
/** The tests that read a build of `file` rather than importing it. */
const builtTests = (file: string) => [...testsIn('test/build'), ...(file.startsWith('src/client/') ? testsIn('test/client') : [])];

let restore: (() => void) | null = null;
process.on('SIGINT', () => {
  restore?.();
  process.exit(130);
});

let caught = 0;
for (const m of mutations) {
  const original = readFileSync(m.file, 'utf8');
  const at = original.indexOf(m.find);
  if (at < 0 || original.indexOf(m.find, at + 1) >= 0) throw new Error(`${m.id}: the text to replace must occur exactly once in ${m.file}`);
  restore = () => writeFileSync(m.file, original);
  writeFileSync(m.file, original.slice(0, at) + m.replace + original.slice(at + m.find.length));
  try {
    const args = m.tests ? ['run', '--bail=1', ...m.tests] : ['related', '--run', '--bail=1', m.file, ...builtTests(m.file)];
    const run = spawnSync('npx', ['vitest', ...args], { encoding: 'utf8', timeout: 600_000, env: { ...process.env, NO_COLOR: '1' } });
    const output = `${run.stdout}${run.stderr}`;
    const failed = /FAIL\s+(\S+)/.exec(output)?.[1] ?? (run.status !== 0 ? `exit ${run.status ?? run.signal}` : null);
    if (failed) caught++;
    console.log(`${m.id}\t${m.file}\t${failed ? `caught by ${failed}` : 'SURVIVED'}`);
  } finally {
    restore();
    restore = null;
  }
}
console.log(`caught ${caught}/${mutations.length} (${Math.round((caught / Math.max(1, mutations.length)) * 100)} %)`);
