import { criteriaHeader } from '../formulas/assessment';
import { FACT_KEYS, factNumber, factOf, factText, isUnverified } from '../ruleset/facts';
import { LEVEL_LABELS, NOT_RECOGNISED, type LegalFact, type Ruleset } from '../ruleset/types';
import { INDICATOR_COLUMNS, NAMES } from '../workbook/names';
import { RESULT_WORDS } from '../cells/result-words';
import { call, rangeA1, sheetRef } from './a1';
import { assessmentColumn } from './assessment-sheet';
import { SHEETS, communeLine, infoRef } from './layout';
import { formula, label, rectangular, spill, type CellSpec, type ConditionalFormat, type SheetSpec } from './types';

const GREEN = '#d9ead3';
const RED = '#f4cccc';
const AMBER = '#fff2cc';

/** Where the blocks of "Kết quả" start: the criteria table, then the data check. */
export const RESULTS_LAYOUT = { rating: 4, criteriaTitle: 12, criteria: 13 };

/** "(chưa xác minh: …)" after a fact the official text does not confirm. */
const unverifiedNote = (f: LegalFact | undefined, what: string) => (isUnverified(f) ? ` (chưa xác minh: ${what})` : '');

/**
 * The three rows of dates from the ruleset's legal facts: how long recognition is kept, when
 * Mức độ 2 may be applied for, whether this year's dossier can apply for it. A fact the ruleset
 * lacks leaves its row empty, so the layout below never moves: emptied, not left as it is, so a
 * switch to a ruleset without it (TT25 → TT44) leaves nothing of the other's behind.
 */
function dateRows(ruleset: Ruleset, rating: string): Array<Array<CellSpec | null>> {
  const year = infoRef('year');
  const md1 = infoRef('md1DecisionDate');
  const levels = ruleset.scheme === 'levels';
  const validity = factOf(ruleset, FACT_KEYS.validityMonths);
  const from = factOf(ruleset, FACT_KEYS.validityFrom);
  const wait = factOf(ruleset, FACT_KEYS.md2WaitMonths);
  const day = factNumber(ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ruleset, FACT_KEYS.deadlineMonth);
  const recognised = call('OR', ...[LEVEL_LABELS.MD1, LEVEL_LABELS.MD2].map((l) => `${rating}="${l}"`));
  const validityRow =
    levels && typeof validity?.value === 'number'
      ? [
          label('Công nhận được bảo lưu đến hết ngày'),
          formula(call('IF', call('AND', recognised, `ISNUMBER(${year})`), call('EDATE', call('DATE', year, 12, 31), validity.value), '""'), { format: 'date' }),
          label(`Bảo lưu ${validity.value} tháng: ${validity.provenance.ref}${unverifiedNote(from, `tính từ ${from?.value}`)}`, 'muted'),
        ]
      : [];
  const waitRow =
    levels && typeof wait?.value === 'number'
      ? [
          label('Được đề nghị Mức độ 2 từ ngày'),
          formula(call('IF', `${md1}=""`, '"Chưa có quyết định công nhận Mức độ 1"', call('EDATE', md1, wait.value)), { format: 'date' }),
          label(`Ít nhất ${wait.value} tháng sau quyết định công nhận Mức độ 1${unverifiedNote(wait, String(wait.provenance.ref))}`, 'muted'),
        ]
      : [];
  const pad = (n: number) => String(n).padStart(2, '0');
  const deadlineRow =
    levels && typeof wait?.value === 'number' && day !== undefined && month !== undefined
      ? [
          label('Hồ sơ năm này có thể đề nghị Mức độ 2'),
          formula(call('IF', `${md1}=""`, '"Chưa"', call('IF', `${call('EDATE', md1, wait.value)}<=${call('DATE', `${year}+1`, month, day)}`, '"Có"', '"Chưa"'))),
          label(`Hồ sơ nộp trước ${pad(day)}/${pad(month)} năm sau năm đánh giá (${factOf(ruleset, FACT_KEYS.deadlineDay)?.provenance.ref})`, 'muted'),
        ]
      : [];
  const empty = [label(''), label(''), label('')];
  return [validityRow, waitRow, deadlineRow].map((row) => (row.length > 0 ? row : empty));
}

export function resultsSheet(ruleset: Ruleset): SheetSpec {
  const column = (c: number) => sheetRef(SHEETS.assessment, assessmentColumn(ruleset, c));
  const codes = column(INDICATOR_COLUMNS.code);
  const values = column(INDICATOR_COLUMNS.value);
  const evidence = column(INDICATOR_COLUMNS.evidence);
  const args = [codes, values, NAMES.ruleset, infoRef('difficultArea')];
  const levels = ruleset.scheme === 'levels';
  const rating = `B${RESULTS_LAYOUT.rating}`;

  const rows: Array<Array<CellSpec | null>> = [
    [label('KẾT QUẢ ĐÁNH GIÁ', 'title')],
    [communeLine(ruleset)],
    [label('Nội dung', 'header'), label('Kết quả', 'header'), label('Căn cứ, ghi chú', 'header')],
    [
      label(levels ? 'Mức độ đạt được' : 'Xếp loại'),
      formula(call('CDHT_RATING', ...args), { style: 'result' }),
      label(levels ? (factText(ruleset, FACT_KEYS.ratingArticle) ?? '') : `${factText(ruleset, FACT_KEYS.ratingArticle) ?? ruleset.name}; ngưỡng xếp loại xem Bộ tiêu chí`, 'muted'),
    ],
    [label(levels ? 'Số chỉ tiêu đạt Mức độ 1 (trên 15)' : 'Tổng điểm'), formula(call('CDHT_SCORE', ...args), { style: 'result', format: 'decimal' }), null],
    [
      label('Số mục đã nhập'),
      formula(call('SUMPRODUCT', `(${codes}<>"")*(${values}<>"")`), { format: 'integer' }),
      formula(`"trên "&${call('COUNTIF', codes, '"?*"')}&" mục${levels ? ' (TC5.2 gồm hai mục)' : ''}"`, { style: 'muted' }),
    ],
    [label('Số mục đã có minh chứng'), formula(call('SUMPRODUCT', `(${codes}<>"")*(${evidence}<>"")`), { format: 'integer' }), null],
    ...dateRows(ruleset, rating),
    [],
    [label('KẾT QUẢ THEO TIÊU CHÍ', 'title')],
  ];
  const header = criteriaHeader(ruleset);
  const criteriaRows = ruleset.criteria.length + 1;
  for (let i = 0; i < criteriaRows; i++) {
    const cells = header.map(() => spill(i === 0 ? 'header' : undefined));
    if (i === 0) cells[0] = formula(call('CDHT_CRITERIA', ...args), { style: 'header' });
    rows.push(cells);
  }
  const checkTitle = RESULTS_LAYOUT.criteria + criteriaRows + 1;
  // CDHT_CHECK spills three columns (code, Lỗi/Cảnh báo, message) and as many rows as there are problems.
  rows.push([], [label('KIỂM TRA DỮ LIỆU (lỗi cần sửa, cảnh báo cần xem)', 'title')], [formula(call('CDHT_CHECK', ...args)), spill(), spill()]);

  const first = RESULTS_LAYOUT.criteria + 1;
  const seriesColumn = levels ? header.indexOf('Chỉ tiêu đạt mức độ 1') + 1 : header.indexOf('Điểm') + 1;
  // Coloured under Mức độ only: the two requirement columns (Mức độ 1, Mức độ 2) of CDHT_CRITERIA.
  const resultColumns = rangeA1(first, 3, ruleset.criteria.length, 2);
  const colour = (range: string, when: ConditionalFormat['when'], background: string): ConditionalFormat => ({ range, when, background });
  const ratingColours: ConditionalFormat[] = levels
    ? [colour(rating, { textEquals: 'Mức độ 2' }, GREEN), colour(rating, { textEquals: 'Mức độ 1' }, GREEN)]
    : [colour(rating, { textEquals: 'Tốt' }, GREEN), colour(rating, { textEquals: 'Khá' }, GREEN), colour(rating, { textEquals: 'Trung bình' }, AMBER)];
  return {
    name: SHEETS.results,
    cells: rectangular(rows),
    columnWidths: [300, 300],
    wrapText: false,
    frozenRows: 0,
    conditionalFormats: [
      ...ratingColours,
      // "Chưa đạt (…; còn N chỉ tiêu chưa nhập …)" when decided before every value is in (TT44:
      // "tiêu chí", older TT44 workbooks "chỉ tiêu"): the prefix alone decides, so both are coloured.
      colour(rating, { textStartsWith: NOT_RECOGNISED }, RED),
      colour(rating, { textStartsWith: 'Chưa đủ dữ liệu' }, AMBER),
      ...(levels
        ? [
            colour(resultColumns, { textEquals: RESULT_WORDS.met }, GREEN),
            colour(resultColumns, { textEquals: RESULT_WORDS.notMet }, RED),
            colour(resultColumns, { textEquals: RESULT_WORDS.missing }, AMBER),
          ]
        : []),
      colour(rangeA1(checkTitle + 1, 2, 200, 1), { textEquals: 'Lỗi' }, RED),
      colour(rangeA1(checkTitle + 1, 2, 200, 1), { textEquals: 'Cảnh báo' }, AMBER),
    ],
    protections: [{ range: null, description: 'Kết quả tự tính: không cần sửa trên trang này' }],
    charts: [
      {
        title: levels ? 'Số chỉ tiêu đạt Mức độ 1 theo tiêu chí' : 'Điểm theo tiêu chí',
        domain: rangeA1(first, 1, ruleset.criteria.length, 1),
        series: rangeA1(first, seriesColumn, ruleset.criteria.length, 1),
        row: RESULTS_LAYOUT.criteriaTitle,
        column: header.length + 2,
      },
    ],
  };
}
