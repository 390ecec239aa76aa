import { describe, expect, it } from 'vitest';
import { resolveRuleset } from '../../../src/core/ruleset/resolve';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Cell } from '../../../src/core/cells/values';

/** The table as a formula receives it: a fresh 2-D array on every call. */
const tableOf = (edit?: (rows: Cell[][]) => void): Cell[][] => {
  const rows = rulesetToTable(TT44).map((row) => [...row]) as Cell[][];
  edit?.(rows);
  return rows;
};

describe('resolveRuleset with a "Bộ tiêu chí" range', () => {
  it('reads a table once while its content stays the same', () => {
    expect(resolveRuleset(tableOf())).toBe(resolveRuleset(tableOf()));
  });

  it('reads it again as soon as one cell differs, and never serves the older table', () => {
    const before = resolveRuleset(tableOf());
    const renamed = resolveRuleset(
      tableOf((rows) => {
        rows[1][2] = `${String(rows[1][2])} (sửa)`;
      }),
    );
    expect(renamed).not.toBe(before);
    expect(JSON.stringify(renamed)).not.toBe(JSON.stringify(before));
    expect(resolveRuleset(tableOf())).toEqual(before);
  });

  it('still throws for a broken table every time, naming its row', () => {
    const broken = () => resolveRuleset(tableOf((rows) => rows.splice(1)));
    expect(broken).toThrow();
    expect(broken).toThrow();
  });
});
