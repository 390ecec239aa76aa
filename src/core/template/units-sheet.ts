import { allItems, type Item, type Ruleset } from '../ruleset/types';
import { call, cellA1, columnLetter, rangeA1, sheetRef } from './a1';
import { SHEETS } from './layout';
import { formula, input, label, rectangular, type CellSpec, type SheetSpec } from './types';

/**
 * "Số liệu theo đơn vị": the counts behind each percent indicator, as communes hold them (for
 * TC5.1 the citizens holding the "Công dân học tập" title and all citizens), entered per unit the
 * commune chooses (thôn, tổ dân phố, or the former communes merged in 2025) or on one row for the
 * whole commune. Native formulas add them up and give the rate, which the indicator's value cell on
 * "Đánh giá" shows until someone types a percent over it (an input with a `computed` formula).
 *
 * Each unit row is checked as CDHT_RATE checks a row of counts (src/core/formulas/rate.ts): a row
 * with any count needs both counts, as numbers, not negative, a total above 0 and the number
 * reaching the standard no larger than the total; and, as these are counts of people shown in an
 * integer format, whole numbers (which CDHT_RATE does not ask). A row that fails is named in its "Kiểm tra" cell;
 * the indicator's rate is then a text saying so, which the engine reports as not a percent, so a
 * wrong count can never pass or fail an indicator silently. A rate is at most 100% by construction.
 */

/** Unit rows: more than the thôn of most merged communes; rows inserted inside the table count too. */
export const UNIT_ROWS = 40;

/** Rows under the table where counts typed by mistake are looked for (500: far more than any commune's units). */
const BELOW_ROWS = 500;

/** The percent items of a ruleset, the ones with counts here. */
export const percentItems = (ruleset: Ruleset): Item[] => allItems(ruleset).filter((i) => i.kind === 'percent');

/** Rows and columns (1-based) of the sheet for a ruleset: one summary row per percent item, then the unit table. */
export function unitsLayout(ruleset: Ruleset) {
  const items = percentItems(ruleset).length;
  const summaryHeader = 3;
  const unitHeader = summaryHeader + items + 2;
  return {
    firstItem: summaryHeader + 1,
    unitHeader,
    firstUnit: unitHeader + 1,
    /** The row under the units, whose label says where to insert more. */
    end: unitHeader + UNIT_ROWS + 1,
    /** Summary columns: code, name, sum of numerators, sum of denominators, rate, check. */
    summary: { numerator: 3, denominator: 4, rate: 5, check: 6 },
    /** Unit table: the unit's name, then two columns per item, then the row check. */
    numeratorColumn: (index: number) => 2 + 2 * index,
    denominatorColumn: (index: number) => 3 + 2 * index,
    checkColumn: 2 + 2 * items,
  };
}

/** What the rate cell shows instead of a rate when a unit row fails its check; the engine names it. */
export const INVALID_COUNTS = `Số liệu chưa hợp lệ: xem trang ${SHEETS.units}`;

function percentIndex(ruleset: Ruleset, item: Item): number {
  const index = percentItems(ruleset).findIndex((i) => i.code === item.code);
  if (index < 0) throw new Error(`${item.code} is not a percent item of ${ruleset.id}`);
  return index;
}

const rateRef = (column: number, row: number) => sheetRef(SHEETS.units, `$${columnLetter(column)}$${row}`);

/** The rate of `item` on this sheet, as another sheet's formula refers to it ('Số liệu theo đơn vị'!E4). */
export function unitRateRef(ruleset: Ruleset, item: Item): string {
  const L = unitsLayout(ruleset);
  return rateRef(L.summary.rate, L.firstItem + percentIndex(ruleset, item));
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The check of one item on one unit row: '' when the row is blank or consistent, else why not. */
function rowCheck(code: string, n: string, d: string): string {
  const why = (text: string) => quoted(`${code}: ${text}`);
  return call(
    'IF',
    call('AND', `${n}=""`, `${d}=""`),
    '""',
    call(
      'IF',
      call('OR', `NOT(ISNUMBER(${n}))`, `NOT(ISNUMBER(${d}))`),
      why('thiếu số hoặc không phải số'),
      call(
        'IF',
        call('OR', `${n}<0`, `${d}<0`),
        why('số âm'),
        // A count of people is whole: "1,234" typed for 1.234 is shown as 1 by the integer format.
        call(
          'IF',
          call('OR', `${n}<>INT(${n})`, `${d}<>INT(${d})`),
          why('số người phải là số nguyên'),
          call('IF', `${d}=0`, why('tổng số bằng 0'), call('IF', `${n}>${d}`, why('số đạt lớn hơn tổng số'), '""')),
        ),
      ),
    ),
  );
}

export function unitsSheet(ruleset: Ruleset): SheetSpec {
  const L = unitsLayout(ruleset);
  const items = percentItems(ruleset);
  // From the header row to the end row: the sums then take in rows people insert anywhere between
  // them (set-up places a range over the rows it spans); SUM, COUNT and COUNTIF skip the labels.
  const units = (column: number) => rangeA1(L.unitHeader, column, L.end - L.unitHeader + 1);
  const checks = units(L.checkColumn);
  const count = () => input({ format: 'integer', validation: { type: 'number', min: 0, max: 10_000_000 } });
  const summaryRows = items.map((item, i): Array<CellSpec | null> => {
    const n = units(L.numeratorColumn(i));
    const d = units(L.denominatorColumn(i));
    // Row checks name the item as "TC5.1: …"; COUNTIF's "*" finds them (a "." is no wildcard).
    const failing = `${call('COUNTIF', checks, quoted(`*${item.code}:*`))}>0`;
    const empty = `${call('COUNT', n)}+${call('COUNT', d)}=0`;
    // An inserted row has no check of its own until the next repair: the columns are checked as a
    // whole too, for what a row check catches: đạt above tổng số, a count without its pair, text
    // (the header is the one label in each column), a negative count, a total of 0, a count not whole.
    const columnsWrong = call(
      'OR',
      `${call('SUM', n)}>${call('SUM', d)}`,
      `${call('COUNT', n)}<>${call('COUNT', d)}`,
      `${call('COUNTA', n)}>${call('COUNT', n)}+1`,
      `${call('COUNTA', d)}>${call('COUNT', d)}+1`,
      `${call('COUNTIF', n, '"<0"')}+${call('COUNTIF', d, '"<0"')}>0`,
      `${call('COUNTIF', d, '0')}>0`,
      `${call('SUM', n)}<>${call('INT', call('SUM', n))}`,
      `${call('SUM', d)}<>${call('INT', call('SUM', d))}`,
    );
    // "Hoặc một dòng Toàn xã": a whole-commune row beside unit rows of this item counts everyone twice.
    const twice = call('AND', `${call('COUNTIFS', units(1), quoted('Toàn xã*'), d, quoted('<>'))}>0`, `${call('COUNT', d)}>1`);
    // Counts typed under the end row, as one continues a list past row 49, are in no sum: no rate
    // then, rather than one that leaves those units out in silence (newcomer review of issue 14, F9).
    // Reached from the end row's own cell, so a row inserted under it (which Sheets would move a
    // plain range for) leaves the formula as set-up writes it.
    const below = (column: number) => call('OFFSET', cellA1(L.end, 1), '1', String(column - 1), String(BELOW_ROWS), '1');
    const typedBelow = `${call('COUNT', below(L.numeratorColumn(i)))}+${call('COUNT', below(L.denominatorColumn(i)))}>0`;
    const invalid = call('OR', failing, columnsWrong, twice, typedBelow);
    return [
      label(item.code),
      label(item.name),
      formula(call('SUM', n), { style: 'result', format: 'integer' }),
      formula(call('SUM', d), { style: 'result', format: 'integer' }),
      formula(call('IF', invalid, quoted(INVALID_COUNTS), call('IF', empty, '""', `${call('SUM', n)}/${call('SUM', d)}`)), { style: 'result', format: 'percent' }),
      formula(
        call(
          'IF',
          failing,
          quoted('Có dòng chưa hợp lệ: xem cột Kiểm tra'),
          call(
            'IF',
            columnsWrong,
            quoted('Dòng chèn thêm chưa hợp lệ (chữ, số âm, số không nguyên, thiếu số): chạy Thiết lập / sửa mẫu để kiểm tra từng dòng'),
            call(
              'IF',
              twice,
              quoted('Có dòng “Toàn xã” cùng các thôn: số liệu bị cộng hai lần; giữ một trong hai'),
              call(
                'IF',
                typedBelow,
                quoted('Có số liệu dưới dòng “Thêm đơn vị” nên không được cộng: chèn dòng phía trên dòng đó rồi chép số liệu vào'),
                call('IF', empty, quoted('Chưa nhập số liệu'), `"Tính từ "&${call('COUNT', d)}&" đơn vị"`),
              ),
            ),
          ),
        ),
        { style: 'muted' },
      ),
    ];
  });
  const unitRows = Array.from({ length: UNIT_ROWS }, (_, u): Array<CellSpec | null> => {
    const row = L.firstUnit + u;
    const pieces = items.map((item, i) => rowCheck(item.code, cellA1(row, L.numeratorColumn(i)), cellA1(row, L.denominatorColumn(i))));
    return [input(), ...items.flatMap(() => [count(), count()]), formula(call('TEXTJOIN', '"; "', 'TRUE()', ...pieces), { style: 'muted' })];
  });
  const rows: Array<Array<CellSpec | null>> = [
    [label('SỐ LIỆU TÍNH TỶ LỆ THEO THÔN, TỔ DÂN PHỐ', 'title')],
    [
      label(
        `Nhập số người theo thôn, tổ dân phố hoặc xã cũ (trước sắp xếp 2025), hoặc một dòng "Toàn xã". Tỷ lệ hiện ở cột Giá trị trang "${SHEETS.assessment}"; gõ đè ở đó để nhập thẳng tỷ lệ.`,
        'muted',
      ),
    ],
    ['Chỉ tiêu', 'Nội dung', 'Số đạt (cộng)', 'Tổng số (cộng)', 'Tỷ lệ', 'Kiểm tra số liệu'].map((h) => label(h, 'header')),
    ...summaryRows,
    [],
    [
      label('Đơn vị (thôn, tổ dân phố hoặc xã cũ)', 'header'),
      ...items.flatMap((item) => [label(`${item.code}: số đạt`, 'header'), label(`${item.code}: tổng số`, 'header')]),
      label('Kiểm tra', 'header'),
    ],
    ...unitRows,
    [label('Thêm đơn vị: chèn dòng phía trên dòng này.', 'muted')],
  ];
  const lastColumn = Math.max(L.summary.check, L.checkColumn);
  return {
    name: SHEETS.units,
    cells: rectangular(rows),
    columnWidths: [220, 300, ...new Array<number>(lastColumn - 2).fill(120)],
    wrapText: true,
    frozenRows: 0,
    conditionalFormats: [],
    // One protection (each costs set-up calls): the rates. A row check typed over comes back at the
    // next repair, and the totals are checked meanwhile.
    protections: [{ range: rangeA1(L.firstItem, L.summary.numerator, items.length, 4), description: 'Tỷ lệ tự tính từ số liệu theo đơn vị' }],
    charts: [],
  };
}
