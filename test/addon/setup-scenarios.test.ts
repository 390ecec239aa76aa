/**
 * Set-up and repair after the edits a committee sharing one spreadsheet makes: fill every input,
 * edit the structure as Sheets does it (the fake moves cells, named ranges and metadata), repair,
 * and find every value beside its label, code or member name.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { saveSidebarChanges } from '../../src/addon/sidebar';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { TABLE_HEADER } from '../../src/core/ruleset/table';
import { SHEETS } from '../../src/core/template/layout';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { FakeLock } from '../fakes/lock';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { type Tracked, filledWorkbook, rowWith, setup, tally } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

/** Per scenario: values tracked, kept, moved and lost, written to out/ for the note. */
const figures: string[] = [];
afterAll(() => {
  mkdirSync('out', { recursive: true });
  writeFileSync('out/setup-scenarios.txt', `${['scenario\ttracked\tkept\tmoved\tlost', ...figures].join('\n')}\n`);
});

/** Nothing moved, and nothing lost but what `lost` names (the deleted row's own values). */
function expectKept(tracked: Tracked[], lost: Cell[] = []) {
  const result = tally(tracked);
  figures.push([expect.getState().currentTestName, result.tracked, result.kept, result.moved.length, result.lost.length].join('\t'));
  expect(result.moved.map((t) => `${t.key} / ${t.header}: ${String(t.value)}`)).toEqual([]);
  expect(result.lost.map((t) => t.value)).toEqual(lost);
  return result;
}
type Cell = Tracked['value'];

/** What the add-on's own readers (sidebar, dossier, roll-up) see agrees with the sheet. */
function expectReadersAgree(ss: FakeSpreadsheet, tracked: Tracked[]) {
  const assessment = assessWorkbook(readSnapshot(ss));
  for (const t of tracked.filter((x) => x.header === 'Kết quả thực hiện (việc đã làm, số liệu)' && x.keyHeader === 'Mã')) {
    expect(assessment.evidence.get(t.key)?.description, t.key).toBe(t.value);
  }
  const signer = tracked.find((t) => t.key === INFO_FIELDS.find((f) => f.key === 'signerName')!.label)!;
  expect(assessment.info.signerName).toBe(signer.value);
  expect(assessment.info.members.map((m) => m.name)).toEqual(expect.arrayContaining(['Nguyễn Văn Bình', 'Phạm Thị Hoa']));
}

describe('repair after people edit the structure', () => {
  it('a column inserted before C in "Đánh giá", with notes typed in it', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnBefore(3);
    sheet.type('C4', 'Ghi chú riêng');
    for (const code of ['TC1.1', 'TC3.2', 'TC5.2b']) {
      const row = rowWith(sheet, 1, code);
      sheet.type(`C${row}`, `Việc cần làm ${code}`);
      tracked.push({ sheet, keyHeader: 'Mã', key: code, header: 'Ghi chú riêng', value: `Việc cần làm ${code}` });
    }
    setup(ss, LATER);
    expectKept(tracked);
    // The one results formula reads the value column where it now is.
    const formula = sheet.at('J5').formula || sheet.at('I5').formula;
    expect(formula).toMatch(/^=CDHT_RESULTS\(A5:A25;F5:F25;/);
    expectReadersAgree(ss, tracked);
  });

  it('a row deleted in "Thông tin" is re-created empty, and the user is told which field it held', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    const deleted = tracked.find((t) => t.key === 'Cơ quan tiếp nhận hồ sơ')!;
    sheet.deleteRow(rowWith(sheet, 1, 'Cơ quan tiếp nhận hồ sơ'));
    const result = setup(ss, LATER);
    expectKept(tracked, [deleted.value]);
    expect(rowWith(sheet, 1, 'Cơ quan tiếp nhận hồ sơ')).toBeGreaterThan(0);
    expect(result.messages.join('\n')).toMatch(/Cơ quan tiếp nhận hồ sơ/);
    expectReadersAgree(ss, tracked);
  });

  it('a row inserted in the committee table keeps the report texts beside their labels', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    const row = rowWith(sheet, 1, 'Lê Văn Dũng');
    sheet.insertRowBefore(row);
    sheet.type(`A${row}`, 'Võ Văn Em');
    sheet.type(`B${row}`, 'Chủ tịch Hội Khuyến học');
    tracked.push({ sheet, keyHeader: 'Họ và tên', key: 'Võ Văn Em', header: 'Chức vụ', value: 'Chủ tịch Hội Khuyến học' });
    setup(ss, LATER);
    expectKept(tracked);
    expect(assessWorkbook(readSnapshot(ss)).info.members.map((m) => m.name)).toContain('Võ Văn Em');
    expectReadersAgree(ss, tracked);
  });

  it('a column inserted before B in "Thông tin"', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    sheet.insertColumnBefore(2);
    sheet.type('B3', 'Người nhập');
    sheet.type(`B${rowWith(sheet, 1, 'Tên xã')}`, 'anh Minh');
    tracked.push({ sheet, keyHeader: 'Mục', key: 'Tên xã', header: 'Người nhập', value: 'anh Minh' });
    setup(ss, LATER);
    expectKept(tracked);
    expectReadersAgree(ss, tracked);
  });

  it('a row deleted in "Số liệu PCGD-XMC" loses only that row', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    const victim = tracked.filter((t) => t.sheet === sheet)[3].key;
    const lost = tracked.filter((t) => t.key === victim).map((t) => t.value);
    sheet.deleteRow(rowWith(sheet, 1, victim));
    const result = setup(ss, LATER);
    expectKept(tracked, lost);
    expect(result.messages.join('\n')).toContain(victim);
  });

  it('"Thông tin" renamed in a TT44 workbook stays TT44 and keeps its new name', () => {
    const { ss, tracked } = filledWorkbook('TT44');
    ss.sheet(SHEETS.info).setName('Thông tin xã');
    const before = ss.sheets.length;
    const result = setup(ss, LATER);
    expect(result.rulesetId).toBe('TT44');
    expect(result.archive).toBeNull();
    expect(ss.sheets.length).toBe(before);
    expect(ss.sheets.map((s) => s.name)).toContain('Thông tin xã');
    expectKept(tracked);
    expect(assessWorkbook(readSnapshot(ss)).info.rulesetId).toBe('TT44');
  });

  it('"Đánh giá" renamed: formulas read the renamed sheet, none is created empty', () => {
    const { ss, tracked } = filledWorkbook();
    ss.sheet(SHEETS.assessment).setName('Chấm điểm');
    const before = ss.sheets.length;
    setup(ss, LATER);
    expect(ss.sheets.length).toBe(before);
    expect(ss.sheets.map((s) => s.name)).not.toContain(SHEETS.assessment);
    expect(ss.sheet(SHEETS.results).at('B4').formula).toContain("'Chấm điểm'!");
    expectKept(tracked);
    expectReadersAgree(ss, tracked);
  });

  it('indicator rows sorted by value are recognised by their code', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.getRange('A5:H25').sort({ column: 5, ascending: false });
    const result = setup(ss, LATER);
    expectKept(tracked);
    expect(result.archive).toBeNull();
    expectReadersAgree(ss, tracked);
  });

  it('TT25 → TT44 → TT25 brings the TT25 values back', () => {
    const { ss, tracked } = filledWorkbook();
    const info = ss.sheet(SHEETS.info);
    const rulesetCell = `B${rowWith(info, 1, 'Bộ tiêu chí')}`;
    info.type(rulesetCell, 'TT44');
    setup(ss, LATER);
    info.type(rulesetCell, 'TT25');
    const back = setup(ss, new Date(2026, 10, 23, 9, 0));
    expect(back.rulesetId).toBe('TT25');
    expectKept(tracked.filter((t) => t.key !== 'Bộ tiêu chí'));
  });

  it("a province's added indicator gets its row; values and notes on criterion headings stay", () => {
    const { ss, tracked } = filledWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    const after = rowWith(table, 2, 'TC1.3');
    table.insertRowAfter(after);
    const row: Record<string, string> = { Loại: 'Chỉ tiêu', Mã: 'TC1.4', 'Nội dung': 'Chỉ tiêu riêng của tỉnh', Kiểu: 'Đạt/Không đạt', 'Trạng thái': 'Chưa xác minh' };
    TABLE_HEADER.forEach((h, c) => {
      if (row[h]) table.getRange(after + 1, c + 1).setValue(row[h]);
    });
    setup(ss, LATER);
    expectKept(tracked);
    expect(rowWith(ss.sheet(SHEETS.assessment), 1, 'TC1.4')).toBeGreaterThan(0);
    expectReadersAgree(ss, tracked);
  });

  it('a second repair after the first changes nothing', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnBefore(3);
    ss.sheet(SHEETS.info).deleteRow(rowWith(ss.sheet(SHEETS.info), 1, 'Số Biên bản'));
    setup(ss, LATER);
    const first = ss.state();
    const second = setup(ss, new Date(2026, 10, 23));
    expect(ss.state()).toEqual(first);
    expect(second.messages).toEqual([]);
    expectKept(
      tracked,
      tracked.filter((t) => t.key === 'Số Biên bản').map((t) => t.value),
    );
  });

  it('the sidebar saves under the right header after a column was inserted', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.insertColumnBefore(3);
    setup(ss, LATER);
    const before = tracked.find((t) => t.key === 'TC1.2' && t.header === 'Giá trị của xã')!;
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [{ code: 'TC1.2', field: 'value', before: before.value as string, after: 'Không đạt' }] });
    expect(result).toMatchObject({ saved: 1, conflicts: [], missing: [] });
    expectKept(tracked.map((t) => (t === before ? { ...t, value: 'Không đạt' } : t)));
  });
});

describe('when the structure cannot be matched with certainty', () => {
  it('a label found twice: set-up changes nothing and says which rows to fix', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    const row = rowWith(sheet, 1, 'Họ và tên người ký');
    sheet.insertRowAfter(row);
    sheet.type(`A${row + 1}`, 'Họ và tên người ký *');
    sheet.type(`B${row + 1}`, 'Người khác');
    const before = ss.state();
    const result = setup(ss, LATER);
    expect(ss.state()).toEqual(before);
    expect(result.refused).toBe(true);
    expect(setupMessage(result)).toBe(`Trang "Thông tin": dòng "Họ và tên người ký" có ở 2 chỗ (dòng ${row}, ${row + 1}). Hãy xoá hoặc sửa dòng thừa rồi chạy lại.\nChưa thay đổi gì trong bảng tính.`);
  });

  it('a sheet whose rows are mostly not the template is left alone', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    sheet.deleteRows(1, 12);
    sheet.getRange(1, 1, 2, 2).setValues([
      ['Bảng riêng', 'của xã'],
      ['1', '2'],
    ]);
    const before = ss.state();
    const result = setup(ss, LATER);
    expect(ss.state()).toEqual(before);
    expect(result.messages[0]).toMatch(/^Không nhận ra cấu trúc trang "Số liệu PCGD-XMC"/);
  });
});
