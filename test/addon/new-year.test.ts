/**
 * "Bắt đầu năm đánh giá mới" and its undo on the Spreadsheet fake, from a workbook set up and
 * filled in as a commune would: what is kept, what goes to the dated archive, the year, a second
 * roll-over, and a restore that gives back exactly the cells of before.
 */
import { describe, expect, it } from 'vitest';
import { restoreYear, startNewYear } from '../../src/addon/new-year';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { ASSESSMENT_FIRST_ROW, INFO_LAYOUT, SHEETS, sheetTagKey } from '../../src/core/template/layout';
import { TT25 } from '../../src/core/ruleset/tt25';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';
import { FakeLock } from '../fakes/lock';

const SETUP_TIME = new Date(2026, 0, 10, 8, 0);
const ROLL_TIME = new Date(2026, 10, 21, 9, 30);
const infoCell = (key: string) => `B${INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === key)}`;
const rowOf = (code: string) => ASSESSMENT_FIRST_ROW + assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);
const TEMPLATE_SHEETS = Object.values(SHEETS);

/** A commune's workbook for 2025, filled in by hand: identity, committee, values, evidence, narrative, PCGD counts. */
function filledWorkbook() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), SETUP_TIME);
  const info = ss.sheet(SHEETS.info);
  info.type(infoCell('commune'), 'Xã Hòa An');
  info.type(infoCell('year'), 2025);
  info.type(infoCell('md1DecisionDate'), new Date(2024, 2, 5));
  info.type(infoCell('signerName'), 'Nguyễn Văn Bình');
  info.type(infoCell('proposalNumber'), '15/TTr-UBND');
  info.type(`A${INFO_LAYOUT.membersHeader + 1}`, 'Nguyễn Văn Bình');
  info.type(`B${INFO_LAYOUT.membersHeader + 1}`, 'Chủ tịch UBND xã');
  info.type(`B${INFO_LAYOUT.firstNarrative}`, 'Thuận lợi: nhân dân đồng thuận.');
  info.type(`B${INFO_LAYOUT.firstDossier}`, 'https://docs.google.com/document/d/abc');
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type(`E${rowOf('TC1.1')}`, 'Đạt');
  sheet.type(`F${rowOf('TC1.1')}`, 'https://drive.google.com/minh-chung-1');
  sheet.type(`E${rowOf('TC5.1')}`, 0.65);
  // A note typed as text that looks like a number, and a formula a user typed into an input.
  sheet.at(`G${rowOf('TC5.1')}`).format = '@';
  sheet.type(`G${rowOf('TC5.1')}`, '0123');
  sheet.type(`E${rowOf('TC5.2a')}`, '=0.5+0.2');
  sheet.type(`H${rowOf('TC4.2')}`, 'Trường Tiểu học');
  const units = ss.sheet(SHEETS.units);
  units.type('A9', 'Thôn Đông');
  units.type('B9', 120);
  const pcgd = ss.sheet(SHEETS.pcgd);
  pcgd.type('B4', 1200);
  const hardFlagRow = findRow(ss, SHEETS.pcgd, /ĐBKK\)$/);
  pcgd.type(`B${hardFlagRow}`, 'Có');
  return { ss, info, sheet, pcgd, hardFlagRow };
}

function findRow(ss: FakeSpreadsheet, name: string, label: RegExp): number {
  for (let row = 1; row < 200; row++) if (label.test(String(ss.sheet(name).at(`A${row}`).value))) return row;
  throw new Error(`no row ${label} in ${name}`);
}

/** Values and formulas of the template sheets, cell by cell: what "nothing lost" compares. */
function contents(ss: FakeSpreadsheet): unknown {
  return TEMPLATE_SHEETS.map((name) => {
    const state = ss.sheet(name).state() as { cells: Array<[string, { value: unknown; formula: string }]> };
    return [name, state.cells.filter(([, c]) => c.value !== '' || c.formula !== '').map(([key, c]) => [key, c.value instanceof Date ? c.value.getTime() : c.value, c.formula])];
  });
}

const deps = (ss: FakeSpreadsheet, answer = true, now = ROLL_TIME) => ({ spreadsheet: ss, lock: new FakeLock(), confirm: () => answer, now });

describe('Bắt đầu năm đánh giá mới', () => {
  it('keeps the commune, committee, signer, Mức độ 1 date, ruleset and ĐBKK status; sets 2026; empties the yearly inputs', () => {
    const { ss, info, sheet, pcgd, hardFlagRow } = filledWorkbook();
    const table = JSON.stringify(ss.sheet(SHEETS.ruleset).state());
    const lines = startNewYear(deps(ss));
    expect(lines[0]).toBe('Đã chuyển sang năm đánh giá 2026.');
    expect(info.at(infoCell('year')).value).toBe(2026);
    expect(info.at(infoCell('commune')).value).toBe('Xã Hòa An');
    expect(info.at(infoCell('signerName')).value).toBe('Nguyễn Văn Bình');
    expect(info.at(infoCell('md1DecisionDate')).value).toEqual(new Date(2024, 2, 5));
    expect(info.at(`B${INFO_LAYOUT.membersHeader + 1}`).value).toBe('Chủ tịch UBND xã');
    expect(info.at(infoCell('rulesetId')).value).toBe('TT25');
    expect(pcgd.at(`B${hardFlagRow}`).value).toBe('Có');
    expect(JSON.stringify(ss.sheet(SHEETS.ruleset).state())).toBe(table);
    for (const a1 of [infoCell('proposalNumber'), `B${INFO_LAYOUT.firstNarrative}`, `B${INFO_LAYOUT.firstDossier}`]) expect(info.at(a1).value, a1).toBe('');
    for (const a1 of [`E${rowOf('TC1.1')}`, `F${rowOf('TC1.1')}`, `E${rowOf('TC5.1')}`, `G${rowOf('TC5.1')}`, `H${rowOf('TC4.2')}`]) expect(sheet.at(a1).value, a1).toBe('');
    // A percent indicator computes from the (emptied) counts again, whatever was typed over it.
    expect(sheet.at(`E${rowOf('TC5.2a')}`).formula).toBe("='Số liệu theo đơn vị'!$E$5");
    expect(pcgd.at('B4').value).toBe('');
    // The thôn the commune counts by are kept; their counts are the year's.
    expect(ss.sheet(SHEETS.units).at('A9').value).toBe('Thôn Đông');
    expect(ss.sheet(SHEETS.units).at('B9').value).toBe('');
    // Formulas of the template are untouched.
    expect(sheet.at(`I${ASSESSMENT_FIRST_ROW}`).formula).toMatch(/^=CDHT_RESULTS\(/);
  });

  it('moves this year into a dated archive sheet, cell by cell, formulas and number-like text included', () => {
    const { ss } = filledWorkbook();
    const lines = startNewYear(deps(ss));
    const name = 'Lưu trữ năm 2025 (21-11-2026 09.30)';
    expect(lines[1]).toBe(`Dữ liệu năm 2025 (12 ô) được lưu ở trang "${name}".`);
    const archive = ss.sheet(name);
    const row = (r: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => archive.at(`${c}${r}`).value);
    expect(row(1).slice(0, 2)).toEqual(['LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ', 2025]);
    expect(row(4)).toEqual(['Trang', 'Mục', 'Ô', 'Giá trị', 'Công thức (không có dấu =)', 'Ô trong mẫu']);
    const archived = Array.from({ length: 12 }, (_, i) => row(5 + i));
    expect(archived).toContainEqual(['Số liệu theo đơn vị', '', 'B9', 120, '', 'B9']);
    expect(archived).toContainEqual(['Thông tin', 'Năm đánh giá', infoCell('year'), 2025, '', infoCell('year')]);
    expect(archived).toContainEqual(['Thông tin', 'Số Tờ trình', infoCell('proposalNumber'), '15/TTr-UBND', '', infoCell('proposalNumber')]);
    expect(archived).toContainEqual(['Thông tin', 'Thuận lợi', `B${INFO_LAYOUT.firstNarrative}`, 'Thuận lợi: nhân dân đồng thuận.', '', `B${INFO_LAYOUT.firstNarrative}`]);
    expect(archived).toContainEqual(['Đánh giá', 'TC1.1', `F${rowOf('TC1.1')}`, 'https://drive.google.com/minh-chung-1', '', `F${rowOf('TC1.1')}`]);
    expect(archived).toContainEqual(['Đánh giá', 'TC5.1', `G${rowOf('TC5.1')}`, '0123', '', `G${rowOf('TC5.1')}`]);
    expect(archived).toContainEqual(['Đánh giá', 'TC5.2a', `E${rowOf('TC5.2a')}`, '', '0.5+0.2', `E${rowOf('TC5.2a')}`]);
    expect(archived.map((r) => r[1])).not.toContain('Tên xã');
    expect(ss.sheets.map((s) => s.name).at(-1)).toBe(name);
  });

  it('archives a date with its time whenever it has one, a time in the hour after midnight included', () => {
    const { ss, info } = filledWorkbook();
    // The dossier was made at 00:30; the Mức độ 1 decision date is kept, so the archive's dates are the dossier's.
    info.type(`B${INFO_LAYOUT.firstDossier + 1}`, new Date(2025, 11, 20, 0, 30));
    startNewYear(deps(ss));
    const archive = ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)');
    const dated = Array.from({ length: 20 }, (_, i) => archive.at(`D${5 + i}`)).filter((cell) => cell.value instanceof Date);
    expect(dated.map((cell) => [(cell.value as Date).getTime(), cell.format])).toEqual([[new Date(2025, 11, 20, 0, 30).getTime(), 'dd/mm/yyyy hh:mm']]);
  });

  it('a second roll-over archives 2026 in its own sheet and leaves the first archive alone', () => {
    const { ss, info, sheet } = filledWorkbook();
    startNewYear(deps(ss));
    const first = JSON.stringify(ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)').state());
    sheet.type(`E${rowOf('TC1.1')}`, 'Không đạt');
    const lines = startNewYear(deps(ss, true, new Date(2027, 10, 2, 14, 5)));
    expect(lines[0]).toBe('Đã chuyển sang năm đánh giá 2027.');
    expect(info.at(infoCell('year')).value).toBe(2027);
    const second = ss.sheet('Lưu trữ năm 2026 (02-11-2027 14.05)');
    expect(second.at('D6').value).toBe('Không đạt');
    expect(second.at('D5').value).toBe(2026);
    expect(JSON.stringify(ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)').state())).toBe(first);
  });

  it('changes nothing when the user says no, or when "Năm đánh giá" is blank (naming the field)', () => {
    const { ss, info } = filledWorkbook();
    const before = JSON.stringify(ss.sheets.map((s) => s.state()));
    expect(startNewYear(deps(ss, false))).toEqual(['Đã hủy, chưa có gì thay đổi.']);
    info.type(infoCell('year'), '');
    const blank = JSON.stringify(ss.sheets.map((s) => s.state()));
    expect(startNewYear(deps(ss))).toEqual(['Ô "Năm đánh giá" (B6) ở trang "Thông tin" đang trống hoặc sai: hãy ghi năm của dữ liệu hiện có (ví dụ 2025) trước khi chuyển năm; chưa có gì thay đổi.']);
    expect(JSON.stringify(ss.sheets.map((s) => s.state()))).toBe(blank);
    expect(before).not.toBe(blank);
  });

  it('finds the cells where people moved them: an inserted column and an inserted row keep their content', () => {
    const { ss, sheet } = filledWorkbook();
    sheet.insertColumnBefore(6); // a column of the commune's own between "Giá trị" and "Minh chứng"
    sheet.insertRowBefore(rowOf('TC1.1'));
    sheet.type('F3', 'Cột riêng của xã');
    sheet.type(`F${rowOf('TC1.1') + 1}`, 'ghi chú riêng');
    const before = contents(ss);
    startNewYear(deps(ss));
    expect(sheet.at('F3').value).toBe('Cột riêng của xã');
    expect(sheet.at(`F${rowOf('TC1.1') + 1}`).value).toBe('ghi chú riêng');
    expect(sheet.at(`E${rowOf('TC1.1') + 1}`).value).toBe('');
    expect(sheet.at(`G${rowOf('TC1.1') + 1}`).value).toBe('');
    const archive = ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)');
    const rows = Array.from({ length: 11 }, (_, i) => ['A', 'B', 'C', 'D', 'F'].map((c) => archive.at(`${c}${5 + i}`).value));
    expect(rows).toContainEqual(['Đánh giá', 'TC1.1', `G${rowOf('TC1.1') + 1}`, 'https://drive.google.com/minh-chung-1', `F${rowOf('TC1.1')}`]);
    restoreYear(deps(ss, true, new Date(2026, 10, 21, 9, 45)), 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(contents(ss)).toEqual(before);
  });

  it('columns inserted before the inputs, then a repair: the year is found and every yearly input moves to the archive (newcomer review)', () => {
    const { ss, info, sheet } = filledWorkbook();
    sheet.type(`H${rowOf('TC1.1')}`, 'Hội Khuyến học xã');
    info.insertColumnsBefore(2, 2);
    sheet.insertColumnsBefore(3, 3);
    setupWorkbook(ss, fakeFactories(ss.log), SETUP_TIME);
    const before = contents(ss);
    const message = startNewYear(deps(ss));
    expect(JSON.stringify(message)).not.toMatch(/trống/);
    expect(info.values().flat()).toContain(2026);
    expect(sheet.values().flat()).not.toContain('Hội Khuyến học xã');
    restoreYear(deps(ss, true, new Date(2026, 10, 21, 9, 45)), 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(contents(ss)).toEqual(before);
  });

  it('follows a renamed sheet, as set-up does', () => {
    const { ss, sheet } = filledWorkbook();
    ss.renamed(sheet, 'Đánh giá 2025');
    startNewYear(deps(ss));
    expect(sheet.getName()).toBe('Đánh giá 2025');
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('');
    expect(ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)').at('A1').value).toBe('LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ');
  });

  it('finds a row whose code someone emptied, as set-up does: its values are archived with its code', () => {
    const { ss, sheet } = filledWorkbook();
    sheet.type(`A${rowOf('TC1.1')}`, '');
    const lines = startNewYear(deps(ss));
    expect(lines[0]).toBe('Đã chuyển sang năm đánh giá 2026.');
    expect(sheet.at(`F${rowOf('TC1.1')}`).value).toBe('');
    const archive = ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)');
    const rows = Array.from({ length: 11 }, (_, i) => ['A', 'B', 'D'].map((c) => archive.at(`${c}${5 + i}`).value));
    expect(rows).toContainEqual(['Đánh giá', 'TC1.1', 'https://drive.google.com/minh-chung-1']);
  });

  it('refuses a workbook whose labels were overwritten, before changing anything', () => {
    const { ss, sheet } = filledWorkbook();
    // Its wording too: with the wording left, the row would be recognised by it (match.ts).
    sheet.type(`A${rowOf('TC1.2')}`, 'TC1.1b');
    sheet.type(`B${rowOf('TC1.2')}`, 'Kế hoạch của xã');
    const before = JSON.stringify(ss.sheets.map((s) => s.state()));
    expect(startNewYear(deps(ss))[0]).toMatch(/^Trang "Đánh giá" không còn dòng "TC1.2" của mẫu\. Hãy chọn CĐHT → "Thiết lập \/ sửa mẫu"/);
    expect(JSON.stringify(ss.sheets.map((s) => s.state()))).toBe(before);
  });
});

describe('Bắt đầu năm đánh giá mới: what stops it, before anything changes', () => {
  const BROKEN_TABLE = 'Chưa đọc được bộ tiêu chí: Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".';

  it('a ruleset table with an error: names the row, the indicator and the column', () => {
    const { ss } = filledWorkbook();
    ss.sheet(SHEETS.ruleset).type('D5', 'Kiểu lạ');
    const before = JSON.stringify(ss.sheets.map((s) => s.state()));
    expect(startNewYear(deps(ss))).toEqual([BROKEN_TABLE]);
    expect(JSON.stringify(ss.sheets.map((s) => s.state()))).toBe(before);
  });

  it('two sheets tagged as "Đánh giá", neither of them under that name: names both', () => {
    const { ss, sheet } = filledWorkbook();
    ss.renamed(sheet, 'ĐG 2025');
    ss.insertSheet('Bản sao của ĐG 2025', ss.sheets.length).addDeveloperMetadata(sheetTagKey('assessment'), '');
    expect(startNewYear(deps(ss))).toEqual([
      'Có 2 trang cùng là trang "Đánh giá" của mẫu ("ĐG 2025", "Bản sao của ĐG 2025"): hãy xoá bản sao, hoặc đặt lại tên "Đánh giá" cho trang đang dùng, rồi chạy lại.',
    ]);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('Đạt');
  });

  it('a deleted sheet of the template: names it and points to set-up', () => {
    const { ss, sheet } = filledWorkbook();
    ss.deleteSheet(ss.sheet(SHEETS.units));
    expect(startNewYear(deps(ss))).toEqual(['Không thấy trang "Số liệu theo đơn vị". Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.']);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('Đạt');
  });

  it('an indicator row twice: names its code and both rows', () => {
    const { ss, sheet } = filledWorkbook();
    const row = rowOf('TC1.2');
    sheet.insertRowsAfter(row, 1);
    sheet.type(`A${row + 1}`, 'TC1.2');
    sheet.type(`B${row + 1}`, String(sheet.at(`B${row}`).value));
    expect(startNewYear(deps(ss))).toEqual([`Trang "Đánh giá" có "TC1.2" ở nhiều dòng (${row}, ${row + 1}). Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.`]);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('Đạt');
  });

  it('a deleted column of inputs: named by its header, since the letters after it moved', () => {
    const { ss, sheet } = filledWorkbook();
    sheet.deleteColumns(5, 1);
    expect(startNewYear(deps(ss))).toEqual(['Trang "Đánh giá" không còn cột "Giá trị của xã" của mẫu. Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.']);
  });

  it('a change made while the question was open is read again under the lock: a table broken meanwhile, or the year emptied, stops it', () => {
    const { ss, info, sheet } = filledWorkbook();
    const breakTable = () => {
      ss.sheet(SHEETS.ruleset).type('D5', 'Kiểu lạ');
      return true;
    };
    expect(startNewYear({ ...deps(ss), confirm: breakTable })).toEqual([BROKEN_TABLE]);
    ss.sheet(SHEETS.ruleset).type('D5', 'Đạt/Không đạt');
    const emptyYear = () => {
      info.type(infoCell('year'), '');
      return true;
    };
    expect(startNewYear({ ...deps(ss), confirm: emptyYear })).toEqual([
      'Ô "Năm đánh giá" (B6) ở trang "Thông tin" đang trống hoặc sai: hãy ghi năm của dữ liệu hiện có (ví dụ 2025) trước khi chuyển năm; chưa có gì thay đổi.',
    ]);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('Đạt');
    expect(ss.sheets.map((s) => s.getName()).filter((n) => n.startsWith('Lưu trữ'))).toEqual([]);
  });
});

describe('Khôi phục năm từ trang lưu trữ (the undo)', () => {
  it('gives back every cell of 2025 exactly, after archiving what was typed for 2026', () => {
    const { ss, sheet } = filledWorkbook();
    const before = contents(ss);
    startNewYear(deps(ss));
    sheet.type(`E${rowOf('TC2.1')}`, 'Đạt');
    const lines = restoreYear(deps(ss, true, new Date(2026, 10, 22, 10, 0)), 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(lines[0]).toBe('Đã khôi phục dữ liệu năm 2025 từ trang "Lưu trữ năm 2025 (21-11-2026 09.30)".');
    expect(contents(ss)).toEqual(before);
    expect(sheet.at(`G${rowOf('TC5.1')}`).value).toBe('0123');
    const saved = ss.sheet('Lưu trữ năm 2026 (22-11-2026 10.00)');
    expect(['A', 'B', 'C', 'D'].map((c) => saved.at(`${c}6`).value)).toEqual(['Đánh giá', 'TC2.1', `E${rowOf('TC2.1')}`, 'Đạt']);
  });

  it('the year emptied since the roll-over: the question and the message say "(chưa ghi)"', () => {
    const { ss, info } = filledWorkbook();
    startNewYear(deps(ss));
    info.type(infoCell('year'), '');
    let asked = '';
    const ask = (question: string) => {
      asked = question;
      return true;
    };
    const lines = restoreYear({ ...deps(ss, true, new Date(2026, 10, 22, 10, 0)), confirm: ask }, 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(asked).toMatch(/\n\nDữ liệu hiện có của năm \(chưa ghi\) được chép sang một trang lưu trữ mới trước, nên không mất gì\. /);
    expect(lines[1]).toBe('Dữ liệu năm (chưa ghi) trước khi khôi phục được lưu ở trang "Lưu trữ năm chưa ghi (22-11-2026 10.00)".');
    expect(info.at(infoCell('year')).value).toBe(2025);
  });

  it('a date changed since the roll-over comes back as archived', () => {
    const { ss, info } = filledWorkbook();
    const made = `B${INFO_LAYOUT.firstDossier + 1}`;
    info.type(made, new Date(2025, 11, 20, 0, 30));
    startNewYear(deps(ss));
    info.type(made, new Date(2026, 2, 1, 8, 0));
    restoreYear(deps(ss, true, new Date(2026, 10, 22, 10, 0)), 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(info.at(made).value).toEqual(new Date(2025, 11, 20, 0, 30));
  });

  it('a row of the archive someone emptied is skipped: its cell comes back blank and nothing is reported unplaced', () => {
    const { ss, sheet } = filledWorkbook();
    startNewYear(deps(ss));
    const archive = ss.sheet('Lưu trữ năm 2025 (21-11-2026 09.30)');
    const r = archive.values().findIndex((row) => row[1] === 'TC1.1' && row[3] === 'Đạt') + 1;
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) archive.type(`${c}${r}`, '');
    const lines = restoreYear(deps(ss, true, new Date(2026, 10, 22, 10, 0)), 'Lưu trữ năm 2025 (21-11-2026 09.30)');
    expect(lines).toHaveLength(2);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('');
    expect(sheet.at(`F${rowOf('TC1.1')}`).value).toBe('https://drive.google.com/minh-chung-1');
  });

  it('stops before changing anything when the template no longer holds a row, or the archive was overwritten while the question was open', () => {
    const { ss, sheet } = filledWorkbook();
    startNewYear(deps(ss));
    const name = 'Lưu trữ năm 2025 (21-11-2026 09.30)';
    const row = rowOf('TC1.2');
    sheet.insertRowsAfter(row, 1);
    sheet.type(`A${row + 1}`, 'TC1.2');
    sheet.type(`B${row + 1}`, String(sheet.at(`B${row}`).value));
    expect(restoreYear(deps(ss), name)).toEqual([`Trang "Đánh giá" có "TC1.2" ở nhiều dòng (${row}, ${row + 1}). Hãy chọn CĐHT → "Thiết lập / sửa mẫu" rồi thử lại; chưa có gì thay đổi.`]);
    sheet.deleteRows(row + 1, 1);
    const overwrite = () => {
      ss.sheet(name).type('A1', 'Ghi chú của xã');
      return true;
    };
    expect(restoreYear({ ...deps(ss), confirm: overwrite }, name)).toEqual(['Trang đang mở không phải trang lưu trữ năm đánh giá (ô A1 phải là "LƯU TRỮ DỮ LIỆU NĂM ĐÁNH GIÁ").']);
    expect(sheet.at(`E${rowOf('TC1.1')}`).value).toBe('');
  });

  it('a spreadsheet never set up: the roll-over points to set-up, the undo finds no archive, and nothing is written', () => {
    const ss = new FakeSpreadsheet();
    expect(startNewYear(deps(ss))).toEqual(['Bảng tính chưa được thiết lập: chọn menu CĐHT → "Thiết lập / sửa mẫu" trước.']);
    expect(restoreYear(deps(ss), 'Trang tính1')[0]).toMatch(/^Chưa có trang lưu trữ năm đánh giá nào/);
    expect(ss.sheets.map((s) => s.getName())).toEqual(['Trang tính1']);
  });

  it('takes the last archive when the open sheet is not one, and says when there is none', () => {
    const fresh = filledWorkbook();
    expect(restoreYear(deps(fresh.ss), SHEETS.info)[0]).toMatch(/^Chưa có trang lưu trữ năm đánh giá nào/);
    const { ss, info } = filledWorkbook();
    startNewYear(deps(ss));
    startNewYear(deps(ss, true, new Date(2027, 0, 3, 7, 0)));
    restoreYear(deps(ss, true, new Date(2027, 0, 3, 7, 5)), SHEETS.assessment);
    expect(info.at(infoCell('year')).value).toBe(2026);
  });
});
