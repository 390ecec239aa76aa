import { resultColumns } from '../formulas/assessment';
import { requirementText } from '../ruleset/requirements';
import type { Item, Ruleset } from '../ruleset/types';
import { INDICATOR_HEADERS, type IndicatorColumn } from '../workbook/indicator-block';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH, NAMES } from '../workbook/names';
import { RESULT_WORDS } from '../cells/result-words';
import { call, rangeA1 } from './a1';
import { ASSESSMENT_FIRST_ROW, SHEETS, communeLine, infoRef } from './layout';
import { formula, input, label, rectangular, spill, type CellSpec, type SheetSpec, type Validation } from './types';
import { unitRateRef } from './units-sheet';

/** One row of "Đánh giá": a criterion heading (no code) or an item. */
export type AssessmentRow = { heading: string } | { item: Item };

export function assessmentRows(ruleset: Ruleset): AssessmentRow[] {
  return ruleset.criteria.flatMap((c): AssessmentRow[] =>
    ruleset.scheme === 'levels' ? [{ heading: `${c.code}. ${c.name}` }, ...c.items.map((item) => ({ item }))] : c.items.map((item) => ({ item })),
  );
}

function valueInput(item: Item, ruleset: Ruleset): CellSpec {
  const ceiling = item.max ?? (ruleset.scheme === 'points' ? ruleset.totalPoints : 1);
  const levels = Array.from({ length: item.max ?? 3 }, (_, i) => `Mức độ ${i + 1}`);
  const validation: Validation =
    item.kind === 'yesno'
      ? { type: 'list', values: [RESULT_WORDS.met, RESULT_WORDS.notMet] }
      : item.kind === 'level'
        ? { type: 'list', values: [...levels, RESULT_WORDS.below] }
        : item.kind === 'percent'
          ? { type: 'percent' }
          : { type: 'number', min: 0, max: ceiling };
  const format = item.kind === 'percent' ? 'percent' : item.kind === 'points' ? 'decimal' : undefined;
  // A percent is computed from the counts on "Số liệu theo đơn vị" until a percent is typed over it.
  const computed = item.kind === 'percent' ? { computed: `=${unitRateRef(ruleset, item)}` } : {};
  return input({ validation, ...(format ? { format } : {}), ...computed });
}

/** The range of the indicator rows in column `column` (0-based within the block), e.g. A5:A25. */
export function assessmentColumn(ruleset: Ruleset, column: number): string {
  return rangeA1(ASSESSMENT_FIRST_ROW, column + 1, assessmentRows(ruleset).length, 1);
}

/** The CDHT_RESULTS call beside the values: the workbook's one formula for all indicator results. */
export function resultsFormula(ruleset: Ruleset): string {
  const codes = assessmentColumn(ruleset, INDICATOR_COLUMNS.code);
  const values = assessmentColumn(ruleset, INDICATOR_COLUMNS.value);
  return call('CDHT_RESULTS', codes, values, NAMES.ruleset, infoRef('difficultArea'));
}

export function assessmentSheet(ruleset: Ruleset): SheetSpec {
  const rows = assessmentRows(ruleset);
  const points = ruleset.scheme === 'points';
  const scheme = points ? 1 : 0;
  const header = [...(Object.keys(INDICATOR_COLUMNS) as IndicatorColumn[]).map((column) => INDICATOR_HEADERS[column][scheme]), ...resultColumns(ruleset).map((c) => (points ? c : `Kết quả ${c}`))];
  const body = rows.map((row, i): Array<CellSpec | null> => {
    const results = i === 0 ? [formula(resultsFormula(ruleset), { style: 'result' }), spill('result')] : [spill('result'), spill('result')];
    if ('heading' in row) return [label(''), label(row.heading, 'heading'), label('', 'heading'), label('', 'heading'), null, null, null, null, ...results];
    const { item } = row;
    const cells: Array<CellSpec | null> = new Array<CellSpec | null>(INDICATOR_WIDTH).fill(null);
    cells[INDICATOR_COLUMNS.code] = label(item.code);
    cells[INDICATOR_COLUMNS.name] = label(item.name);
    cells[INDICATOR_COLUMNS.requirementMD1] = label(requirementText(item, 'MD1', ruleset, 'both'));
    cells[INDICATOR_COLUMNS.requirementMD2] = label(points ? '' : requirementText(item, 'MD2', ruleset, 'both'));
    cells[INDICATOR_COLUMNS.value] = valueInput(item, ruleset);
    cells[INDICATOR_COLUMNS.evidence] = input();
    cells[INDICATOR_COLUMNS.description] = input();
    cells[INDICATOR_COLUMNS.owner] = input();
    return [...cells, ...results];
  });
  const resultRange = rangeA1(ASSESSMENT_FIRST_ROW, INDICATOR_WIDTH + 1, rows.length, 2);
  const colour = (text: string, background: string) => ({ range: resultRange, when: { textEquals: text }, background });
  // A points ruleset's results are points and maxima, never Đạt / Không đạt: only a missing value is coloured.
  const key = points
    ? 'Cột I, J tự tính: I là điểm của tiêu chí, J là điểm tối đa ghi trong Bộ tiêu chí; vàng là còn thiếu dữ liệu.'
    : 'Cột I, J tự tính: xanh là đạt, đỏ là không đạt, vàng là còn thiếu dữ liệu.';
  const colours = points ? [] : [colour(RESULT_WORDS.met, '#d9ead3'), colour(RESULT_WORDS.notMet, '#f4cccc')];
  return {
    name: SHEETS.assessment,
    rowKey: 'mã chỉ tiêu',
    cells: rectangular([
      [label('ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', 'title')],
      [communeLine(ruleset)],
      [label(`Nhập ở các ô màu vàng nhạt (cột E đến H). ${key}`, 'muted')],
      header.map((h) => label(h, 'header')),
      ...body,
    ]),
    columnWidths: [0, 420, 150, 150, 150, 150, 320, 150],
    wrapText: true,
    frozenRows: 4,
    conditionalFormats: [...colours, colour(RESULT_WORDS.missing, '#fff2cc')],
    // The code, wording and requirement columns are rewritten by every repair; only the formula is protected.
    protections: [{ range: resultRange, description: 'Kết quả tự tính bằng CDHT_RESULTS' }],
    charts: [],
  };
}

/** The CDHT_CHI_TIEU block: the header row and the indicator rows, columns A–H. */
export function indicatorBlock(ruleset: Ruleset): string {
  return rangeA1(ASSESSMENT_FIRST_ROW - 1, 1, assessmentRows(ruleset).length + 1, INDICATOR_WIDTH);
}
