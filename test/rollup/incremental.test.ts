import { describe, expect, it } from 'vitest';
import { runUpdate, type UpdateOutcome } from '../../src/rollup/update';
import { REGISTER_SHEET } from '../../src/core/rollup/register';
import { GENERATED_SHEETS } from '../../src/core/rollup/sheets';
import type { Cell } from '../../src/core/cells/values';
import { TT25_VALUES, TT44_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from './harness';

const done = (outcome: UpdateOutcome) => {
  if (outcome.kind !== 'done') throw new Error(`expected done, got ${outcome.kind}: ${outcome.message}`);
  return outcome;
};

/**
 * A district's register over two years: 2023 (TT44, final since 01/01/2024) and 2025 (TT25,
 * open until its dossiers are due before 28/02/2026). The harness clock starts on 15/01/2026.
 * Rows: Hòa An 2023 and 2025, Bình Minh 2023 and 2025 (2025 not shared yet), a typed result.
 */
function district() {
  const h = harness();
  h.workbook(fakeId('ha-23'), communeWorkbook({ commune: 'Xã Hòa An', year: 2023, rulesetId: 'TT44', values: TT44_VALUES.TOT }));
  h.workbook(fakeId('ha-25'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
  h.workbook(fakeId('bm-23'), communeWorkbook({ commune: 'Xã Bình Minh', year: 2023, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
  h.api.files.set(fakeId('bm-25'), { kind: 'error', code: 403, status: 'PERMISSION_DENIED', message: 'The caller does not have permission' });
  const rows: Cell[][] = [
    ['Xã Hòa An', 2023, sheetLink(fakeId('ha-23'))],
    ['Xã Hòa An', 2025, sheetLink(fakeId('ha-25'))],
    ['Xã Bình Minh', 2023, sheetLink(fakeId('bm-23'))],
    ['Xã Bình Minh', 2025, sheetLink(fakeId('bm-25'))],
    ['Xã Mỹ Lộc', 2025, '', 'Mức độ 1'],
  ];
  const register = h.register(rows);
  const asked = (from: number) => h.api.asked.slice(from).sort();
  return { ...h, register, asked };
}

const communes = (h: ReturnType<typeof district>) => h.spreadsheet.sheet(GENERATED_SHEETS.communes).values();

describe('Cập nhật tổng hợp again: only what may have changed is read', () => {
  it('the first update reads every workbook; the next one, with the register unchanged, reads none of the final year', () => {
    const h = district();
    expect(done(runUpdate(h.services, 'start')).reads).toBe(4);
    const before = communes(h);
    h.clock.advance(60 * 60_000);
    const mark = h.api.asked.length;
    const again = done(runUpdate(h.services, 'start'));
    // Bình Minh 2025 failed while 2025 is open: asked again (the commune may have shared it since).
    expect(h.asked(mark)).toEqual([fakeId('bm-25')]);
    expect(again.message).toMatch(/^Đã cập nhật tổng hợp \(đọc 1 bảng tính\)/);
    expect(communes(h)).toEqual(before);
  });

  it('a register whose years are all final and all read makes no reads at all', () => {
    const h = district();
    h.clock.advance(60 * 86_400_000); // 16/03/2026: 2025 is final too
    done(runUpdate(h.services, 'start'));
    const mark = h.api.asked.length;
    h.clock.advance(86_400_000);
    const again = done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([]);
    expect(h.urlFetch.batches).toHaveLength(1);
    expect(again.message).toMatch(/^Đã cập nhật tổng hợp \(không cần đọc lại bảng tính nào\)/);
  });

  it('reads an added row and a changed link only', () => {
    const h = district();
    done(runUpdate(h.services, 'start'));
    h.clock.advance(60_000);
    h.workbook(fakeId('ha-25b'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD2 }));
    h.workbook(fakeId('cl-25'), communeWorkbook({ commune: 'Xã Cát Lợi', year: 2025, values: TT25_VALUES.FAIL }));
    h.register.getRange(3, 3, 1, 1).setValues([[sheetLink(fakeId('ha-25b'))]]);
    h.register.getRange(7, 1, 1, 3).setValues([['Xã Cát Lợi', 2025, sheetLink(fakeId('cl-25'))]]);
    const mark = h.api.asked.length;
    const again = done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([fakeId('bm-25'), fakeId('cl-25'), fakeId('ha-25b')].sort());
    expect(again.rollUp.records.map((r) => [r.row, r.rating])).toEqual([
      [2, 'Tốt'],
      [3, 'Mức độ 2'],
      [4, 'Khá'],
      [5, null],
      [6, 'Mức độ 1'],
      [7, 'Chưa đạt'],
    ]);
  });

  it('keeps a record when its row moves, and reads a row marked "Đọc lại", then clears the mark', () => {
    const h = district();
    done(runUpdate(h.services, 'start'));
    h.clock.advance(60_000);
    // Hòa An 2023 corrected its workbook after the year closed: the province marks the row.
    h.workbook(fakeId('ha-23'), communeWorkbook({ commune: 'Xã Hòa An', year: 2023, rulesetId: 'TT44', values: TT44_VALUES.KHA }));
    h.register.insertRowBefore(2);
    h.register.getRange(3, 6, 2, 1).setValues([[true], ['Đọc lại']]);
    const mark = h.api.asked.length;
    const again = done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([fakeId('bm-25'), fakeId('ha-23'), fakeId('ha-25')].sort());
    expect(again.rollUp.records.find((r) => r.row === 3)?.rating).toBe('Khá');
    expect(h.register.getRange(3, 6, 2, 1).getValues()).toEqual([[false], ['']]);
  });

  it('a failure in a final year is not asked again unless the row is marked', () => {
    const h = district();
    h.clock.advance(60 * 86_400_000); // 2025 final
    done(runUpdate(h.services, 'start'));
    const mark = h.api.asked.length;
    h.clock.advance(60_000);
    done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([]);
    h.register.getRange(5, 6, 1, 1).setValues([['x']]);
    h.clock.advance(60_000);
    done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([fakeId('bm-25')]);
  });

  it('a year read while open is read once more when it becomes final, then kept', () => {
    const h = district();
    done(runUpdate(h.services, 'start'));
    // The commune finished its workbook before the deadline.
    h.workbook(fakeId('ha-25'), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD2 }));
    h.clock.time = new Date(2026, 2, 1, 8, 0).getTime();
    const mark = h.api.asked.length;
    const final = done(runUpdate(h.services, 'start'));
    expect(h.asked(mark)).toEqual([fakeId('bm-25'), fakeId('ha-25')].sort());
    expect(final.rollUp.records.find((r) => r.row === 3)?.rating).toBe('Mức độ 2');
    const mark2 = h.api.asked.length;
    h.clock.advance(86_400_000);
    done(runUpdate(h.services, 'start'));
    expect(h.asked(mark2)).toEqual([]);
  });
});

describe('the pace setting', () => {
  /** 400 workbooks of 2025, 3 s a batch. */
  function province(pace: Cell) {
    const h = harness(3_000);
    const rows: Cell[][] = [];
    for (let i = 0; i < 400; i++) {
      h.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
      rows.push([`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i))]);
    }
    h.register(rows);
    h.spreadsheet
      .sheet(REGISTER_SHEET)
      .getRange(1, 9, 1, 1)
      .setValues([[pace]]);
    return h;
  }

  it('at 120 a minute a province of 400 is read in one run, never more than 120 in a minute', () => {
    const h = province(120);
    done(runUpdate(h.services, 'start'));
    expect(h.clock.time - new Date(2026, 0, 15, 8, 0).getTime()).toBeLessThan(4 * 60_000);
    expect(h.urlFetch.batches.slice(0, 6).flat()).toHaveLength(120);
    expect(h.clock.sleeps.length).toBeGreaterThan(0);
  });

  it('anything but a positive whole number reads at Google’s 60 a minute', () => {
    const h = province('nhanh');
    expect(runUpdate(h.services, 'start').kind).toBe('paused');
    expect(h.api.asked).toHaveLength(300);
  });
});
