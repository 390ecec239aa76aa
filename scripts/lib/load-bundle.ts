import { readFileSync } from 'node:fs';
import vm from 'node:vm';

/** Loads a built Apps Script file into a fresh V8 context, as Apps Script does on every call. */
export function loadBundle(path = 'dist/Code.js', globals: Record<string, unknown> = {}): Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
  return context as Record<string, (...args: unknown[]) => unknown>;
}
