import { describe, expect, it } from 'vitest';
import { asCounted, asRead, communesOf, countOnce, markRepeats } from '../../src/core/rollup/duplicates';
import { reasonText, recordWithoutReading, type CommuneRecord } from '../../src/core/rollup/record';
import { communeKey, parseRegister, sameCommune } from '../../src/core/rollup/register';
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
  return countOnce(entries, records).map((r) => (r.failure === 'register' ? reasonText(r) : r.status));
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
    expect(reasons).toEqual(['read', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng bảng tính, năm 2025.', 'read']);
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
    expect(reasons).toEqual(['manual', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.', 'manual', 'manual']);
  });

  it('a commune is one whatever unit word or committee is typed before it, but a ward and a commune of one name are two (newcomer review)', () => {
    expect(
      judged([
        ['Phường An Lạc', 2025, '', 'Mức độ 1', ''],
        ['An Lạc', 2025, '', 'Mức độ 1', ''],
        ['UBND phường An Lạc', 2025, '', 'Mức độ 1', ''],
        ['Xã An Lạc', 2025, '', 'Mức độ 1', ''],
        ['Thị trấn An Lạc', 2025, '', 'Mức độ 1', ''],
        ['ĐẶC KHU AN LẠC', 2025, '', 'Mức độ 1', ''],
        ['Ủy ban nhân dân xã An Lạc', 2025, '', 'Mức độ 1', ''],
      ]),
    ).toEqual([
      'manual',
      'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.',
      'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.',
      'manual',
      'manual',
      'manual',
      'Lỗi ở dòng danh sách: Trùng với dòng 4: cùng tên xã và năm 2025.',
    ]);
    // A name without its unit first: every unit after it is that commune.
    expect(
      judged([
        ['An Lạc', 2025, '', 'Mức độ 1', ''],
        ['Phường An Lạc', 2025, '', 'Mức độ 1', ''],
        ['Xã An Lạc', 2025, '', 'Mức độ 1', ''],
      ]),
    ).toEqual(['manual', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.', 'Lỗi ở dòng danh sách: Trùng với dòng 1: cùng tên xã và năm 2025.']);
  });

  it('communeKey strips every cấp xã unit and the committee; sameCommune keeps two kinds of unit apart', () => {
    expect(['Phường An Lạc', 'An Lạc', 'UBND xã An Lạc', 'THỊ TRẤN AN LẠC', 'Đặc khu An Lạc', 'Uỷ ban nhân dân phường  An Lạc', 'Xã Hoà An', 'Huyện An Lạc'].map(communeKey)).toEqual([
      // nameKey's form: folded, each word's tone mark moved after its letters.
      'an lac\u0323',
      'an lac\u0323',
      'an lac\u0323',
      'an lac\u0323',
      'an lac\u0323',
      'an lac\u0323',
      'hoa\u0300 an',
      // A district is no cấp xã unit: its word stays in the name.
      'huyên\u0323 an lac\u0323',
    ]);
    expect(communeKey('An Lạc')).not.toBe(communeKey('An Lác'));
    expect([
      sameCommune('Phường An Lạc', 'An Lạc'),
      sameCommune('UBND phường An Lạc', 'Phường An Lạc'),
      sameCommune('Xã An Lạc', 'Phường An Lạc'),
      sameCommune('Xã An Lạc', 'Xã An Lác'),
      sameCommune('An Lạc', 'An Lạc'),
    ]).toEqual([true, true, false, false, true]);
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
    expect(reasons.slice(0, 2)).toEqual([expect.stringMatching(/^Lỗi ở dòng danh sách: Liên kết/), expect.stringMatching(/^Lỗi ở dòng danh sách: Kết quả nhập tay/)]);
    expect(reasons.slice(2)).toEqual(['failed', 'read', 'read']);
  });
});

describe('a repeat points at the row it repeats as data, not as prose', () => {
  // Row 1 Xã Hòa An counted; row 2 the same commune again; row 3 its workbook under Xã Bình Minh.
  const entries = parseRegister([
    ['Xã Hòa An', 2025, link(5), '', ''],
    ['HÒA AN', 2025, '', 'Mức độ 1', ''],
    ['Xã Bình Minh', 2025, link(5), '', ''],
  ]);
  const records = countOnce(
    entries,
    entries.map((entry) => recordWithoutReading(entry) ?? record({ ...entry, status: 'read', rating: 'Mức độ 1' })),
  );

  it('keeps the earlier row and its commune beside a reason without row numbers', () => {
    expect(records.slice(1).map((r) => [r.status, r.failure, r.reason, r.earlier])).toEqual([
      ['failed', 'register', 'cùng tên xã và năm 2025.', { row: 1, commune: 'Xã Hòa An' }],
      ['failed', 'register', 'cùng bảng tính, năm 2025.', { row: 1, commune: 'Xã Hòa An' }],
    ]);
  });

  it('lets each reader name that row its own way: the sheet by its number, another by the commune', () => {
    expect(records.slice(1).map((r) => reasonText(r, (earlier) => `dòng của ${earlier.commune}`))).toEqual([
      'Lỗi ở dòng danh sách: Trùng với dòng của Xã Hòa An: cùng tên xã và năm 2025.',
      'Lỗi ở dòng danh sách: Trùng với dòng của Xã Hòa An: cùng bảng tính, năm 2025.',
    ]);
  });
});

describe('communesOf (the yearly report counts communes, not register rows)', () => {
  const failed = (row: number, commune: string, failure: CommuneRecord['failure'], earlier?: { row: number; commune: string }) =>
    record({ row, commune, year: 2025, status: 'failed', failure, reason: 'x', rulesetId: '', ...(earlier ? { earlier } : {}) });
  it('keeps each commune once, with its counted row where it has one, and gives back the rows that list one again', () => {
    const rows = [
      failed(2, 'Xã An', 'no_access'),
      record({ row: 3, commune: 'Xã Bình', year: 2025, rating: 'Mức độ 1' }),
      // An's second row was read: An's result is that row's, its failed first row is the repeat.
      record({ row: 4, commune: 'XÃ AN', year: 2025, rating: 'Mức độ 2' }),
      failed(5, 'xã bình', 'register', { row: 3, commune: 'Xã Bình' }),
      // Another unit of the same name is another commune; rows without a name are one commune each.
      record({ row: 6, commune: 'Phường Bình', year: 2025, rating: 'Chưa đạt' }),
      failed(7, '', 'register'),
      failed(8, '', 'register'),
      failed(9, 'Xã Cầu', 'no_access'),
      failed(10, 'Cầu', 'not_found'),
    ];
    const { communes, again } = communesOf(rows);
    expect(communes.map((r) => r.row)).toEqual([4, 3, 6, 7, 8, 9]);
    expect(again.map((r) => r.row)).toEqual([2, 5, 10]);
    expect(communesOf([])).toEqual({ communes: [], again: [] });
  });
});

describe('communesOf keeps years and order apart', () => {
  it('one name in two years is two communes; a second counted row never replaces the first', () => {
    const rows = [
      record({ row: 2, commune: 'Xã An', year: 2024, rating: 'Mức độ 1' }),
      record({ row: 3, commune: 'Xã An', year: 2025, rating: 'Mức độ 2' }),
      // a read row after a read row of the same commune stays a repeat: the first counted row keeps the result
      record({ row: 4, commune: 'xã an', year: 2025, rating: 'Chưa đạt' }),
    ];
    const { communes, again } = communesOf(rows);
    expect(communes.map((r) => [r.row, r.year, r.rating])).toEqual([
      [2, 2024, 'Mức độ 1'],
      [3, 2025, 'Mức độ 2'],
    ]);
    expect(again.map((r) => r.row)).toEqual([4]);
  });

  it('gives the rows listing a commune again in register order, whichever commune they repeat', () => {
    const rows = [
      record({ row: 2, commune: 'Xã An', year: 2025, rating: 'Mức độ 1' }),
      record({ row: 3, commune: 'Xã Bình', year: 2025, status: 'failed', failure: 'no_access', rulesetId: '' }),
      record({ row: 4, commune: 'Xã Bình', year: 2025, status: 'failed', failure: 'not_found', rulesetId: '' }),
      record({ row: 5, commune: 'An', year: 2025, status: 'failed', failure: 'no_access', rulesetId: '' }),
      // Bình's read row takes its place, its failed row 3 goes among the repeats after row 4 and 5 were put there
      record({ row: 6, commune: 'Bình', year: 2025, rating: 'Mức độ 2' }),
    ];
    const { communes, again } = communesOf(rows);
    expect(communes.map((r) => r.row)).toEqual([2, 6]);
    expect(again.map((r) => r.row)).toEqual([3, 4, 5]);
  });
});

describe('repeats kept in the store (markRepeats, asCounted, asRead)', () => {
  const entries = parseRegister([
    ['Xã Hòa An', 2025, link(6), '', ''],
    ['Hòa An', 2025, link(7), '', ''],
  ]);
  const read = entries.map((entry) => record({ ...entry, status: 'read', rating: 'Mức độ 1', score: 12, rulesetId: 'TT25' }));
  const kept = markRepeats(read, countOnce(entries, read));

  it('keeps a counted record as it was read and a repeat as read with its reason and earlier row beside', () => {
    expect(kept[0]).toBe(read[0]);
    expect(kept[1]).toEqual({ ...read[1], repeatOf: { reason: 'cùng tên xã và năm 2025.', earlier: { row: 1, commune: 'Xã Hòa An' } } });
  });

  it('counts a kept repeat as the register failure the update judged, and nothing else', () => {
    expect(asCounted(kept[0])).toBe(read[0]);
    expect(asCounted(kept[1])).toEqual({
      row: 2,
      commune: 'Hòa An',
      year: 2025,
      link: link(7),
      status: 'failed',
      failure: 'register',
      reason: 'cùng tên xã và năm 2025.',
      earlier: { row: 1, commune: 'Xã Hòa An' },
      rulesetId: '',
      rating: null,
      score: null,
    });
  });

  it('gives a kept repeat back as it was read, for the next update to judge afresh', () => {
    expect(asRead(kept[0])).toBe(read[0]);
    expect(asRead(kept[1])).toEqual(read[1]);
    expect(asRead(kept[1])).not.toHaveProperty('repeatOf');
  });
});
