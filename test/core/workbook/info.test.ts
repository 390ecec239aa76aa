import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { missingInfo, readInfo } from '../../../src/core/workbook/info';

/** A "Thông tin" block as the sheet holds it: the header, then label/value rows. */
const block = (...rows: Array<[string, Cell]>): Cell[][] => [['Mục', 'Nội dung', 'Hướng dẫn'], ...rows.map(([label, value]) => [label, value, ''])];

/** Every required field filled, as a commune ready to make its dossier. */
const COMPLETE: Array<[string, Cell]> = [
  ['Tên xã', 'Xã Hòa An'],
  ['Tỉnh, thành phố', 'Tỉnh Sông Lam'],
  ['Năm đánh giá', 2025],
  ['Bộ tiêu chí', 'TT25'],
  ['Cơ quan tiếp nhận hồ sơ', 'Sở Giáo dục và Đào tạo'],
  ['Cấp có thẩm quyền công nhận', 'Chủ tịch Ủy ban nhân dân tỉnh'],
  ['Thẩm quyền ký', 'TM. ỦY BAN NHÂN DÂN'],
  ['Chức vụ người ký', 'CHỦ TỊCH'],
  ['Họ và tên người ký', 'Nguyễn Văn A'],
  ['Nơi nhận', 'Như trên;\nLưu: VT.'],
];
const MEMBERS: Cell[][] = [
  ['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'],
  ['Trần Thị B', 'Phó Chủ tịch UBND xã', 'Trưởng ban'],
];

describe('readInfo: the year of assessment', () => {
  it.each([2000, 2025, 2100, '2025'])('%j is a year', (year) => {
    const { info, problems } = readInfo(block(['Năm đánh giá', year]));
    expect(info.year).toBe(Number(year));
    expect(problems).toEqual([]);
  });

  // A year is shown as written, never grouped (1999, not 1.999); a decimal with a comma.
  it.each<[Cell, string]>([
    [1999, '1999'],
    [2101, '2101'],
    [2025.5, '2025,5'],
    [12345, '12345'],
    ['25', '"25"'],
    ['năm nay', '"năm nay"'],
  ])('%j is no year: an error naming the field, read as blank', (year, shown) => {
    const { info, problems } = readInfo(block(['Năm đánh giá', year]));
    expect(info.year).toBe(0);
    expect(problems).toEqual([{ code: 'Năm đánh giá', severity: 'error', message: `Ô "Năm đánh giá" có giá trị ${shown}: cần một năm, ví dụ 2025.` }]);
  });
});

describe('readInfo: labels as people leave them', () => {
  it('finds a field whose label carries the required mark "*", in any case and spacing', () => {
    const { info } = readInfo(block(['Tên xã *', 'Xã Hòa An'], ['  TỈNH,   thành phố  *', 'Tỉnh Sông Lam']));
    expect(info.commune).toBe('Xã Hòa An');
    expect(info.province).toBe('Tỉnh Sông Lam');
  });

  it('reads "Nơi nhận" one recipient per line, blank lines and stray spaces dropped', () => {
    const { info } = readInfo(block(['Nơi nhận', '  Như trên;\r\n\n   \nSở GDĐT  tỉnh;\nLưu: VT.\n']));
    expect(info.distribution).toEqual(['Như trên;', 'Sở GDĐT tỉnh;', 'Lưu: VT.']);
  });

  it('keeps a date typed in a text field, a line list or the committee as dd/mm/yyyy, a number as a vi-VN sheet shows it: no data lost', () => {
    const rows: Cell[][] = [
      ...block(['Số Biên bản', new Date(2025, 11, 31)], ['Nơi nhận', new Date(2026, 0, 2)], ['Tên xã', 15], ['Số Tờ trình', 15.5]),
      ['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'],
      [new Date(2024, 4, 6), 'Chủ tịch', new Date(2024, 4, 7)],
    ];
    const { info, problems } = readInfo(rows);
    expect([info.minutesNumber, info.distribution, info.commune, info.proposalNumber, info.members, problems]).toEqual([
      '31/12/2025',
      ['02/01/2026'],
      '15',
      '15,5',
      [{ name: '06/05/2024', title: 'Chủ tịch', role: '07/05/2024' }],
      [],
    ]);
  });

  it('names a date it cannot read, and reads a dd/mm/yyyy text as that day', () => {
    const bad = readInfo(block(['Ngày quyết định công nhận Mức độ 1', '31/02/2025']));
    expect(bad.info.md1DecisionDate).toBeNull();
    expect(bad.problems.map((p) => p.message)).toEqual(['Ô "Ngày quyết định công nhận Mức độ 1" có giá trị "31/02/2025": cần một ngày dạng dd/mm/yyyy.']);
    expect(readInfo(block(['Ngày quyết định công nhận Mức độ 1', '05/03/2025'])).info.md1DecisionDate).toEqual(new Date(2025, 2, 5));
  });

  it('names a flag it cannot read; blank is "Không"', () => {
    expect(readInfo(block(['Xã thuộc vùng khó khăn', 'Có'])).info.difficultArea).toBe(true);
    expect(readInfo(block(['Xã thuộc vùng khó khăn', ''])).info.difficultArea).toBe(false);
    const bad = readInfo(block(['Xã thuộc vùng khó khăn', 'hơi khó']));
    expect(bad.info.difficultArea).toBe(false);
    expect(bad.problems.map((p) => p.message)).toEqual(['Ô "Xã thuộc vùng khó khăn" có giá trị "hơi khó": cần ghi "Có" hoặc "Không".']);
  });
});

describe('missingInfo: what to fill in before a dossier', () => {
  it('nothing when every required field and a member are there', () => {
    expect(missingInfo(readInfo([...block(...COMPLETE), ...MEMBERS]).info)).toEqual([]);
  });

  it('a year that could not be read is missing, as is a blank one', () => {
    for (const year of [1999, '']) {
      const rows = block(...COMPLETE.map(([label, value]): [string, Cell] => [label, label === 'Năm đánh giá' ? year : value]));
      expect(missingInfo(readInfo([...rows, ...MEMBERS]).info)).toEqual(['Năm đánh giá']);
    }
  });

  it('a "Nơi nhận" of blank lines only is missing, and so is a committee with no member', () => {
    const rows = block(...COMPLETE.map(([label, value]): [string, Cell] => [label, label === 'Nơi nhận' ? '\n \n' : value]));
    expect(missingInfo(readInfo(rows).info)).toEqual(['Nơi nhận', 'Thành viên Ban chỉ đạo']);
  });
});
