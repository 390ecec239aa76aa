import type { PropertiesLike } from '../../src/gas/services';

/** Document properties: strings by key, with the real store's 9 KB limit per value. */
export class FakeProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  writes = 0;

  getProperty(key: string): string | null {
    return this.store.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    if (typeof value !== 'string') throw new Error('Property values must be strings.');
    if (key.length + value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.writes++;
    this.store.set(key, value);
    return this;
  }

  deleteProperty(key: string): this {
    this.store.delete(key);
    return this;
  }
}
