/**
 * What the sidebar loads states each indicator's requirements for the commune it is: a commune
 * in a difficult area ("Xã thuộc vùng khó khăn: Có" on "Thông tin") sees TC5.2's own thresholds,
 * 40 % and 10 % for Mức độ 1, 50 % and 12 % for Mức độ 2 (Thông tư 25/2023/TT-BGDĐT, Điều 6 khoản
 * 5 and Điều 7 khoản 5), for both levels; the others as for every commune. Typed from the text.
 */
import { describe, expect, it } from 'vitest';
import { loadSidebarState } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { INFO_LAYOUT, SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 0, 15, 8, 30);

function state(difficult: 'Có' | 'Không') {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  const row = INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === 'difficultArea');
  ss.sheet(SHEETS.info).type(`B${row}`, difficult);
  return loadSidebarState(ss, NOW);
}

describe('requirements in the sidebar', () => {
  it('a commune in a difficult area: TC5.2’s own thresholds at both levels', () => {
    const loaded = state('Có');
    expect(loaded.difficultArea).toBe(true);
    expect(loaded.indicators.map((i) => [i.code, i.criterion, i.kind, i.max ?? null, i.requirements.MD1, i.requirements.MD2])).toEqual([
      ['TC1.1', 'TC1', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC1.2', 'TC1', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC1.3', 'TC1', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC2.1', 'TC2', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC2.2', 'TC2', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC2.3', 'TC2', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC3.1', 'TC3', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC3.2', 'TC3', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC3.3', 'TC3', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC4.1', 'TC4', 'yesno', null, 'Đạt', 'Đạt'],
      ['TC4.2', 'TC4', 'level', 3, 'Chuẩn mức độ 2 trở lên', 'Chuẩn mức độ 3 trở lên'],
      ['TC4.3', 'TC4', 'level', 3, 'Chuẩn mức độ 2 trở lên', 'Chuẩn mức độ 3 trở lên'],
      ['TC4.4', 'TC4', 'level', 2, 'Chuẩn mức độ 1 trở lên', 'Chuẩn mức độ 2 trở lên'],
      ['TC5.1', 'TC5', 'percent', null, '≥ 60%', '≥ 80%'],
      ['TC5.2a', 'TC5', 'percent', null, '≥ 40%', '≥ 50%'],
      ['TC5.2b', 'TC5', 'percent', null, '≥ 10%', '≥ 12%'],
    ]);
  });

  it('any other commune: the general thresholds', () => {
    const loaded = state('Không');
    expect(loaded.difficultArea).toBe(false);
    expect(loaded.indicators.filter((i) => i.kind === 'percent').map((i) => [i.code, i.requirements.MD1, i.requirements.MD2])).toEqual([
      ['TC5.1', '≥ 60%', '≥ 80%'],
      ['TC5.2a', '≥ 50%', '≥ 60%'],
      ['TC5.2b', '≥ 12%', '≥ 15%'],
    ]);
  });
});
