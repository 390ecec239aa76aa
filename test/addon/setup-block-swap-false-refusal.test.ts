/**
 * Hunter K (session 19): ordinary edits that are no swap of a table's columns, yet make set-up
 * refuse with the "các bảng trên trang dùng chung cột nhưng không cùng thứ tự cột" message
 * (src/core/template/match.ts splitColumns). A label typed over is archived and named as before;
 * a value that happens to read like the label typed over beside it is no swap.
 *
 * Expected: cells typed by hand from the template as README "The commune workbook" lays it out
 * ("Đánh giá" TT25: TC1.1 on row 6, "Yêu cầu Mức độ 1" in C, "Giá trị của xã" in E; "Thông tin":
 * the report's "Thuận lợi" on row 44, label in A, paragraph in B).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { filledWorkbook, setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const SPLIT = 'không cùng thứ tự cột';

describe('"Đánh giá": a requirement typed over on a row whose value reads as the template requirement', () => {
  // TC1.1 requires "Đạt" at Mức độ 1 (C6); the commune answered "Đạt" (E6); someone retyped C6.
  const edit = (ss: ReturnType<typeof filledWorkbook>['ss']) => {
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('E6', 'Đạt');
    sheet.type('C6', 'Đạt (theo hướng dẫn của tỉnh)');
    return sheet;
  };

  it('a repair archives C6 and names it, and does not refuse', () => {
    const { ss } = filledWorkbook();
    const sheet = edit(ss);
    const result = setup(ss, LATER);
    const message = setupMessage(result);
    expect(message).not.toContain(SPLIT);
    expect(result.refused).toBe(false);
    expect(sheet.at('E6').value).toBe('Đạt');
    expect(message).toContain('ô C6');
  });

  it('a switch to TT44 goes ahead, "Đạt" kept', () => {
    const { ss } = filledWorkbook();
    edit(ss);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const result = setup(ss, LATER);
    expect(setupMessage(result)).not.toContain(SPLIT);
    expect(result.refused).toBe(false);
  });
});

describe('"Thông tin": a report label numbered, its paragraph so far only the heading word', () => {
  it('a repair does not refuse', () => {
    const { ss } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    sheet.type('A44', '1. Thuận lợi');
    sheet.type('B44', 'Thuận lợi');
    const result = setup(ss, LATER);
    expect(setupMessage(result)).not.toContain(SPLIT);
    expect(result.refused).toBe(false);
    expect(sheet.at('B44').value).toBe('Thuận lợi');
  });
});
