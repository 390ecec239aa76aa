/**
 * The Spreadsheet service calls of "Thiết lập / sửa mẫu", grouped by what they do, for
 * `npm run bench`: a first set-up on a new spreadsheet and a repair run right after it.
 */
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeSpreadsheet, fakeFactories } from '../../test/fakes/spreadsheet';

/** Groups in print order; a call goes to the first group whose pattern matches its method name. */
const GROUPS: Array<[string, RegExp]> = [
  ['trang (tạo, liệt kê, tên)', /^Spreadsheet\.(getSheets|insertSheet)$|^Sheet\.getName$/],
  ['developer metadata', /DeveloperMetadata/],
  ['lấy vùng', /^Sheet\.(getRange|getDataRange|getRangeList)$|^RangeList\./],
  ['đọc ô (giá trị, công thức, đọc lại)', /^Range\.get(Values|Formulas)$/],
  ['ghi ô (giá trị, định dạng, kiểm tra dữ liệu)', /^Range\.set/],
  ['độ rộng cột, cố định dòng', /ColumnWidths|FrozenRows/],
  ['định dạng có điều kiện', /ConditionalFormat/],
  ['bảo vệ', /[Pp]rotect/],
  ['biểu đồ', /Chart/],
  ['vùng được đặt tên', /NamedRange|RangeByName|^Range\.(getSheet|getA1Notation)$/],
];

export interface CallFigures {
  total: number;
  /** "label n" for each group with calls, then anything no group took. */
  parts: string[];
}

function figures(calls: readonly string[]): CallFigures {
  const counts = new Map<string, number>();
  for (const call of calls) {
    const group = GROUPS.find(([, pattern]) => pattern.test(call))?.[0] ?? call;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return { total: calls.length, parts: [...counts].map(([label, n]) => `${label} ${n}`) };
}

/** The calls of a first set-up and of the repair that follows it. */
export function benchSetupCalls(): { first: CallFigures; repair: CallFigures } {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 21));
  const first = figures(ss.log.calls);
  ss.log.reset();
  setupWorkbook(ss, fakeFactories(ss.log), new Date(2026, 10, 22));
  return { first, repair: figures(ss.log.calls) };
}
