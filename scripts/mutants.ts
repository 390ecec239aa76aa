/**
 * Every mutant Stryker can make of the given source files, each run against the tests written for
 * them, to find the bugs no test would notice (issue 14's mutation goal) before a blind sample does:
 *   npm run mutants -- src/core/x.ts[:from-to] [src/core/y.ts …] [--tests test/a.test.ts,test/b.test.ts] [--skip StringLiteral,Regex]
 * Without --tests, the test files that import one of the files directly run (scripts/lib/test-files.ts):
 * seconds a file, where `vitest related` is most of the suite. A mutant surviving them may still be
 * caught elsewhere; plant it with scripts/mutate.ts to know. --skip leaves out Stryker mutator kinds
 * (https://stryker-mutator.io/docs/mutation-testing-elements/supported-mutators/).
 * Prints each survivor with its line and the score per file; the whole report goes to out/mutants/.
 * Stryker works on a copy of the project in .stryker-tmp/, so the checkout is never changed.
 */
import { Stryker } from '@stryker-mutator/core';
import { directImporters } from './lib/test-files';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1].split(',') : null);
const files = args.filter((arg, i) => arg.startsWith('src/') && !['--tests', '--skip'].includes(args[i - 1]));
if (files.length === 0) {
  console.error('Cách dùng: npm run mutants -- src/<tệp>.ts [… ] [--tests test/a.test.ts,…] [--skip StringLiteral,…]');
  process.exit(2);
}
// A line range ("src/x.ts:120-260", which Stryker takes as it is) finds its tests and names its report by its file.
const fileOf = (arg: string) => arg.replace(/:\d+-\d+$/, '');
const tests = option('--tests') ?? [...new Set(files.map(fileOf).flatMap(directImporters))].sort();
if (tests.length === 0) {
  console.error(`Không có tệp kiểm thử nào nhập ${files.join(', ')}: nêu chúng bằng --tests.`);
  process.exit(2);
}
console.log(`Tests: ${tests.join(', ')}`);
process.env.MUTANTS_TESTS = tests.join(',');

const name = files
  .map((f) =>
    f
      .replace(/^src\//, '')
      .replace(/\.ts(:\d+-\d+)?$/, '$1')
      .replaceAll(/[/:]/g, '-'),
  )
  .join('+')
  .slice(0, 120);
const results = await new Stryker({
  mutate: files,
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/vitest.stryker.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // One runner: the machine is shared (two cores) and each vitest run is already parallel.
  concurrency: 1,
  ignoreStatic: true,
  mutator: { excludedMutations: option('--skip') ?? [] },
  // progress-append-only prints a line every few seconds (mutants tested, survived, time left), so a long run shows it is moving.
  reporters: ['clear-text', 'json', 'progress-append-only'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: `out/mutants/${name}.json` },
  incremental: false,
  dryRunTimeoutMinutes: 30,
  timeoutMS: 60_000,
}).runMutationTest();
const survived = results.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage').length;
console.log(`${results.length} mutants, ${survived} not caught by ${tests.length} test file(s).`);
