import { describe, expect, it } from 'vitest';
import { textTable } from '../../scripts/lib/text-table';

const columns = (line: string) => line.split(/ │ |─┼─/).length;

describe('textTable (npm run demo)', () => {
  it('gives the separator and every row the header’s columns, whatever widths were passed', () => {
    // The TT44 criteria table: 4 columns, printed with the 6 widths of TT25's.
    const lines = textTable(
      ['Mã', 'Tiêu chí', 'Điểm', 'Tối đa'],
      [
        ['TC1', 'Xóa mù chữ', '18', '20'],
        ['TC2', 'Phổ cập', '9', '10', 'thừa'],
      ],
      [8, 48, 10, 10, 21, 11],
    );
    expect(lines.map(columns)).toEqual([4, 4, 4, 4]);
  });

  it('lines up columns, cuts long cells and fills missing ones', () => {
    const lines = textTable(['A', 'B'], [['abcdef', 'x'], ['y']], [4]);
    expect(lines).toEqual(['A    │ B', '─────┼──', 'abc… │ x', 'y    │  ']);
  });
});
