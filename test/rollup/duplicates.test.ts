import { describe, expect, it } from 'vitest';
import { countOnce } from '../../src/core/rollup/duplicates';
import { recordWithoutReading, type CommuneRecord } from '../../src/core/rollup/record';
import { parseRegister } from '../../src/core/rollup/register';
import type { Cell } from '../../src/core/cells/values';
import { record } from '../fixtures/rollup-communes';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcd';
const link = (n: number) => `https://docs.google.com/spreadsheets/d/${ID}${n}/edit`;

/** The register's rows judged with every workbook read as its row's commune, or failed where `failed` says. */
function judged(rows: Cell[][], failed: number[] = []): string[] {
  const entries = parseRegister(rows);
  const records = entries.map(
    (entry): CommuneRecord =>
      recordWithoutReading(entry) ?? (failed.includes(entry.row) ? record({ ...entry, status: 'failed', failure: 'other_commune' }) : record({ ...entry, status: 'read', rating: 'Mức độ 1' })),
  );
  return countOnce(entries, records).map((r) => (r.failure === 'register' ? r.reason : r.status));
}

describe('countOnce', () => {
  it('a workbook is counted once a year, whatever name its rows give the commune', () => {
    const reasons = judged([
      ['Xã Hòa An', 2025, link(1), '', ''],
      // the same workbook under the old tone placement and without "Xã"
      ['Hoà An', 2025, link(1), '', ''],
      // the same workbook under another name altogether, by its bare id
      ['Xã Bình Minh', 2025, `${ID}1`, '', ''],
      // the same workbook another year is another row (the workbook's own year decides later)
      ['Hoà An', 2024, link(1), '', ''],
    ]);
    expect(reasons).toEqual(['read', 'Trùng với dòng 1: cùng tên xã và năm 2025.', 'Trùng với dòng 1: cùng bảng tính, năm 2025.', 'read']);
  });

  it('a commune is listed once a year, whatever the tone placement and with or without "Xã"', () => {
    const reasons = judged([
      ['Xã Hòa An', 2025, '', 'Mức độ 1', ''],
      ['HOÀ AN', 2025, '', 'Mức độ 1', ''],
      ['xã  Hoà An'.normalize('NFD'), 2025, link(2), '', ''],
      // another tone is another commune
      ['Xã Hóa An', 2025, '', 'Mức độ 1', ''],
      ['Phường Hòa An', 2025, '', 'Mức độ 1', ''],
    ]);
    expect(reasons).toEqual(['manual', 'Trùng với dòng 1: cùng tên xã và năm 2025.', 'Trùng với dòng 1: cùng tên xã và năm 2025.', 'manual', 'manual']);
  });

  it('a rejected row blocks nothing: a broken link, a bad typed result, another commune’s workbook', () => {
    const reasons = judged(
      [
        ['Xã Hòa An', 2025, 'https://example.com/bang-tinh', '', ''],
        ['Xã Hòa An', 2025, '', 'Xuất sắc', ''],
        ['Xã Hòa An', 2025, link(3), '', ''],
        ['Xã Hòa An', 2025, link(4), '', ''],
        // row 3's workbook is another commune's: the same workbook under its own commune is counted
        ['Xã Bình Minh', 2025, link(3), '', ''],
      ],
      [3],
    );
    expect(reasons.slice(0, 2)).toEqual([expect.stringMatching(/^Liên kết/), expect.stringMatching(/^Kết quả nhập tay/)]);
    expect(reasons.slice(2)).toEqual(['failed', 'read', 'read']);
  });
});
