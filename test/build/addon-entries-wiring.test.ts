/**
 * Each entry point of dist/Code.js passes on every argument it is given, to the function its name
 * says: a custom function that dropped `difficult_area` would rate every vùng khó khăn against the
 * general thresholds, and "Khôi phục năm" that dropped the open tab would restore the wrong year.
 * Expected values worked out by hand from Thông tư 25/2023 (Phụ lục, chỉ tiêu 5.2: at least 50 %
 * trained, 40 % in a vùng khó khăn, for Mức độ 1) and the README's menu table.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_TT25_ROWS } from '../fixtures/sample-commune';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { columns, type Row } from '../helpers';
import { addonBundle } from './entry-bundles';

type Fn = (...args: unknown[]) => unknown;

/** The sample commune with 45 % of its citizens trained (TC5.2a): below 50 %, above the vùng khó khăn's 40 %. */
const rows = (SAMPLE_TT25_ROWS as readonly Row[]).map(([code, value]): Row => [code, code === 'TC5.2a' ? 0.45 : value]);
const { codes, values } = columns(rows);

function custom() {
  const { gas } = addonBundle();
  return (name: string, ...args: unknown[]) => JSON.parse(JSON.stringify((gas[name] as Fn)(...args)));
}

describe('the custom functions pass difficult_area on', () => {
  it('CDHT_RATING: 45 % trained fails Mức độ 1 in general ("Chưa đạt") and meets it in a vùng khó khăn', () => {
    const call = custom();
    expect(call('CDHT_RATING', codes, values, 'TT25', false)).toBe('Chưa đạt');
    expect(call('CDHT_RATING', codes, values, 'TT25', true)).toBe('Mức độ 1');
  });

  it('CDHT_SCORE: 14 of 15 indicators at Mức độ 1 in general, all 15 in a vùng khó khăn', () => {
    const call = custom();
    expect(call('CDHT_SCORE', codes, values, 'TT25', 'Không')).toBe(14);
    expect(call('CDHT_SCORE', codes, values, 'TT25', 'Có')).toBe(15);
  });

  it('CDHT_CRITERIA: TC5 has 1 of 2 indicators at Mức độ 1 in general, 2 of 2 in a vùng khó khăn', () => {
    const call = custom();
    const tc5 = (difficult: boolean) => (call('CDHT_CRITERIA', codes, values, 'TT25', difficult) as unknown[][]).find((row) => row[0] === 'TC5');
    expect(tc5(false)?.slice(2)).toEqual(['Không đạt', 'Không đạt', 1, 2]);
    expect(tc5(true)?.slice(2)).toEqual(['Đạt', 'Không đạt', 2, 2]);
  });

  it('CDHT_CHECK names a difficult_area it cannot read, and nothing else', () => {
    const call = custom();
    expect(call('CDHT_CHECK', codes, values, 'TT25', 'Không rõ')).toEqual([['Đối số', 'Lỗi', 'Ô "xã thuộc vùng khó khăn" cần ghi Có/Không (hoặc TRUE/FALSE), đang là "Không rõ".']]);
  });
});

describe('"Khôi phục năm từ trang lưu trữ" restores the archive tab that is open', () => {
  it('two archives (2025, then 2026): with the older one open, year 2025 comes back from it, not the newest', () => {
    const { ss, ui, gas, activate } = addonBundle();
    gas.setupWorkbook();
    fillSampleCommune(ss);
    const names = () => ss.sheets.map((s) => s.name);
    const before = names();
    ui.answers.push('YES');
    gas.startNewYear();
    const [archive2025] = names().filter((n) => !before.includes(n));
    ui.answers.push('YES');
    gas.startNewYear();
    expect(names().filter((n) => !before.includes(n))).toHaveLength(2);
    activate(archive2025);
    ui.answers.push('YES');
    gas.restoreYearFromArchive();
    const done = ui.shown.at(-1);
    expect(done?.title).toBe('Khôi phục năm từ trang lưu trữ');
    expect(done?.content.split('\n\n')[0]).toBe(`Đã khôi phục dữ liệu năm 2025 từ trang "${archive2025}".`);
  });
});
