/**
 * Every top-level function of dist-rollup/Code.js called in the built bundle, with Apps Script's
 * globals backed by the roll-up fakes (test/rollup/harness.ts), as a person runs them from the menu
 * and, for the update, as a time-driven trigger runs them (no Ui: getUi() throws).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../src/rollup/menu';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import type { RunMode } from '../fakes/ui';
import { rollupBundle } from './entry-bundles';
import { fakeId, sheetLink } from '../rollup/harness';
import { readRecords } from '../../src/rollup/store';

const called = new Set<string>();

function bundle(mode: RunMode = 'person') {
  const { h, ui, gas } = rollupBundle(mode);
  const run = (name: string, ...args: unknown[]) => {
    called.add(name);
    return gas[name](...args);
  };
  return { h, ui, run };
}

describe('the roll-up entry points in the built bundle', () => {
  it('onOpen, set-up, update, report, help and self-check run as a person runs them', () => {
    const { h, ui, run } = bundle();
    run('onOpen');
    expect(ui.shown[0]).toMatchObject({ kind: 'menu', title: 'CĐHT Tổng hợp' });
    run('setUpRollup');
    expect(h.spreadsheet.getSheetByName(REGISTER_SHEET)).not.toBeNull();
    h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.spreadsheet
      .sheet(REGISTER_SHEET)
      .getRange(2, 1, 1, 3)
      .setValues([['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))]]);
    run('startUpdate');
    expect(ui.shown.at(-1)?.kind).toBe('alert');
    run('continueUpdate');
    ui.answers.push('2025');
    run('createYearReport');
    run('showHelp');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'alert' });
    run('checkRollup');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'dialog', title: 'Kiểm tra tiện ích' });
    run('showProgressSidebar');
    expect(ui.shown.at(-1)).toMatchObject({ kind: 'sidebar', title: 'Tiến độ cập nhật', content: 'file:Sidebar' });
    expect(run('CDHT_TALLY', [['Mức độ 1'], ['Mức độ 2']], 'TT25')).toBeTruthy();
  });

  it('in a trigger, where getUi() throws, continueUpdate with nothing under way reads nothing, and startUpdate does the whole work', () => {
    const { h, ui, run } = bundle('trigger');
    run('setUpRollup');
    h.workbook(fakeId('hoa-an'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.spreadsheet
      .sheet(REGISTER_SHEET)
      .getRange(2, 1, 1, 3)
      .setValues([['Xã Hòa An', 2025, sheetLink(fakeId('hoa-an'))]]);
    run('continueUpdate');
    expect(h.urlFetch.requests).toHaveLength(0);
    expect(readRecords(h.spreadsheet).size).toBe(0);
    run('startUpdate');
    expect(h.urlFetch.requests.length).toBeGreaterThan(0);
    expect([...readRecords(h.spreadsheet).values()].map((r) => r.commune)).toEqual(['Xã Hòa An']);
    expect(ui.shown).toEqual([]);
  });

  afterAll(() => {
    const entries = [...new Set(MENU_ITEMS.flatMap((item) => (item ? [item[1]] : [])))];
    expect([...entries, 'onOpen', 'CDHT_TALLY'].filter((name) => !called.has(name))).toEqual([]);
  });
});
