/**
 * What the sidebar loads (src/core/sidebar/state.ts buildSidebarState, toJsonCell): each
 * indicator's cells as the sheet shows them, its criterion and highest level, and the "Bộ tiêu chí"
 * table as the sheet holds it. Expected values are the sample commune's cells (test/fixtures) and
 * Thông tư 25/2023/TT-BGDĐT's structure (TC4.2 has three levels, TC4.4 two).
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { buildSidebarState, toJsonCell } from '../../../src/core/sidebar/state';
import { INDICATOR_COLUMNS, NAMES } from '../../../src/core/workbook/names';
import { sampleSnapshot } from '../../fixtures/sample-commune';

const NOW = new Date('2026-01-15T08:30:00+07:00');

describe('toJsonCell', () => {
  it('shows a date as dd/mm/yyyy, blanks as "", and keeps numbers, 0, false and text as they are', () => {
    expect(toJsonCell(new Date(2025, 0, 15))).toBe('15/01/2025');
    expect(toJsonCell(null)).toBe('');
    expect(toJsonCell(undefined as unknown as Cell)).toBe('');
    expect(toJsonCell(0)).toBe(0);
    expect(toJsonCell(false)).toBe(false);
    expect(toJsonCell(0.6512)).toBe(0.6512);
    expect(toJsonCell('Đạt')).toBe('Đạt');
  });
});

describe('buildSidebarState', () => {
  it('gives each indicator its criterion, and its highest level only to level items', () => {
    const state = buildSidebarState(sampleSnapshot('TT25'), NOW);
    const byCode = new Map(state?.indicators.map((i) => [i.code, i]));
    expect(byCode.get('TC1.1')?.criterion).toBe('TC1');
    expect(byCode.get('TC5.2a')?.criterion).toBe('TC5');
    expect(byCode.get('TC4.2')?.max).toBe(3);
    expect(byCode.get('TC4.4')?.max).toBe(2);
    expect('max' in (byCode.get('TC1.1') ?? {})).toBe(false);
    expect('max' in (byCode.get('TC5.1') ?? {})).toBe(false);
  });

  it('words what each level requires (TT25: công dân học tập ≥ 60 % for Mức độ 1, ≥ 80 % for Mức độ 2)', () => {
    const state = buildSidebarState(sampleSnapshot('TT25'), NOW);
    const byCode = new Map(state?.indicators.map((i) => [i.code, i]));
    expect(byCode.get('TC5.1')?.requirements).toEqual({ MD1: '≥ 60%', MD2: '≥ 80%' });
    expect(byCode.get('TC1.1')?.requirements).toEqual({ MD1: 'Đạt', MD2: 'Đạt' });
  });

  it('lists the evidence rows the sheet holds, by their row in the block', () => {
    const state = buildSidebarState(sampleSnapshot('TT25'), NOW);
    expect(state?.evidence[0]).toEqual({
      row: 1,
      fields: {
        code: 'H1.01',
        name: 'Nghị quyết về xây dựng xã hội học tập',
        reference: 'Số 12-NQ/ĐU ngày 15/01/2025',
        issuer: 'Đảng ủy xã',
        link: 'https://drive.google.com/file/d/hoa-an-h101',
        indicators: 'TC1.1',
      },
    });
  });

  it('has no state to give when the "Bộ tiêu chí" table cannot be read', () => {
    const snapshot = sampleSnapshot('TT25');
    snapshot[NAMES.ruleset] = [
      ['Loại', 'Mã'],
      ['Chỉ tiêu', 'TC1.1'],
    ];
    expect(buildSidebarState(snapshot, NOW)).toBeNull();
  });

  it("reads each field from its own column of the indicator's row, a date as dd/mm/yyyy", () => {
    const snapshot = sampleSnapshot('TT25');
    const rows = snapshot[NAMES.indicators] as Cell[][];
    const tc11 = rows.find((r) => r[INDICATOR_COLUMNS.code] === 'TC1.1') as Cell[];
    tc11[INDICATOR_COLUMNS.value] = 'Không đạt';
    tc11[INDICATOR_COLUMNS.evidence] = 'https://drive.google.com/drive/folders/tc11';
    tc11[INDICATOR_COLUMNS.description] = new Date(2025, 0, 15);
    tc11[INDICATOR_COLUMNS.owner] = 'Công an xã';
    const state = buildSidebarState(snapshot, NOW);
    expect(state?.indicators.find((i) => i.code === 'TC1.1')?.fields).toEqual({
      value: 'Không đạt',
      evidence: 'https://drive.google.com/drive/folders/tc11',
      description: '15/01/2025',
      owner: 'Công an xã',
    });
  });

  it('an indicator whose row is gone from the sheet loads blank, the others as they are', () => {
    const snapshot = sampleSnapshot('TT25');
    snapshot[NAMES.indicators] = (snapshot[NAMES.indicators] as Cell[][]).filter((r) => r[INDICATOR_COLUMNS.code] !== 'TC1.2');
    const state = buildSidebarState(snapshot, NOW);
    expect(state?.indicators.find((i) => i.code === 'TC1.2')?.fields).toEqual({ value: '', evidence: '', description: '', owner: '' });
    expect(state?.indicators.find((i) => i.code === 'TC1.3')?.fields.value).toBe('Đạt');
  });

  it('with no indicator block at all, every indicator loads blank', () => {
    const snapshot = sampleSnapshot('TT25');
    delete snapshot[NAMES.indicators];
    const state = buildSidebarState(snapshot, NOW);
    expect(state?.indicators).toHaveLength(16);
    expect(state?.indicators.every((i) => Object.values(i.fields).every((v) => v === ''))).toBe(true);
  });

  it('sends the "Bộ tiêu chí" table as the sheet holds it, its blank rows too (36 rows of TT25, then one blank)', () => {
    const snapshot = sampleSnapshot('TT25');
    const table = snapshot[NAMES.ruleset] as Cell[][];
    table.push(table[0].map(() => null));
    const state = buildSidebarState(snapshot, NOW);
    expect(state?.rulesetTable).toHaveLength(37);
    expect(state?.rulesetTable[36]).toEqual(['', '', '', '', '', '', '', '', '', '', '', '']);
  });
});
