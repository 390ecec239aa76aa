import { describe, expect, it } from 'vitest';
import { TT25 } from '../../src/core/ruleset/tt25';
import { ASSESSMENT_FIRST_ROW, INFO_LAYOUT, SHEETS } from '../../src/core/template/layout';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { INFO_FIELDS } from '../../src/core/workbook/info';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 21, 9, 30);
const setup = (ss: FakeSpreadsheet, now = NOW) => setupWorkbook(ss, fakeFactories(ss.log), now);

/** The "Thông tin" value cell of a field, e.g. B6 for the year. */
const infoCell = (key: string) => `B${INFO_LAYOUT.firstField + INFO_FIELDS.findIndex((f) => f.key === key)}`;

/** The "Đánh giá" row of an indicator code in the TT25 layout. */
function tt25Row(code: string): number {
  const index = assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);
  expect(index).toBeGreaterThanOrEqual(0);
  return ASSESSMENT_FIRST_ROW + index;
}

/**
 * The workbook as it stands, copied: the fake's state() hands back its live cells, which set-up's
 * writes change in place (a format, a value), so a state kept from before would change with them
 * and compare equal whatever set-up did.
 */
const copyOf = (ss: FakeSpreadsheet): unknown => JSON.parse(JSON.stringify(ss.state()));

function freshWorkbook(): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  setup(ss);
  return ss;
}

describe('repair of a criterion heading people retyped', () => {
  it('finds "TC1. …" retyped in capitals with extra spaces as the same heading: no second heading row, the values stay', () => {
    const ss = freshWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const headingRow = tt25Row('TC1.1') - 1;
    sheet.type(`B${headingRow}`, 'TC1.  SỰ LÃNH ĐẠO, CHỈ ĐẠO CỦA CẤP ỦY ĐẢNG, CHÍNH QUYỀN CẤP XÃ ');
    sheet.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    setup(ss, new Date(2026, 10, 22));
    const headings = Array.from({ length: 40 }, (_, i) => String(sheet.at(`B${i + 1}`).value)).filter((text) => /^tc1\./i.test(text));
    expect(headings).toHaveLength(1);
    expect(sheet.at(`A${tt25Row('TC1.1')}`).value).toBe('TC1.1');
    expect(sheet.at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
  });
});

describe('first set-up', () => {
  it('percent cells refuse anything above 100%; other number cells only warn', () => {
    const sheet = freshWorkbook().sheet(SHEETS.assessment);
    expect(sheet.at(`E${tt25Row('TC5.1')}`).validation).toMatchObject({ requireNumberBetween: [0, 1], setAllowInvalid: false, setHelpText: 'Nhập tỷ lệ từ 0% đến 100%, ví dụ 65%.' });
    expect(sheet.at(`E${tt25Row('TC1.1')}`).validation).toMatchObject({ setAllowInvalid: true });
    expect(sheet.at(`E${tt25Row('TC5.1')}`).format).toBe('0.00%');
  });

  it('creates the eight sheets in order, after the sheet the spreadsheet came with', () => {
    const ss = freshWorkbook();
    expect(ss.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Thông tin', 'Đánh giá', 'Danh mục minh chứng', 'Kết quả', 'Số liệu PCGD-XMC', 'Số liệu theo đơn vị', 'Bộ tiêu chí', 'Trang tính1']);
  });

  it('defines the four named ranges other parts read', () => {
    const ss = freshWorkbook();
    const named = Object.fromEntries(ss.namedRanges.map((n) => [n.name, `${n.range.sheet.name}!${n.range.a1()}`]));
    // TT25 has 5 criterion headings + 16 item rows from row 5, under the header row 4: A4:H25.
    expect(named).toEqual({
      CDHT_THONG_TIN: `Thông tin!A1:C${INFO_LAYOUT.version}`,
      CDHT_CHI_TIEU: 'Đánh giá!A4:H25',
      CDHT_BO_TIEU_CHI: 'Bộ tiêu chí!A1:L150',
      CDHT_MINH_CHUNG: 'Danh mục minh chứng!A3:F203',
    });
  });

  it('writes one CDHT_RESULTS formula for all indicator rows, beside the values', () => {
    const ss = freshWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    expect(sheet.at('I5').formula).toBe("=CDHT_RESULTS(A5:A25;E5:E25;CDHT_BO_TIEU_CHI;'Thông tin'!$B$8)");
    const formulas = ss.sheets.flatMap((s) => (s.state() as { cells: Array<[string, { formula: string }]> }).cells.filter(([, c]) => /CDHT_/.test(c.formula)));
    // RESULTS, RATING, SCORE, CRITERIA, CHECK and RATE: one call each for the whole workbook.
    expect(formulas).toHaveLength(6);
  });

  it('seeds the ruleset table with TT25, unverified rows marked by a conditional format', () => {
    const ss = freshWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    expect(table.at('A2').value).toBe('Bộ tiêu chí');
    expect(table.at('B2').value).toBe('TT25');
    expect(JSON.stringify(table.conditionalRules)).toContain('Chưa xác minh');
  });

  it('protects formula cells and the ruleset with warning-only protection, not the inputs', () => {
    const ss = freshWorkbook();
    const protections = ss.sheets.flatMap((s) => s.protections);
    expect(protections.length).toBeGreaterThan(0);
    expect(protections.every((p) => p.warningOnly)).toBe(true);
    const assessment = ss.sheet(SHEETS.assessment).protections.map((p) => p.range.a1());
    expect(assessment).toEqual(['I5:J25']);
    expect(ss.sheet(SHEETS.info).protections).toEqual([]);
  });

  it('records the template version', () => {
    const ss = freshWorkbook();
    expect(ss.sheet(SHEETS.info).at(`B${INFO_LAYOUT.version}`).value).toBe(2);
  });
});

describe('repair', () => {
  it('running it twice changes nothing', () => {
    const ss = freshWorkbook();
    const before = copyOf(ss);
    setup(ss, new Date(2026, 10, 22));
    expect(copyOf(ss)).toEqual(before);
  });

  it('keeps every value a user typed, including formulas and text that looks like a number', () => {
    const ss = freshWorkbook();
    const info = ss.sheet(SHEETS.info);
    const assessment = ss.sheet(SHEETS.assessment);
    info.type(infoCell('commune'), 'Xã Hòa An');
    info.type(infoCell('year'), 2025);
    info.type(infoCell('md1DecisionDate'), new Date(2024, 2, 5));
    info.type(`A${INFO_LAYOUT.membersHeader + 1}`, 'Nguyễn Văn Bình');
    info.type(`B${INFO_LAYOUT.firstNarrative}`, 'Thuận lợi: nhân dân đồng thuận.');
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    assessment.type(`E${tt25Row('TC5.1')}`, 0.6512);
    assessment.type(`E${tt25Row('TC5.2a')}`, '=0.5+0.05');
    assessment.type(`F${tt25Row('TC1.1')}`, 'https://drive.google.com/minh-chung');
    assessment.type(`H${tt25Row('TC4.2')}`, 'Trường Tiểu học');
    // Text a user typed with the text format (e.g. a document number): must not become a number.
    assessment.at(`G${tt25Row('TC1.2')}`).format = '@';
    assessment.type(`G${tt25Row('TC1.2')}`, '0123');
    ss.sheet(SHEETS.pcgd).type('B4', 240);
    const before = copyOf(ss);

    setup(ss, new Date(2026, 10, 22));

    // Every cell as it was, its number format with it: a percent shown as 0,6512, or "0123" under a
    // number format (Sheets re-reads it as 123 at the next write), is a value changed.
    expect(copyOf(ss)).toEqual(before);
    expect([assessment.at(`E${tt25Row('TC5.1')}`).format, assessment.at(`G${tt25Row('TC1.2')}`).format]).toEqual(['0.00%', '@']);
    expect(assessment.at(`E${tt25Row('TC5.2a')}`).formula).toBe('=0.5+0.05');
    expect(assessment.at(`G${tt25Row('TC1.2')}`).value).toBe('0123');
    expect(info.at(infoCell('md1DecisionDate')).value).toEqual(new Date(2024, 2, 5));
  });

  it('a workbook set up before sheets were tagged: finds each sheet by its name and tags it, creating none', () => {
    const ss = freshWorkbook();
    ss.sheet(SHEETS.assessment).type(`E${tt25Row('TC1.1')}`, 'Đạt');
    for (const sheet of ss.sheets) for (const metadata of sheet.getDeveloperMetadata()) metadata.remove();
    const names = ss.sheets.map((s) => s.getName());
    const result = setup(ss, new Date(2026, 10, 22));
    expect([result.created, result.messages]).toEqual([[], []]);
    expect(ss.sheets.map((s) => s.getName())).toEqual(names);
    expect(ss.sheet(SHEETS.assessment).at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
    expect(
      ss
        .sheet(SHEETS.assessment)
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['cdht.sheet.assessment']);
  });

  // A renamed sheet of such a workbook is found by its title (A1); an archive sheet is no template sheet, even with that title.
  it('a workbook set up before sheets were tagged, "Đánh giá" renamed, a copy of it kept as "Lưu trữ …" before it: the renamed sheet is the one repaired', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    for (const sheet of ss.sheets) for (const metadata of sheet.getDeveloperMetadata()) metadata.remove();
    assessment.setName('Đánh giá 2025');
    const title = assessment.at('A1').value;
    const copy = ss.insertSheet('Lưu trữ bản cũ', 0);
    copy.getRange('A1:A2').setValues([[title], ['bản chép tay']]);
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.created).toEqual([]);
    expect(assessment.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['cdht.sheet.assessment']);
    expect(assessment.at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
    expect([copy.getDeveloperMetadata().length, copy.at('A2').value, copy.at('A5').value]).toEqual([0, 'bản chép tay', '']);
  });

  // Found by its tag alone, whatever its name: tagged once, and a second repair finds one sheet, not two.
  it('a renamed "Đánh giá" and "Bộ tiêu chí", repaired twice: found by their tag, each tagged once, none created', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    const table = ss.sheet(SHEETS.ruleset);
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    assessment.setName('Đánh giá 2026');
    table.setName('Bộ tiêu chí của tỉnh');
    for (const now of [new Date(2026, 10, 22), new Date(2026, 10, 23)]) {
      const result = setup(ss, now);
      expect([result.refused, result.created, result.messages]).toEqual([false, [], []]);
    }
    expect([assessment, table].map((sheet) => sheet.getDeveloperMetadata().map((m) => m.getKey()))).toEqual([['cdht.sheet.assessment'], ['cdht.sheet.ruleset']]);
    expect(ss.sheets.map((sheet) => sheet.getName())).toEqual([
      'Hướng dẫn',
      'Thông tin',
      'Đánh giá 2026',
      'Danh mục minh chứng',
      'Kết quả',
      'Số liệu PCGD-XMC',
      'Số liệu theo đơn vị',
      'Bộ tiêu chí của tỉnh',
      'Trang tính1',
    ]);
    expect(assessment.at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
  });

  it('restores a formula a user overwrote, without touching the inputs around it', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    assessment.type('I5', 'sửa tay');
    setup(ss, new Date(2026, 10, 22));
    expect(assessment.at('I5').formula).toMatch(/^=CDHT_RESULTS\(/);
    expect(assessment.at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
  });

  it('recreates a deleted protection once, never twice', () => {
    const ss = freshWorkbook();
    const results = ss.sheet(SHEETS.results);
    results.protections[0].remove();
    setup(ss, new Date(2026, 10, 22));
    setup(ss, new Date(2026, 10, 23));
    expect(results.protections).toHaveLength(1);
  });
});

/** Shifts the "Bộ tiêu chí" rows below `code` down by one, as a user pasting would; returns the row opened. */
function openRowAfter(table: ReturnType<FakeSpreadsheet['sheet']>, code: string): number {
  const rows = [...Array(150).keys()].map((i) => i + 1);
  const after = rows.find((r) => table.at(`B${r}`).value === code)!;
  const lastRow = rows.filter((r) => table.at(`A${r}`).value !== '').pop()!;
  for (let r = lastRow; r > after; r--) for (const col of 'ABCDEFGHIJKL') table.type(`${col}${r + 1}`, table.at(`${col}${r}`).value);
  return after + 1;
}

describe('percent indicators computed from counts per unit', () => {
  const RATE = (row: number) => `='${SHEETS.units}'!$E$${row}`;

  it('an empty percent cell gets the rate of its counts; anything typed there survives every repair', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    expect(assessment.at(`E${tt25Row('TC5.1')}`).formula).toBe(RATE(4));
    expect(assessment.at(`E${tt25Row('TC5.2b')}`).formula).toBe(RATE(6));
    assessment.type(`E${tt25Row('TC5.1')}`, 0.65);
    assessment.type(`E${tt25Row('TC5.2a')}`, '=55/100');
    setup(ss, new Date(2026, 10, 22));
    expect(assessment.at(`E${tt25Row('TC5.1')}`).value).toBe(0.65);
    expect(assessment.at(`E${tt25Row('TC5.1')}`).formula).toBe('');
    expect(assessment.at(`E${tt25Row('TC5.2a')}`).formula).toBe('=55/100');
    expect(assessment.at(`E${tt25Row('TC5.2b')}`).formula).toBe(RATE(6));
  });

  it('clearing a typed percent brings the rate back at the next repair, where the counts now are', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${tt25Row('TC5.1')}`, 0.65);
    // Someone inserts a row above the rates on the sheet of counts.
    ss.sheet(SHEETS.units).insertRowsBefore(3, 1);
    assessment.type(`E${tt25Row('TC5.1')}`, '');
    setup(ss, new Date(2026, 10, 22));
    expect(assessment.at(`E${tt25Row('TC5.1')}`).formula).toBe(RATE(5));
  });

  it('units and counts people typed are kept, and a row inserted for another thôn is added up', () => {
    const ss = freshWorkbook();
    const units = ss.sheet(SHEETS.units);
    units.type('A9', 'Thôn 1');
    units.type('B9', 120);
    units.type('C9', 200);
    units.insertRowsBefore(10, 1);
    units.type('A10', 'Thôn 1b');
    units.type('B10', 30);
    units.type('C10', 40);
    setup(ss, new Date(2026, 10, 22));
    expect([units.at('A9').value, units.at('B9').value, units.at('A10').value, units.at('C10').value]).toEqual(['Thôn 1', 120, 'Thôn 1b', 40]);
    // The header (row 8) to the end row (50 now): every unit row between them, the inserted one too.
    expect(units.at('C4').formula).toBe('=SUM(B8:B50)');
    expect(units.at('E4').formula).toContain('SUM(B8:B50)/SUM(C8:C50)');
  });
});

describe('switching ruleset and editing the table', () => {
  it('TT25 → TT44 keeps the old values and table in a dated archive sheet and lays out TT44', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    assessment.type(`F${tt25Row('TC5.1')}`, 'https://drive.google.com/tc51');
    ss.sheet(SHEETS.info).type(infoCell('rulesetId'), 'TT44');

    const result = setup(ss, new Date(2026, 10, 22, 8, 5));

    expect(result.archive).toBe('Lưu trữ TT25 22-11-2026 08.05');
    const archive = ss.sheet(result.archive!);
    const archived = (archive.state() as { cells: Array<[string, { value: unknown }]> }).cells.map(([, c]) => c.value);
    expect(archived).toEqual(expect.arrayContaining(['TC1.1', 'Đạt', 'TC5.1', 'https://drive.google.com/tc51', 'Bộ tiêu chí', 'TT25']));
    // TT44: 15 criteria rows from row 5, no headings; the old rows 20–25 emptied.
    expect(assessment.at('A5').value).toBe('TC1');
    expect(assessment.at('A19').value).toBe('TC15');
    expect(assessment.at('A25').value).toBe('');
    expect(ss.sheet(SHEETS.ruleset).at('B2').value).toBe('TT44');
    const named = ss.namedRanges.find((n) => n.name === 'CDHT_CHI_TIEU')!;
    expect(named.range.a1()).toBe('A4:H19');
    expect(result.rulesetId).toBe('TT44');
  });

  it('a switch within the minute of an archive of the same name numbers its own "(2)", leaving the first as it was', () => {
    const ss = freshWorkbook();
    const first = ss.insertSheet('Lưu trữ TT25 22-11-2026 08.05', ss.sheets.length);
    first.type('A1', 'Ghi chú của xã');
    ss.sheet(SHEETS.assessment).type(`E${tt25Row('TC1.1')}`, 'Đạt');
    ss.sheet(SHEETS.info).type(infoCell('rulesetId'), 'TT44');
    const result = setup(ss, new Date(2026, 10, 22, 8, 5));
    expect(result.archive).toBe('Lưu trữ TT25 22-11-2026 08.05 (2)');
    expect(result.messages[1]).toBe('Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "Lưu trữ TT25 22-11-2026 08.05 (2)".');
    expect(first.values()).toEqual([['Ghi chú của xã']]);
  });

  it('switching back takes each value from the newest archive: TT25 → TT44 → TT25 twice gives the last values typed', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    const switchTo = (id: string, day: number) => {
      ss.sheet(SHEETS.info).type(infoCell('rulesetId'), id);
      setup(ss, new Date(2026, 10, day, 8, 0));
    };
    assessment.type(`E${tt25Row('TC1.1')}`, 'Đạt');
    switchTo('TT44', 22);
    switchTo('TT25', 23);
    expect(assessment.at(`E${tt25Row('TC1.1')}`).value).toBe('Đạt');
    assessment.type(`E${tt25Row('TC1.1')}`, 'Không đạt');
    switchTo('TT44', 24);
    switchTo('TT25', 25);
    expect(assessment.at(`E${tt25Row('TC1.1')}`).value).toBe('Không đạt');
  });

  it('a province adding an indicator to the table gets a new row, and values follow their codes', () => {
    const ss = freshWorkbook();
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${tt25Row('TC2.1')}`, 'Đạt');
    assessment.type(`E${tt25Row('TC5.1')}`, 0.7);
    // Insert a row for TC1.4 after TC1.3 in the table (rows shift by hand, as a user would paste).
    const table = ss.sheet(SHEETS.ruleset);
    const row = openRowAfter(table, 'TC1.3');
    for (const col of 'ABCDEFGHIJKL') table.type(`${col}${row}`, '');
    table.type(`A${row}`, 'Chỉ tiêu');
    table.type(`B${row}`, 'TC1.4');
    table.type(`C${row}`, 'Chỉ tiêu riêng của tỉnh');
    table.type(`D${row}`, 'Đạt/Không đạt');
    table.type(`L${row}`, 'Chưa xác minh');

    const result = setup(ss, new Date(2026, 10, 22));

    // A row is inserted for the new code: nothing moves, so nothing needs archiving.
    expect(result.archive).toBeNull();
    const codes = [...Array(22).keys()].map((i) => assessment.at(`A${ASSESSMENT_FIRST_ROW + i}`).value);
    expect(codes).toContain('TC1.4');
    const rowOf = (code: string) => ASSESSMENT_FIRST_ROW + codes.indexOf(code);
    expect(assessment.at(`E${rowOf('TC2.1')}`).value).toBe('Đạt');
    expect(assessment.at(`E${rowOf('TC5.1')}`).value).toBe(0.7);
    expect(assessment.at(`E${rowOf('TC1.4')}`).value).toBe('');
    // The province's table is kept as it is.
    expect(table.at(`B${row}`).value).toBe('TC1.4');
  });

  it('a table the formulas reject (it reads, but fails validation) never shapes the sheets', () => {
    const ss = freshWorkbook();
    const table = ss.sheet(SHEETS.ruleset);
    // A province adds TC1.4 but types the code of TC1.3 again: readable, rejected by validation.
    const row = openRowAfter(table, 'TC1.3');
    for (const col of 'ABCDEFGHIJKL') table.type(`${col}${row}`, table.at(`${col}${row - 1}`).value);

    const result = setup(ss, new Date(2026, 10, 22));

    expect(result.messages.join(' ')).toMatch(/Bảng ở trang "Bộ tiêu chí" có lỗi.*TC1\.3.*trùng/);
    expect(result.archive).toBeNull();
    const codes = [...Array(17).keys()].map((i) => ss.sheet(SHEETS.assessment).at(`A${ASSESSMENT_FIRST_ROW + i}`).value);
    expect(codes.filter((c) => c === 'TC1.3')).toHaveLength(1);
  });

  it('with no ruleset chosen, the assessment year picks it: 2019 is a Thông tư 44/2014 year', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet(SHEETS.info).type(infoCell('rulesetId'), '');
    ss.sheet(SHEETS.info).type(infoCell('year'), 2019);
    expect(setup(ss, new Date(2026, 10, 22)).rulesetId).toBe('TT44');
  });

  it('a broken table is left for the user to fix and said so', () => {
    const ss = freshWorkbook();
    ss.sheet(SHEETS.ruleset).type('D5', 'Kiểu lạ');
    const result = setup(ss, new Date(2026, 10, 22));
    expect(result.messages.join(' ')).toMatch(/Bảng ở trang "Bộ tiêu chí" có lỗi/);
    expect(ss.sheet(SHEETS.ruleset).at('D5').value).toBe('Kiểu lạ');
  });
});
