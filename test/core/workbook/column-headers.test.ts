/**
 * Tables read by column place (the evidence list, the ruleset table) whose header row no longer
 * stands where the reader takes each column from: a column deleted before the others, one inserted
 * among them. Before, readEvidenceList read the name as the code, the link as the issuer and the
 * cited codes as the link, with no message, and the ruleset table named each of its rows as wrong
 * ("dòng "Bộ tiêu chí" phải đứng trước mọi dòng khác" 37 times). Now both refuse the table and name
 * the columns as they stand and as they should, and what to do.
 *
 * Expected: headers and messages typed by hand from the template (README, "The commune workbook").
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { loadRulesetTable } from '../../../src/core/ruleset/resolve';
import { rulesetToTable } from '../../../src/core/ruleset/table';
import { readEvidenceList } from '../../../src/core/workbook/evidence';
import { misplacedHeaders } from '../../../src/core/workbook/column-headers';

const SHEET = 'Danh mục minh chứng';
const HEADER = ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'];
const ITEM = ['H1.01', 'Nghị quyết 12', '12/NQ-ĐU ngày 05/01/2025', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view', 'TC1.1'];
const WHAT_TO_DO =
  'có thể do một cột bị xoá, chèn thêm hoặc di chuyển. Bảng được đọc theo vị trí cột nên chưa được đọc, để khỏi hiểu nhầm cột này thành cột khác. Hãy chọn menu CĐHT → "Thiết lập / sửa mẫu" để sửa, hoặc đưa các cột về đúng thứ tự (nội dung đi cùng cột), rồi thử lại.';

describe('readEvidenceList: a header row out of place is refused, never misread', () => {
  it('column A deleted: no item read, the columns named as they stand', () => {
    const { items, problems } = readEvidenceList([HEADER.slice(1), ITEM.slice(1)], SHEET, TT25.criteria);
    expect(items).toEqual([]);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      [
        'error',
        'Trang "Danh mục minh chứng", dòng 3: tiêu đề cột không đúng chỗ (cột A là "Tên minh chứng", cần "Mã minh chứng"; cột B là "Số, ngày ban hành", cần "Tên minh chứng"; cột C là "Cơ quan ban hành", cần "Số, ngày ban hành"; cột D là "Liên kết", cần "Cơ quan ban hành"; cột E là "Chỉ tiêu liên quan", cần "Liên kết"; cột F trống, cần "Chỉ tiêu liên quan"), ' +
          WHAT_TO_DO,
      ],
    ]);
  });

  it('a column inserted at C: refused, the blank C and the shifted headers named', () => {
    const insert = (row: Cell[], cell: Cell) => [...row.slice(0, 2), cell, ...row.slice(2)];
    const { items, problems } = readEvidenceList([insert(HEADER, ''), insert(ITEM, 'ghi chú')], SHEET, TT25.criteria);
    expect(items).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'Trang "Danh mục minh chứng", dòng 3: tiêu đề cột không đúng chỗ (cột C trống, cần "Số, ngày ban hành"; cột D là "Số, ngày ban hành", cần "Cơ quan ban hành"; cột E là "Cơ quan ban hành", cần "Liên kết"; cột F là "Liên kết", cần "Chỉ tiêu liên quan"; cột G là "Chỉ tiêu liên quan", ngoài các cột của bảng), ' +
        WHAT_TO_DO,
    ]);
  });

  it('a header reworded or emptied in its own place is still read by place', () => {
    const header = ['MÃ MINH CHỨNG *', 'Tên', 'Số, ngày ban hành', '', 'Link', 'Chỉ tiêu liên quan'];
    const { items, problems } = readEvidenceList([header, ITEM], SHEET, TT25.criteria);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.code, i.name, i.issuer, i.link])).toEqual([['H1.01', 'Nghị quyết 12', 'Đảng uỷ xã', 'https://drive.google.com/file/d/a/view']]);
  });
});

describe('the "Bộ tiêu chí" table: a header row out of place is one error, no ruleset', () => {
  it('column A ("Loại") deleted', () => {
    const table = rulesetToTable(TT25).map((row) => row.slice(1));
    const { ruleset, problems } = loadRulesetTable(table);
    expect(ruleset).toBeNull();
    expect(problems.map((p) => p.message)).toHaveLength(1);
    expect(problems[0].message).toMatch(/^Bộ tiêu chí dòng 1: tiêu đề cột không đúng chỗ \(cột A là "Mã", cần "Loại"; cột B là "Nội dung", cần "Mã"; /);
  });

  it('a column inserted between "Mức độ 2" and "Mức độ 1 (vùng khó khăn)": refused rather than the difficult-area thresholds read from the new column', () => {
    const table = rulesetToTable(TT25).map((row, r) => [...row.slice(0, 6), r === 0 ? 'Ghi chú' : '', ...row.slice(6)]);
    const { ruleset, problems } = loadRulesetTable(table);
    expect(ruleset).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      'Bộ tiêu chí dòng 1: tiêu đề cột không đúng chỗ (cột G là "Ghi chú", cần "Mức độ 1 (vùng khó khăn)"; cột H là "Mức độ 1 (vùng khó khăn)", cần "Mức độ 2 (vùng khó khăn)"; cột I là "Mức độ 2 (vùng khó khăn)", cần "Tối đa"; cột J là "Tối đa", cần "Thuộc chỉ tiêu"; cột K là "Thuộc chỉ tiêu", cần "Căn cứ pháp lý"; cột L là "Căn cứ pháp lý", cần "Trạng thái"; cột M là "Trạng thái", ngoài các cột của bảng), ' +
        WHAT_TO_DO,
    ]);
  });

  it('a table without its header row (a range given by hand) is read as before', () => {
    expect(loadRulesetTable(rulesetToTable(TT25).slice(1)).ruleset?.id).toBe('TT25');
  });
});

describe('misplacedHeaders', () => {
  it('two headers swapped: both places named', () => {
    expect(misplacedHeaders(['a', 'c', 'b'], ['a', 'b', 'c'])).toEqual([
      { column: 2, holds: 'c', wants: 'b' },
      { column: 3, holds: 'b', wants: 'c' },
    ]);
  });
  it('the last column deleted: the others in place, nothing misplaced', () => {
    expect(misplacedHeaders(['a', 'b'], ['a', 'b', 'c'])).toEqual([]);
  });
});

describe('misplacedHeaders beyond the table', () => {
  it('a header people typed after a blank column beyond the table is theirs, not a shifted column', () => {
    expect(misplacedHeaders([...HEADER, '', 'Ghi chú riêng'], HEADER)).toEqual([]);
  });

  it('a header row shorter than the table: each missing header found elsewhere is named', () => {
    expect(misplacedHeaders(HEADER.slice(1), HEADER)).toEqual([
      { column: 1, holds: 'Tên minh chứng', wants: 'Mã minh chứng' },
      { column: 2, holds: 'Số, ngày ban hành', wants: 'Tên minh chứng' },
      { column: 3, holds: 'Cơ quan ban hành', wants: 'Số, ngày ban hành' },
      { column: 4, holds: 'Liên kết', wants: 'Cơ quan ban hành' },
      { column: 5, holds: 'Chỉ tiêu liên quan', wants: 'Liên kết' },
      { column: 6, holds: '', wants: 'Chỉ tiêu liên quan' },
    ]);
  });
});
