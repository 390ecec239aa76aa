import { describe, expect, it } from 'vitest';
import { manualChoices, REGISTER_HEADER, entryKey, parseRegister, spreadsheetIdFromLink } from '../../src/core/rollup/register';
import type { Cell } from '../../src/core/cells/values';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';

describe('spreadsheetIdFromLink', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}`],
    [`https://docs.google.com/spreadsheets/u/1/d/${ID}/edit?usp=sharing`],
    [`https://docs.google.com/a/sgd.example.edu.vn/spreadsheets/d/${ID}/edit`],
    [`https://drive.google.com/open?id=${ID}`],
    [`https://drive.google.com/open?usp=sharing&id=${ID}`],
    [`https://drive.google.com/file/d/${ID}/view`],
    [`  ${ID}  `],
  ])('finds the id in %s', (link) => {
    expect(spreadsheetIdFromLink(link)).toBe(ID);
  });

  it.each([[`https://docs.google.com/document/d/${ID}/edit`], ['https://example.com/spreadsheets/d/abc'], ['Bảng tính xã Hòa An'], ['1Abc']])('finds none in %s', (link) => {
    expect(spreadsheetIdFromLink(link)).toBeNull();
  });
});

const link = (n: number) => `https://docs.google.com/spreadsheets/d/${ID}${n}/edit`;

describe('parseRegister', () => {
  it('skips the header and blank rows, keeps sheet row numbers', () => {
    const rows: Cell[][] = [
      [...REGISTER_HEADER],
      ['Xã Hòa An', 2025, link(1), '', ''],
      ['', '', '', '', ''],
      ['', '', '', '', 'chỉ có ghi chú thì bỏ qua'],
      ['Xã Bình Minh', '2024', link(2), '', 'đã nhắc xã chia sẻ'],
    ];
    const entries = parseRegister(rows);
    expect(entries.map((e) => [e.row, e.commune, e.year, e.source])).toEqual([
      [2, 'Xã Hòa An', 2025, { kind: 'workbook', spreadsheetId: `${ID}1` }],
      [5, 'Xã Bình Minh', 2024, { kind: 'workbook', spreadsheetId: `${ID}2` }],
    ]);
  });

  it('takes the address behind a labelled link', () => {
    const [entry] = parseRegister([['Xã Hòa An', 2025, 'Bảng tính năm 2025', '', '']], [link(7)]);
    expect(entry.source).toEqual({ kind: 'workbook', spreadsheetId: `${ID}7` });
    expect(entry.link).toBe(link(7));
  });

  it('reads typed results: the ruleset is the one the label belongs to, or the year’s for "Chưa đạt"', () => {
    const entries = parseRegister([
      ['Xã A', 2018, '', '  TỐT ', ''],
      ['Xã B', 2019, '', 'Chưa đạt', ''],
      ['Xã C', 2024, '', 'chưa đạt', ''],
      ['Xã D', 2025, '', 'Mức độ 1'.normalize('NFD'), ''],
      ['Xã E', 2016, '', 'Không xếp loại', ''],
      ['Xã F', 2025, '', 'Chưa đủ dữ liệu: còn 2 chỉ tiêu chưa nhập', ''],
    ]);
    expect(entries.map((e) => e.source)).toEqual([
      { kind: 'manual', rulesetId: 'TT44', rating: 'Tốt' },
      { kind: 'manual', rulesetId: 'TT44', rating: 'Chưa đạt' },
      { kind: 'manual', rulesetId: 'TT25', rating: 'Chưa đạt' },
      { kind: 'manual', rulesetId: 'TT25', rating: 'Mức độ 1' },
      { kind: 'manual', rulesetId: 'TT44', rating: null },
      { kind: 'manual', rulesetId: 'TT25', rating: null },
    ]);
  });

  it('takes years 2000 to 2100, both ends included', () => {
    const years = parseRegister([
      ['Xã A', 2000, link(1), '', ''],
      ['Xã B', 2100, link(2), '', ''],
      ['Xã C', 2101, link(3), '', ''],
      ['Xã D', 2024.5, link(4), '', ''],
    ]).map((e) => (e.source.kind === 'invalid' ? e.source.reason : e.year));
    expect(years).toEqual([2000, 2100, 'Năm "2101" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.', 'Năm "2024,5" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.']);
  });

  it('lists broken rows with the reason instead of dropping them', () => {
    const entries = parseRegister([
      ['', 2025, link(1), '', ''],
      ['Xã A', '', link(2), '', ''],
      ['Xã B', '2O24', link(3), '', ''],
      ['Xã C', 1999, link(4), '', ''],
      ['Xã D', 2025, 'https://example.com/bang-tinh', '', ''],
      ['Xã E', 2025, '', '', 'chưa gửi'],
      ['Xã F', 2025, '', 'Xuất sắc', ''],
      ['Xã G', 2025, link(5), '', ''],
      ['  xã g ', 2025, link(6), '', ''],
      ['Xã G', 2024, link(7), '', ''],
    ]);
    const reasons = entries.map((e) => (e.source.kind === 'invalid' ? e.source.reason : e.source.kind));
    expect(reasons).toEqual([
      'Thiếu tên xã.',
      'Chưa ghi năm đánh giá.',
      'Năm "2O24" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.',
      'Năm "1999" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.',
      'Liên kết "https://example.com/bang-tinh" không phải liên kết bảng tính Google.',
      'Chưa có liên kết bảng tính hay kết quả nhập tay.',
      `Kết quả nhập tay "Xuất sắc" không hợp lệ: dùng ${manualChoices()
        .map((c) => `"${c}"`)
        .slice(0, -1)
        .join(', ')} hoặc "Không xếp loại".`,
      'workbook',
      // a repeat is judged once the rows are read (test/rollup/duplicates.test.ts)
      'workbook',
      'workbook',
    ]);
    expect(entries.map((e) => e.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads a typed level as the core reads levels: Roman numerals, "MĐ1", "đạt mức độ 2"', () => {
    const entries = parseRegister([
      ['Xã A', 2025, '', 'Mức độ I', ''],
      ['Xã B', 2025, '', 'mức độ II', ''],
      ['Xã C', 2025, '', 'MĐ1', ''],
      ['Xã D', 2025, '', 'Đạt mức độ 2', ''],
      // a bare numeral says nothing of what it counts, and a third level is not a TT25 result
      ['Xã E', 2025, '', '1', ''],
      ['Xã F', 2025, '', 'Mức độ III', ''],
    ]);
    expect(entries.map((e) => (e.source.kind === 'manual' ? e.source.rating : e.source.kind))).toEqual(['Mức độ 1', 'Mức độ 2', 'Mức độ 1', 'Mức độ 2', 'invalid', 'invalid']);
  });

  it('a date in the year cell is named as a date, not as an empty cell', () => {
    // A year column formatted as dates shows 2025 as 17/07/1905; getValues gives a Date.
    const [typed, formatted] = parseRegister([
      ['Xã A', new Date(2025, 0, 1), link(1), '', ''],
      ['Xã B', new Date(1905, 6, 17), link(2), '', ''],
    ]);
    for (const [entry, shown] of [
      [typed, '01/01/2025'],
      [formatted, '17/07/1905'],
    ] as const) {
      expect(entry.source.kind).toBe('invalid');
      const reason = (entry.source as { reason: string }).reason;
      expect(reason).toContain(shown);
      expect(reason).toMatch(/ngày tháng/);
      expect(reason).not.toMatch(/Chưa ghi/);
    }
  });

  it('uses the link when a row has both a link and a typed result, and says so', () => {
    const [entry] = parseRegister([['Xã A', 2025, link(1), 'Mức độ 2', '']]);
    expect(entry.source.kind).toBe('workbook');
    expect(entry.notes).toEqual(['Có cả kết quả nhập tay: dùng kết quả đọc từ bảng tính.']);
  });

  it('offers every category of both rulesets once in the drop-down', () => {
    expect(manualChoices()).toEqual(['Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Tốt', 'Khá', 'Trung bình', 'Không xếp loại']);
  });
});

describe('entryKey', () => {
  const rows: Cell[][] = [
    ['Xã A', 2025, link(1), '', ''],
    ['Xã B', 2025, '', 'Mức độ 1', ''],
  ];
  const keys = (register: Cell[][]) => parseRegister(register).map(entryKey);

  it('follows a row that moved, and ignores the notes, the spelling of the name and the mark', () => {
    const moved = [[], ['xã  a'.toUpperCase(), 2025, link(1), '', 'ghi chú mới', 'Đọc lại'], rows[1]];
    expect(keys(moved)).toEqual(keys(rows));
  });

  it('changes when the commune, the year, the workbook or the typed result changes', () => {
    const [a, b] = keys(rows);
    expect(keys([['Xã A2', 2025, link(1)]])[0]).not.toBe(a);
    expect(keys([['Xã A', 2024, link(1)]])[0]).not.toBe(a);
    expect(keys([['Xã A', 2025, link(2)]])[0]).not.toBe(a);
    expect(keys([['Xã B', 2025, '', 'Mức độ 2']])[0]).not.toBe(b);
  });
});

describe('the "Đọc lại" column', () => {
  it.each([
    [true, true],
    ['Đọc lại', true],
    ['x', true],
    [false, false],
    ['FALSE', false],
    // A checkbox column pasted as text, in any case and spacing, is still an unticked box.
    ['false', false],
    [' False ', false],
    ['   ', false],
    ['đọc lại', true],
    ['', false],
    [0, false],
  ] as Array<[Cell, boolean]>)('%j marks the row: %s', (mark, marked) => {
    expect(parseRegister([['Xã A', 2025, link(1), '', '', mark]])[0].reread).toBe(marked);
  });
});

describe('parseRegister: what each cell decides', () => {
  const reasonOrKind = (e: ReturnType<typeof parseRegister>[number]) => (e.source.kind === 'invalid' ? e.source.reason : e.source.kind);

  it('a typed result belongs to the ruleset that has it, whatever the year', () => {
    const entries = parseRegister([
      ['Xã A', 2025, '', 'Khá', ''],
      ['Xã B', 2020, '', 'Mức độ 2', ''],
      ['Xã C', 2025, '', 'Không xếp loại', ''],
    ]);
    expect(entries.map((e) => e.source)).toEqual([
      { kind: 'manual', rulesetId: 'TT44', rating: 'Khá' },
      { kind: 'manual', rulesetId: 'TT25', rating: 'Mức độ 2' },
      { kind: 'manual', rulesetId: 'TT25', rating: null },
    ]);
  });

  it('a typed result that is not text is quoted as the sheet shows it', () => {
    const entries = parseRegister([
      ['Xã A', 2025, '', 2, ''],
      ['Xã B', 2025, '', 0.5, ''],
      ['Xã C', 2025, '', new Date(2025, 4, 9), ''],
    ]);
    const choices = '"Mức độ 2", "Mức độ 1", "Chưa đạt", "Tốt", "Khá", "Trung bình" hoặc "Không xếp loại"';
    expect(entries.map(reasonOrKind)).toEqual([
      `Kết quả nhập tay "2" không hợp lệ: dùng ${choices}.`,
      `Kết quả nhập tay "0,5" không hợp lệ: dùng ${choices}.`,
      `Kết quả nhập tay "09/05/2025" không hợp lệ: dùng ${choices}.`,
    ]);
  });

  it('a year typed as text is exactly four digits; a number is quoted with every digit it has', () => {
    const entries = parseRegister([
      ['Xã A', ' 2025 ', link(1), '', ''],
      ['Xã B', '02025', link(2), '', ''],
      ['Xã C', '2025.0', link(3), '', ''],
      ['Xã D', '+2025', link(4), '', ''],
      ['Xã E', '2025a', link(5), '', ''],
      ['Xã F', 2024.123456, link(6), '', ''],
      ['Xã G', 1999.9999999, link(7), '', ''],
    ]);
    const bad = (shown: string) => `Năm "${shown}" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ 2025.`;
    expect(entries.map((e) => (e.source.kind === 'invalid' ? e.source.reason : e.year))).toEqual([
      2025,
      bad('02025'),
      bad('2025.0'),
      bad('+2025'),
      bad('2025a'),
      bad('2024,123456'),
      bad('1999,9999999'),
    ]);
  });

  it('a row with any one of name, year, link or typed result is listed, never skipped', () => {
    const entries = parseRegister([
      ['Xã A', '', '', '', ''],
      ['', 2025, '', '', ''],
      ['', '', link(1), '', ''],
      ['', '', '', 'Mức độ 1', ''],
      ['', '', '', '', '', 'Đọc lại'],
    ]);
    expect(entries.map((e) => [e.row, reasonOrKind(e)])).toEqual([
      [1, 'Chưa ghi năm đánh giá.'],
      [2, 'Thiếu tên xã.'],
      [3, 'Thiếu tên xã.'],
      [4, 'Thiếu tên xã.'],
    ]);
  });

  it('the address behind a labelled link is trimmed, and a blank one leaves the typed link', () => {
    const [behind, blank] = parseRegister(
      [
        ['Xã A', 2025, 'Bảng tính xã A', '', ''],
        ['Xã B', 2025, link(2), '', ''],
      ],
      [`  ${link(1)} `, '  '],
    );
    expect(behind.link).toBe(link(1));
    expect(blank.link).toBe(link(2));
    expect(blank.source).toEqual({ kind: 'workbook', spreadsheetId: `${ID}2` });
  });

  it('a workbook row without a typed result has no note', () => {
    const [entry] = parseRegister([['Xã A', 2025, link(1), '', 'ghi chú của người lập']]);
    expect(entry.notes).toEqual([]);
  });
});

describe('entryKey is stored with each record: its form is fixed', () => {
  it('folds the commune and names the year, the kind and the workbook or typed result', () => {
    const keys = parseRegister([
      ['Xã  HÒA An', 2025, link(1), '', ''],
      ['Xã B', 2024, '', 'Mức độ 1', ''],
      ['Xã C', 2019, '', 'Không xếp loại', ''],
      ['Xã D', 2025, 'https://example.com', '', ''],
    ]).map(entryKey);
    expect(keys).toEqual([`xã hòa an|2025|workbook|${ID}1`, 'xã b|2024|manual|TT25:Mức độ 1', 'xã c|2019|manual|TT44:', 'xã d|2025|invalid|invalid']);
  });
});
