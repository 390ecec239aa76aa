/**
 * The "Bộ tiêu chí" table row by row, for small hand-made rulesets: every cell `rulesetToTable`
 * writes, every field `rulesetFromTable` reads (0 included, text forms included), and every
 * message a bad row gives, word for word. Expected rows and messages are typed by hand from the
 * table's documented layout (README, "The ruleset table"; src/core/ruleset/table.ts header).
 */
import { RULESET_TABLE_HEADER } from '../../fixtures/ruleset-table-header';
import { describe, expect, it } from 'vitest';
import { loadRulesetTable } from '../../../src/core/ruleset/resolve';
import { onTableRows, rulesetFromTable, rulesetToTable } from '../../../src/core/ruleset/table';
import type { LevelsRuleset, PointsRuleset } from '../../../src/core/ruleset/types';
import type { Cell } from '../../../src/core/cells/values';

const HEADER = [...RULESET_TABLE_HEADER];

/** A small levels ruleset with one of everything: yes/no, level, percent parts, a 0 threshold, facts. */
const LEVELS: LevelsRuleset = {
  id: 'TINH-X',
  name: 'Bộ tiêu chí của tỉnh X',
  scheme: 'levels',
  provenance: { ref: 'Quyết định 1/QĐ-UBND', status: 'verbatim' },
  facts: [
    { key: 'NAM_DAU', text: 'Năm đầu', value: 2024, provenance: { ref: 'Điều 1', status: 'secondary' } },
    { key: 'VAN_BAN', text: 'Văn bản', value: 'Quyết định số 1', provenance: { ref: 'Điều 2', status: 'unverified' } },
  ],
  criteria: [
    {
      code: 'A',
      name: 'Tiêu chí A',
      provenance: { ref: 'Điều 3', status: 'verbatim' },
      items: [
        { code: 'A.1', name: 'Có kế hoạch', kind: 'yesno', provenance: { ref: 'Điều 3 khoản 1', status: 'paraphrase' } },
        { code: 'A.2', name: 'Phổ cập', kind: 'level', max: 3, thresholds: { MD1: { min: 2 }, MD2: { min: 3 } }, provenance: { ref: 'Điều 3 khoản 2', status: 'verbatim' } },
      ],
    },
    {
      code: 'B',
      name: 'Tiêu chí B',
      provenance: { ref: 'Điều 4', status: 'unverified' },
      items: [
        {
          code: 'B.1a',
          partOf: 'B.1',
          name: 'Tỷ lệ thứ nhất',
          kind: 'percent',
          thresholds: { MD1: { min: 0.5, minDifficult: 0.4 }, MD2: { min: 0.6 } },
          provenance: { ref: 'Điều 4 khoản 1', status: 'verbatim' },
        },
        {
          code: 'B.1b',
          partOf: 'B.1',
          name: 'Tỷ lệ thứ hai',
          kind: 'percent',
          thresholds: { MD1: { min: 0 }, MD2: { min: 0.15, minDifficult: 0.12 } },
          provenance: { ref: 'Điều 4 khoản 2', status: 'verbatim' },
        },
      ],
    },
  ],
};

const LEVELS_TABLE: Cell[][] = [
  HEADER,
  ['Bộ tiêu chí', 'TINH-X', 'Bộ tiêu chí của tỉnh X', 'Mức độ', '', '', '', '', '', '', 'Quyết định 1/QĐ-UBND', 'Nguyên văn'],
  ['Tiêu chí', 'A', 'Tiêu chí A', '', '', '', '', '', '', '', 'Điều 3', 'Nguyên văn'],
  ['Chỉ tiêu', 'A.1', 'Có kế hoạch', 'Đạt/Không đạt', '', '', '', '', '', '', 'Điều 3 khoản 1', 'Diễn đạt lại'],
  ['Chỉ tiêu', 'A.2', 'Phổ cập', 'Mức độ', 2, 3, '', '', 3, '', 'Điều 3 khoản 2', 'Nguyên văn'],
  ['Tiêu chí', 'B', 'Tiêu chí B', '', '', '', '', '', '', '', 'Điều 4', 'Chưa xác minh'],
  ['Chỉ tiêu', 'B.1a', 'Tỷ lệ thứ nhất', 'Tỷ lệ', 0.5, 0.6, 0.4, '', '', 'B.1', 'Điều 4 khoản 1', 'Nguyên văn'],
  ['Chỉ tiêu', 'B.1b', 'Tỷ lệ thứ hai', 'Tỷ lệ', 0, 0.15, '', 0.12, '', 'B.1', 'Điều 4 khoản 2', 'Nguyên văn'],
  ['Quy định', 'NAM_DAU', 'Năm đầu', '', 2024, '', '', '', '', '', 'Điều 1', 'Nguồn thứ cấp'],
  ['Quy định', 'VAN_BAN', 'Văn bản', '', 'Quyết định số 1', '', '', '', '', '', 'Điều 2', 'Chưa xác minh'],
];

/** A small points ruleset: a criterion without maximum, a band from 0 points, the failing label. */
const POINTS: PointsRuleset = {
  id: 'TINH-Y',
  name: 'Chấm điểm của tỉnh Y',
  scheme: 'points',
  totalPoints: 100,
  provenance: { ref: 'Quyết định 2', status: 'paraphrase' },
  facts: [{ key: 'HAN_NOP_NGAY', text: 'Hạn nộp', value: 15, provenance: { ref: 'Điều 9', status: 'verbatim' } }],
  criteria: [
    {
      code: 'T1',
      name: 'Tiêu chí một',
      provenance: { ref: 'Điều 5', status: 'verbatim' },
      items: [{ code: 'T1', name: 'Tiêu chí một', kind: 'points', max: 60, provenance: { ref: 'Điều 5', status: 'verbatim' } }],
    },
    {
      code: 'T2',
      name: 'Tiêu chí hai',
      provenance: { ref: 'Điều 6', status: 'secondary' },
      items: [{ code: 'T2', name: 'Tiêu chí hai', kind: 'points', provenance: { ref: 'Điều 6', status: 'secondary' } }],
    },
  ],
  ratings: [
    { label: 'Tốt', min: 80, noZeroCriterion: true, provenance: { ref: 'Điều 7', status: 'verbatim' } },
    { label: 'Đạt', min: 0, noZeroCriterion: false, provenance: { ref: 'Điều 8', status: 'unverified' } },
  ],
  failLabel: 'Chưa đạt',
};

const POINTS_TABLE: Cell[][] = [
  HEADER,
  ['Bộ tiêu chí', 'TINH-Y', 'Chấm điểm của tỉnh Y', 'Điểm', '', '', '', '', 100, '', 'Quyết định 2', 'Diễn đạt lại'],
  ['Tiêu chí', 'T1', 'Tiêu chí một', 'Điểm', '', '', '', '', 60, '', 'Điều 5', 'Nguyên văn'],
  ['Tiêu chí', 'T2', 'Tiêu chí hai', 'Điểm', '', '', '', '', '', '', 'Điều 6', 'Nguồn thứ cấp'],
  ['Xếp loại', '', 'Tốt', 'Không có tiêu chí bị điểm 0', 80, '', '', '', '', '', 'Điều 7', 'Nguyên văn'],
  ['Xếp loại', '', 'Đạt', '', 0, '', '', '', '', '', 'Điều 8', 'Chưa xác minh'],
  ['Xếp loại', '', 'Chưa đạt', '', '', '', '', '', '', '', 'Quyết định 2', 'Diễn đạt lại'],
  ['Quy định', 'HAN_NOP_NGAY', 'Hạn nộp', '', 15, '', '', '', '', '', 'Điều 9', 'Nguyên văn'],
];

describe('rulesetToTable writes every cell of every row', () => {
  it('a levels ruleset: header, ruleset row, each criterion followed by its items, then the facts', () => {
    expect(rulesetToTable(LEVELS)).toEqual(LEVELS_TABLE);
  });

  it('a points ruleset: criteria with their maxima, the bands highest first, the failing label last, then the facts', () => {
    expect(rulesetToTable(POINTS)).toEqual(POINTS_TABLE);
  });
});

describe('rulesetFromTable reads every field back', () => {
  it.each([
    ['levels', LEVELS_TABLE, LEVELS],
    ['points', POINTS_TABLE, POINTS],
  ] as const)('the %s table gives the ruleset it was written from, with no problem', (_, table, ruleset) => {
    expect(rulesetFromTable(table.map((row) => [...row]))).toEqual({
      ruleset,
      problems: [],
      rowOf: new Map(
        table === LEVELS_TABLE
          ? [
              [' ruleset', 2],
              ['A', 3],
              ['A.1', 4],
              ['A.2', 5],
              ['B', 6],
              ['B.1A', 7],
              ['B.1B', 8],
              ['NAM_DAU', 9],
              ['VAN_BAN', 10],
            ]
          : [
              [' ruleset', 2],
              ['T1', 3],
              ['T2', 4],
              ['HAN_NOP_NGAY', 8],
            ],
      ),
    });
  });

  it('text as a province types it: any case, spaces, percents with their sign, numbers as vi-VN text, levels as words, 0 as text', () => {
    const table: Cell[][] = [
      ['  loại ', 'MÃ'],
      ['BỘ TIÊU CHÍ', ' tinh-z ', '  Bộ   riêng ', ' mức ĐỘ ', '', '', '', '', '', '', ' QĐ 3 ', ' nguyên  văn '],
      ['', 'ghi chú giữa bảng'],
      ['tiêu chí', ' C ', 'Tiêu chí C', '', '', '', '', '', '', '', '', ''],
      ['CHỈ TIÊU', 'C. 1', 'Mức', 'mức độ', 'Mức độ II', 'MĐ3', 'mức 1', '', 'Mức độ III', '', 'Điều 1', 'diễn đạt lại'],
      ['chỉ tiêu', 'C.2', 'Tỷ lệ', ' tỷ lệ ', '60%', '0,8', '0', '55,5%', '', ' C 2 ', '', 'NGUỒN THỨ CẤP'],
      ['quy định', 'NAM_DAU', 'Năm', '', '2.024', '', '', '', '', '', '', ''],
      ['Quy định', 'GHI_CHU', 'Ghi chú', '', 'Theo văn bản', '', '', '', '', '', '', ''],
    ];
    const expected: LevelsRuleset = {
      id: 'tinh-z',
      name: 'Bộ riêng',
      scheme: 'levels',
      provenance: { ref: 'QĐ 3', status: 'verbatim' },
      criteria: [
        {
          code: 'C',
          name: 'Tiêu chí C',
          provenance: { ref: '', status: 'unverified' },
          items: [
            { code: 'C.1', name: 'Mức', kind: 'level', max: 3, thresholds: { MD1: { min: 2, minDifficult: 1 }, MD2: { min: 3 } }, provenance: { ref: 'Điều 1', status: 'paraphrase' } },
            {
              code: 'C.2',
              partOf: 'C2',
              name: 'Tỷ lệ',
              kind: 'percent',
              thresholds: { MD1: { min: 0.6, minDifficult: 0 }, MD2: { min: 0.8, minDifficult: 0.555 } },
              provenance: { ref: '', status: 'secondary' },
            },
          ],
        },
      ],
      facts: [
        { key: 'NAM_DAU', text: 'Năm', value: 2024, provenance: { ref: '', status: 'unverified' } },
        { key: 'GHI_CHU', text: 'Ghi chú', value: 'Theo văn bản', provenance: { ref: '', status: 'unverified' } },
      ],
    };
    const { ruleset, problems } = rulesetFromTable(table);
    expect(problems).toEqual([]);
    expect(ruleset).toEqual(expected);
  });

  it('points as text: a total "100", a maximum "12,5", a band from "0" and a condition in capitals', () => {
    const table: Cell[][] = [
      ['Bộ tiêu chí', 'P', 'Điểm', 'ĐIỂM', '', '', '', '', '100', '', '', 'Nguyên văn'],
      ['Tiêu chí', 'T1', 'Một', '', '', '', '', '', '12,5', '', '', 'Nguyên văn'],
      ['Tiêu chí', 'T2', 'Hai', '', '', '', '', '', 0, '', '', 'Nguyên văn'],
      ['Xếp loại', '', 'Đạt', 'KHÔNG CÓ TIÊU CHÍ BỊ ĐIỂM 0', '0', '', '', '', '', '', '', 'Nguyên văn'],
      ['Xếp loại', '', 'Không xếp', '', '', '', '', '', '', '', '', 'Nguyên văn'],
    ];
    const verbatim = { ref: '', status: 'verbatim' } as const;
    const expected: PointsRuleset = {
      id: 'P',
      name: 'Điểm',
      scheme: 'points',
      totalPoints: 100,
      provenance: verbatim,
      criteria: [
        { code: 'T1', name: 'Một', provenance: verbatim, items: [{ code: 'T1', name: 'Một', kind: 'points', max: 12.5, provenance: verbatim }] },
        { code: 'T2', name: 'Hai', provenance: verbatim, items: [{ code: 'T2', name: 'Hai', kind: 'points', max: 0, provenance: verbatim }] },
      ],
      ratings: [{ label: 'Đạt', min: 0, noZeroCriterion: true, provenance: verbatim }],
      failLabel: 'Không xếp',
      facts: [],
    };
    const { ruleset, problems } = rulesetFromTable(table);
    expect(problems).toEqual([]);
    expect(ruleset).toEqual(expected);
  });
});

describe('every bad row is named with its row and what to write', () => {
  const fails = (row: Cell[], head: Cell[] = LEVELS_TABLE[1]) => rulesetFromTable([HEADER, head, row]).problems;
  const rowThree = (message: string) => [{ code: 'Bộ tiêu chí dòng 3', severity: 'error', message: `Bộ tiêu chí dòng 3: ${message}` }];
  const POINTS_HEAD = POINTS_TABLE[1];

  it.each<[string, Cell[], Cell[] | undefined, string]>([
    ['an unknown row type', ['Chỉ số', 'X'], undefined, 'loại dòng "Chỉ số" không hợp lệ; dùng "Bộ tiêu chí", "Tiêu chí", "Chỉ tiêu", "Xếp loại", "Quy định".'],
    ['an item before any criterion', ['Chỉ tiêu', 'A.1', 'x', 'Đạt/Không đạt'], undefined, 'chỉ tiêu A.1 phải nằm dưới một dòng "Tiêu chí".'],
    ['an item in a points ruleset', ['Chỉ tiêu', 'T1', 'x', 'Điểm'], POINTS_HEAD, 'bộ tiêu chí chấm điểm chỉ dùng dòng "Tiêu chí" (điểm tối đa ở cột Tối đa).'],
    ['a criterion maximum that is no number', ['Tiêu chí', 'T1', 'x', '', '', '', '', '', 'mười'], POINTS_HEAD, 'cột Tối đa cần một số.'],
    [
      "a band condition that is not the text's",
      ['Xếp loại', '', 'Khá', 'Không có tiêu chí dưới 5', 70],
      POINTS_HEAD,
      'cột Kiểu của dòng xếp loại chỉ ghi "Không có tiêu chí bị điểm 0" hoặc để trống.',
    ],
    ['a band cut-off that is no number', ['Xếp loại', '', 'Khá', '', 'bảy mươi'], POINTS_HEAD, 'cột Điểm từ cần một số.'],
    ['a fact without key', ['Quy định', ' ', 'Năm', '', 2024], undefined, 'dòng quy định cần mã ở cột Mã.'],
    [
      'an unknown status',
      ['Quy định', 'K', 'Năm', '', 2024, '', '', '', '', '', '', 'Đã kiểm tra'],
      undefined,
      'cột Trạng thái cần ghi "Nguyên văn", "Diễn đạt lại", "Nguồn thứ cấp", "Chưa xác minh".',
    ],
  ])('%s', (_, row, head, message) => {
    expect(fails(row, head)).toEqual(rowThree(message));
  });

  it.each<[string, Cell[], string]>([
    ['an unknown kind', ['Chỉ tiêu', 'A.9', 'x', 'Số'], 'chỉ tiêu A.9: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".'],
    ['the kind "Điểm" in a levels ruleset', ['Chỉ tiêu', 'A.9', 'x', 'Điểm'], 'chỉ tiêu A.9: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".'],
    ['a level maximum left blank', ['Chỉ tiêu', 'A.9', 'x', 'Mức độ', 1, 2, '', '', ''], 'cột Tối đa cần một mức độ, ví dụ 2 hoặc "Mức độ 2".'],
    ['a level that is no level', ['Chỉ tiêu', 'A.9', 'x', 'Mức độ', 1, 'ba', '', '', 3], 'cột Mức độ 2 cần một mức độ, ví dụ 2 hoặc "Mức độ 2".'],
    ['a difficult-area level that is no level', ['Chỉ tiêu', 'A.9', 'x', 'Mức độ', 1, 2, 'Chưa đạt', '', 3], 'cột Mức độ 1 (vùng khó khăn) cần một mức độ, ví dụ 2 hoặc "Mức độ 2".'],
    ['a percent that is no percent', ['Chỉ tiêu', 'A.9', 'x', 'Tỷ lệ', 'sáu mươi', 0.8], 'cột Mức độ 1 / Điểm từ cần một tỷ lệ từ 0% đến 100%.'],
    ['a percent above 100%', ['Chỉ tiêu', 'A.9', 'x', 'Tỷ lệ', 0.6, 0.8, 0.5, '120%'], 'cột Mức độ 2 (vùng khó khăn) cần một tỷ lệ từ 0% đến 100%.'],
  ])('%s', (_, row, message) => {
    expect(rulesetFromTable([HEADER, LEVELS_TABLE[1], LEVELS_TABLE[2], row]).problems).toEqual([{ code: 'Bộ tiêu chí dòng 4', severity: 'error', message: `Bộ tiêu chí dòng 4: ${message}` }]);
  });

  it('the ruleset row with an unknown scheme: the table then has no ruleset row either', () => {
    expect(rulesetFromTable([['Bộ tiêu chí', 'X', 'x', 'Xếp hạng']]).problems).toEqual([
      { code: 'Bộ tiêu chí dòng 1', severity: 'error', message: 'Bộ tiêu chí dòng 1: cột Kiểu cần ghi "Mức độ" hoặc "Điểm".' },
      { code: 'Bộ tiêu chí', severity: 'error', message: 'Bảng Bộ tiêu chí chưa có dòng "Bộ tiêu chí".' },
    ]);
  });

  it('the ruleset row with a total that is no number: named, the total then 0', () => {
    const { ruleset, problems } = rulesetFromTable([['Bộ tiêu chí', 'X', 'x', 'Điểm', '', '', '', '', 'một trăm']]);
    expect(problems).toEqual([{ code: 'Bộ tiêu chí dòng 1', severity: 'error', message: 'Bộ tiêu chí dòng 1: cột Tối đa (tổng điểm) cần một số.' }]);
    expect(ruleset).toMatchObject({ scheme: 'points', totalPoints: 0 });
  });

  it('a row above the "Bộ tiêu chí" row, and a table without one', () => {
    expect(rulesetFromTable([LEVELS_TABLE[2], LEVELS_TABLE[1]]).problems).toEqual([
      { code: 'Bộ tiêu chí dòng 1', severity: 'error', message: 'Bộ tiêu chí dòng 1: dòng "Bộ tiêu chí" phải đứng trước mọi dòng khác.' },
    ]);
    expect(rulesetFromTable([HEADER, ['', 'ghi chú']])).toEqual({
      ruleset: null,
      problems: [{ code: 'Bộ tiêu chí', severity: 'error', message: 'Bảng Bộ tiêu chí chưa có dòng "Bộ tiêu chí".' }],
      rowOf: new Map(),
    });
  });
});

describe('problems found when the table is validated name their row', () => {
  it('an item problem names its row, a whole-ruleset problem the "Bộ tiêu chí" row; the ruleset is then unusable', () => {
    const table = LEVELS_TABLE.map((row) => [...row]);
    table[6][5] = 0.45; // B.1a Mức độ 2 below its Mức độ 1 (50%)
    table[1][1] = ''; // no id
    expect(loadRulesetTable(table)).toEqual({
      ruleset: null,
      problems: [
        { code: 'Bộ tiêu chí (chưa đặt mã)', severity: 'error', message: 'Bộ tiêu chí dòng 2: Bộ tiêu chí chưa có mã.' },
        { code: 'B.1a', severity: 'error', message: 'Bộ tiêu chí dòng 7: Chỉ tiêu B.1a: yêu cầu Mức độ 2 thấp hơn Mức độ 1.' },
        { code: 'B', severity: 'warning', message: 'Bộ tiêu chí dòng 6: Tiêu chí B chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.' },
      ],
    });
  });

  it('warnings alone leave the ruleset usable', () => {
    expect(loadRulesetTable(LEVELS_TABLE.map((row) => [...row]))).toEqual({
      ruleset: LEVELS,
      problems: [{ code: 'B', severity: 'warning', message: 'Bộ tiêu chí dòng 6: Tiêu chí B chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.' }],
    });
  });
});

describe('what a row that cannot be read leaves behind', () => {
  const verbatim = { ref: '', status: 'verbatim' } as const;
  const POINTS_HEAD: Cell[] = ['Bộ tiêu chí', 'P', 'Điểm', 'Điểm', '', '', '', '', 100, '', '', 'Nguyên văn'];

  it('a points table: a maximum or a cut-off that is no number is left out, no failing row leaves the failing label blank', () => {
    const { ruleset } = rulesetFromTable([
      POINTS_HEAD,
      ['Tiêu chí', 'T1', 'Một', '', '', '', '', '', 'mười', '', '', 'Nguyên văn'],
      ['Xếp loại', '', 'Khá', '', 'bảy mươi', '', '', '', '', '', '', 'Nguyên văn'],
      ['Xếp loại', '', 'Đạt', '', 50, '', '', '', '', '', '', 'Nguyên văn'],
    ]);
    expect(ruleset).toStrictEqual({
      id: 'P',
      name: 'Điểm',
      scheme: 'points',
      totalPoints: 100,
      provenance: verbatim,
      criteria: [{ code: 'T1', name: 'Một', provenance: verbatim, items: [{ code: 'T1', name: 'Một', kind: 'points', provenance: verbatim }] }],
      ratings: [{ label: 'Đạt', min: 50, noZeroCriterion: false, provenance: verbatim }],
      failLabel: '',
      facts: [],
    });
  });

  it('a levels item: a maximum that is no level is left out, a level without its own requirement has none (its vùng khó khăn one alone is not one), a bad status reads as unverified', () => {
    const { ruleset } = rulesetFromTable([
      ['Bộ tiêu chí', 'L', 'Mức', 'Mức độ', '', '', '', '', '', '', '', 'Nguyên văn'],
      ['Tiêu chí', 'A', 'A', '', '', '', '', '', '', '', 'Điều 3', 'Đã kiểm tra'],
      ['Chỉ tiêu', 'A.1', 'x', 'Mức độ', '', 2, 1, '', 'ba', '', '', 'Nguyên văn'],
    ]);
    expect(ruleset?.criteria).toStrictEqual([
      {
        code: 'A',
        name: 'A',
        provenance: { ref: 'Điều 3', status: 'unverified' },
        items: [{ code: 'A.1', name: 'x', kind: 'level', thresholds: { MD2: { min: 2 } }, provenance: verbatim }],
      },
    ]);
  });

  it('"Căn cứ pháp lý" over several lines (Alt+Enter) lists one document a line, blank lines dropped', () => {
    const { ruleset } = rulesetFromTable([
      ['Bộ tiêu chí', 'L', 'Mức', 'Mức độ', '', '', '', '', '', '', '  Thông tư 25/2023/TT-BGDĐT, Điều 3 \r\n\r\n \nQuyết định 5/QĐ-UBND ', 'Nguyên văn'],
      ['Tiêu chí', 'A', 'A', '', '', '', '', '', '', '', 2023, 'Nguyên văn'],
    ]);
    expect(ruleset?.provenance).toEqual({ ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 3; Quyết định 5/QĐ-UBND', status: 'verbatim' });
    expect(ruleset?.criteria[0].provenance).toEqual({ ref: '2023', status: 'verbatim' });
  });
});

describe('rulesetToTable leaves a missing value blank', () => {
  it('a points criterion without item, a level item with a Mức độ 2 requirement only', () => {
    const V = { ref: '', status: 'verbatim' } as const;
    const points: PointsRuleset = {
      id: 'P',
      name: 'P',
      scheme: 'points',
      provenance: V,
      facts: [],
      totalPoints: 10,
      criteria: [{ code: 'T1', name: 'Một', provenance: V, items: [] }],
      ratings: [],
      failLabel: 'Chưa đạt',
    };
    expect(rulesetToTable(points)[2]).toEqual(['Tiêu chí', 'T1', 'Một', 'Điểm', '', '', '', '', '', '', '', 'Nguyên văn']);
    const levels: LevelsRuleset = {
      id: 'L',
      name: 'L',
      scheme: 'levels',
      provenance: V,
      facts: [],
      criteria: [
        {
          code: 'A',
          name: 'A',
          provenance: V,
          items: [
            { code: 'A.1', name: 'x', kind: 'level', max: 3, thresholds: { MD2: { min: 2, minDifficult: 1 } }, provenance: V },
            { code: 'A.2', name: 'y', kind: 'level', max: 3, thresholds: { MD1: { min: 1 } }, provenance: V },
          ],
        },
      ],
    };
    expect(rulesetToTable(levels)[3]).toEqual(['Chỉ tiêu', 'A.1', 'x', 'Mức độ', '', 2, '', 1, 3, '', '', 'Nguyên văn']);
    expect(rulesetToTable(levels)[4]).toEqual(['Chỉ tiêu', 'A.2', 'y', 'Mức độ', 1, '', '', '', 3, '', '', 'Nguyên văn']);
  });
});

describe('onTableRows', () => {
  it('a problem whose code has no row of its own is left as it was', () => {
    const problem = { code: 'Minh chứng', severity: 'warning' as const, message: 'Chỉ chấm điểm tiêu chí có minh chứng.' };
    expect(onTableRows([problem], new Map([['TC1', 3]]))).toEqual([problem]);
  });
});

describe('a header out of place, wherever the header row stands', () => {
  it('found below a note row by three of its words, and named by its own row; nothing else is read', () => {
    const { ruleset, problems } = rulesetFromTable([
      ['Ghi chú', 'của', 'tỉnh'],
      ['Mã', 'Loại', 'Nội dung'],
      ['Bộ tiêu chí', 'L', 'Mức', 'Mức độ'],
    ]);
    expect(ruleset).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('Bộ tiêu chí dòng 2');
    expect(problems[0].message).toMatch(/^Bộ tiêu chí dòng 2: tiêu đề cột không đúng chỗ \(cột A là "Mã", cần "Loại"; cột B là "Loại", cần "Mã"\)/);
  });
});

describe('a filled cell the row does not read is named, not kept in silence', () => {
  const problemsOf = (row: Cell[], head: Cell[] = LEVELS_TABLE[1]) => rulesetFromTable([HEADER, head, LEVELS_TABLE[2], row]).problems;
  const unread = (column: string, what: string, value: string) => [
    {
      code: 'Bộ tiêu chí dòng 4',
      severity: 'warning',
      message: `Bộ tiêu chí dòng 4: cột ${column} không dùng cho ${what} nên "${value}" không được đọc; ${what.startsWith('dòng') ? 'xóa ô này' : 'xóa ô này hoặc sửa cột Kiểu'}.`,
    },
  ];

  it.each<[string, Cell[], string, string, string]>([
    ['a threshold typed on a yes/no item', ['Chỉ tiêu', 'A.9', 'x', 'Đạt/Không đạt', 'abc'], 'Mức độ 1 / Điểm từ', 'chỉ tiêu A.9 (Đạt/Không đạt)', 'abc'],
    ['a maximum typed on a percent item', ['Chỉ tiêu', 'A.9', 'x', 'Tỷ lệ', 0.5, '', '', '', 3], 'Tối đa', 'chỉ tiêu A.9 (Tỷ lệ)', '3'],
    ['a value typed on a criterion row of a levels ruleset', ['Tiêu chí', 'C', 'x', '', '', '80%'], 'Mức độ 2', 'dòng "Tiêu chí"', '80%'],
    ['a part-of typed on a fact row', ['Quy định', 'K', 'Năm', '', 2024, '', '', '', '', 'A.1'], 'Thuộc chỉ tiêu', 'dòng "Quy định"', 'A.1'],
  ])('%s', (_, row, column, what, value) => {
    expect(problemsOf(row)).toEqual(unread(column, what, value));
  });

  it('a long text is quoted by its first words', () => {
    const long = 'ngưỡng này do tỉnh đề xuất tạm thời trong khi chờ văn bản hướng dẫn mới của Bộ Giáo dục và Đào tạo';
    expect(problemsOf(['Chỉ tiêu', 'A.9', 'x', 'Đạt/Không đạt', long])[0].message).toContain('"ngưỡng này do tỉnh đề xuất tạm thời …"');
  });

  it('every cell the table writes is read: a written table has no such warning', () => {
    expect(rulesetFromTable(LEVELS_TABLE.map((row) => [...row])).problems).toEqual([]);
    expect(rulesetFromTable(POINTS_TABLE.map((row) => [...row])).problems).toEqual([]);
  });
});

it('CDHT_CHECK names a filled cell the table does not read', async () => {
  const { checkProblems } = await import('../../../src/core/formulas/assessment');
  const table = LEVELS_TABLE.map((row) => [...row]);
  table[3][4] = 'abc'; // A.1 is Đạt/Không đạt: no threshold is read
  expect(checkProblems([['A.1']], [['Đạt']], table).map((p) => p.message)).toContain(
    'Bộ tiêu chí dòng 4: cột Mức độ 1 / Điểm từ không dùng cho chỉ tiêu A.1 (Đạt/Không đạt) nên "abc" không được đọc; xóa ô này hoặc sửa cột Kiểu.',
  );
});

it('a "Xếp loại" row in a levels table is named whole, with what to do', () => {
  expect(rulesetFromTable([HEADER, LEVELS_TABLE[1], LEVELS_TABLE[2], ['Xếp loại', '', 'Tốt', '', 85]]).problems).toEqual([
    {
      code: 'Bộ tiêu chí dòng 4',
      severity: 'warning',
      message: 'Bộ tiêu chí dòng 4: bộ tiêu chí xét theo mức độ không xếp loại theo điểm nên dòng "Xếp loại" này không được đọc; xóa dòng này hoặc ghi "Điểm" ở cột Kiểu của dòng "Bộ tiêu chí".',
    },
  ]);
});
