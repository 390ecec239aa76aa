/** Where the sidebar finds its cells (src/core/sidebar/state.ts): the rows it reads and writes. */
import { describe, expect, it } from 'vitest';
import { evidenceRows, fieldCells } from '../../../src/core/sidebar/state';

/** A CDHT_CHI_TIEU block as set-up writes it for TT25: the header row, then one row per indicator. */
const HEADER = ['Mã', 'Chỉ tiêu (nội dung theo văn bản)', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị của xã', 'Minh chứng (liên kết)', 'Kết quả thực hiện (việc đã làm, số liệu)', 'Phụ trách'];
const indicator = (code: string, value: string | number) => [code, 'Nội dung', '', '', value, '', '', ''];

describe('fieldCells', () => {
  it('finds each editable column under its header and each code on its row', () => {
    const { rowOf, column } = fieldCells([HEADER, indicator('TC1.1', 'Đạt'), indicator('TC1.2', '')]);
    expect(column).toEqual({ value: 4, evidence: 5, description: 6, owner: 7 });
    expect([...rowOf]).toEqual([
      ['TC1.1', 1],
      ['TC1.2', 2],
    ]);
  });

  it('takes the first row of a code typed twice, the row the engine counts, whatever its case and spaces', () => {
    // The engine counts the first of two rows with one code and names the second (src/core/engine/entries.ts);
    // the sidebar must show and save that same first row, not the copy below it.
    const { rowOf } = fieldCells([HEADER, indicator('TC1.1', 'Đạt'), indicator('TC1.2', ''), indicator(' tc1.1', 'Không đạt')]);
    expect(rowOf.get('TC1.1')).toBe(1);
    expect(rowOf.size).toBe(2);
  });

  it('skips rows without a code', () => {
    const { rowOf } = fieldCells([HEADER, indicator('', 'x'), indicator('TC2.1', '')]);
    expect([...rowOf]).toEqual([['TC2.1', 2]]);
  });
});

describe('evidenceRows', () => {
  const header = ['Mã', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu'];
  it('lists the non-blank rows below the header with their index in the block, never the header itself', () => {
    const rows = evidenceRows([header, ['H1.01', 'Quyết định', '12/QĐ-UBND', 'UBND xã', '', 'TC1.1'], ['', '', '', '', '', ''], ['', 'Kế hoạch', '', '', '', '']]);
    expect(rows).toEqual([
      { row: 1, fields: { code: 'H1.01', name: 'Quyết định', reference: '12/QĐ-UBND', issuer: 'UBND xã', link: '', indicators: 'TC1.1' } },
      { row: 3, fields: { code: '', name: 'Kế hoạch', reference: '', issuer: '', link: '', indicators: '' } },
    ]);
  });
});
