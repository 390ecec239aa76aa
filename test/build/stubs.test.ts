/** scripts/stubs.ts: finding the entry file's exports and re-declaring them as top-level stubs. */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { findEntryPoints, renderStubs, type EntryPoint } from '../../scripts/stubs';
import { CUSTOM_FUNCTIONS, OTHER_ENTRY_POINTS } from '../helpers';

const doc = (text: string, custom: boolean) => `/**\n * ${text}\n *\n * @param {string} a Đối số a.\n${custom ? ' * @customfunction\n' : ''} */`;

/** An entry file made of the given parts, each separated by a blank line. */
const entryFile = (...parts: string[]) => `import { helper } from '../helper';\n\n${parts.join('\n\n')}\n`;

const find = (...parts: string[]) => findEntryPoints('main.ts', entryFile(...parts));
const rejection = (...parts: string[]) => {
  let message = '';
  expect(() => {
    try {
      find(...parts);
    } catch (e) {
      message = (e as Error).message;
      throw e;
    }
  }).toThrow(Error);
  expect(message).toContain('main.ts');
  return message;
};

describe('findEntryPoints', () => {
  it('returns each exported function with its parameters and its JSDoc, in order', () => {
    const customDoc = doc('Hàm tùy chỉnh.', true);
    const menuDoc = doc('Mở thanh bên.', false);
    const entries = find(
      `${customDoc}\nexport function CDHT_A(a: string, b?: number): string {\n  return helper(a, b);\n}`,
      `/** not exported */\nfunction local(): void {}`,
      `${menuDoc}\nexport function onOpen(): void {}`,
    );
    expect(entries).toEqual<EntryPoint[]>([
      { name: 'CDHT_A', params: ['a', 'b'], jsdoc: customDoc },
      { name: 'onOpen', params: [], jsdoc: menuDoc },
    ]);
  });

  it('takes the JSDoc directly above the function, not an earlier comment', () => {
    const entries = find(`/** File comment. */\n// a line comment\n${doc('Hàm thật.', true)}\nexport function CDHT_A(a: string) { return a; }`);
    expect(entries[0].jsdoc).toContain('Hàm thật.');
    expect(entries[0].jsdoc).not.toContain('File comment.');
  });

  it('skips exported types and interfaces: they are erased from the bundle', () => {
    const entries = find('export type Grid = string[][];', 'export interface Result { ok: boolean }', `${doc('Hàm.', true)}\nexport function CDHT_A(a: string) { return a; }`);
    expect(entries.map((e) => e.name)).toEqual(['CDHT_A']);
  });

  it('finds the entry points of src/addon/main.ts, custom functions with their parameters', () => {
    const entries = findEntryPoints('src/addon/main.ts', readFileSync('src/addon/main.ts', 'utf8'));
    expect(entries.map((e) => e.name).sort()).toEqual([...Object.keys(CUSTOM_FUNCTIONS), ...OTHER_ENTRY_POINTS].sort());
    for (const entry of entries) {
      const params = CUSTOM_FUNCTIONS[entry.name];
      if (params) expect(entry.params).toEqual(params);
      expect(entry.jsdoc.includes('@customfunction')).toBe(params !== undefined);
    }
  });

  it.each<[string, string[], RegExp]>([
    ['an exported constant', ['export const CDHT_X = 1;'], /only function declarations/],
    ['an exported arrow function', ['/** Doc. @customfunction */\nexport const CDHT_X = () => 1;'], /only function declarations/],
    ['an exported class', ['/** Doc. */\nexport class Thing {}'], /only function declarations/],
    ['a re-export list', [`${doc('Hàm.', true)}\nfunction CDHT_X(a: string) { return a; }`, 'export { CDHT_X };'], /only function declarations/],
    ['a re-export from another file', ["export { cdhtRating as CDHT_X } from '../../core/formulas/assessment';"], /only function declarations/],
    ['a default export of a value', ['export default 42;'], /only function declarations/],
    ['a default-exported function', [`${doc('Hàm.', true)}\nexport default function CDHT_X(a: string) { return a; }`], /only function declarations/],
    ['a name ending in "_"', [`${doc('Hàm.', false)}\nexport function helper_(a: string) { return a; }`], /helper_.*"_"/],
    ['a missing JSDoc', ['export function CDHT_X(a: string) { return a; }'], /CDHT_X has no JSDoc/],
    ['a line comment instead of JSDoc', ['// @customfunction\nexport function CDHT_X(a: string) { return a; }'], /CDHT_X has no JSDoc/],
    ['a block comment that is not JSDoc', ['/* @customfunction */\nexport function CDHT_X(a: string) { return a; }'], /CDHT_X has no JSDoc/],
    ['a CDHT_ function without @customfunction', [`${doc('Hàm.', false)}\nexport function CDHT_X(a: string) { return a; }`], /CDHT_X.*@customfunction/],
    ['@customfunction on a non-CDHT function', [`${doc('Menu.', true)}\nexport function onOpen() {}`], /onOpen.*@customfunction/],
    ['a destructured parameter', [`${doc('Hàm.', true)}\nexport function CDHT_X({ a }: { a: string }) { return a; }`], /CDHT_X.*destructured/],
  ])('rejects %s', (_, parts, message) => {
    expect(rejection(...parts)).toMatch(message);
  });
});

describe('renderStubs', () => {
  const entries: EntryPoint[] = [
    { name: 'CDHT_A', params: ['codes', 'values'], jsdoc: doc('Hàm A.', true) },
    { name: 'onOpen', params: [], jsdoc: doc('Menu.', false) },
  ];
  const stubs = renderStubs(entries, '__NS');

  it("writes a custom function's JSDoc directly above a top-level function of the same name and parameters", () => {
    expect(stubs).toContain(`${entries[0].jsdoc}\nfunction CDHT_A(codes, values) {`);
    expect(stubs.indexOf('CDHT_A')).toBeLessThan(stubs.indexOf('onOpen'));
  });

  it('leaves out the JSDoc of other entries: Apps Script reads nothing from it', () => {
    expect(stubs).toContain('}\n\nfunction onOpen() {');
    expect(stubs).not.toContain(entries[1].jsdoc);
  });

  it('forwards every argument and `this` to the bundle namespace', () => {
    const context = vm.createContext({
      __NS: {
        CDHT_A(this: unknown, ...args: unknown[]) {
          return { self: this, args };
        },
        onOpen: () => 'opened',
      },
    });
    vm.runInContext(stubs, context);
    const called = vm.runInContext('CDHT_A.call("me", 1, 2, 3)', context) as { self: unknown; args: unknown[] };
    expect(called.args).toEqual([1, 2, 3]);
    expect(String(called.self)).toBe('me');
    expect(vm.runInContext('onOpen()', context)).toBe('opened');
  });

  it('renders nothing for no entries', () => {
    expect(renderStubs([], '__NS')).toBe('');
  });
});
