/**
 * Every yearly cell of the TT25 workbook, sheet by sheet as rectangles, with what each holds in a
 * new year: the README's roll-over keeps the commune (name, province, ruleset, ĐBKK flag, Mức độ 1
 * date, recipient, authority, signer, distribution), the committee, the thôn names and the ruleset
 * table; everything else typed for the year is archived and emptied.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { workbookSpec } from '../../../src/core/template/spec';
import { yearlyCells } from '../../../src/core/workbook/new-year';
import { rectangles } from '../../addon/sheet-picture';

describe('the yearly cells of TT25', () => {
  const cells = yearlyCells(workbookSpec(TT25));

  it('are, by sheet, exactly these rectangles', () => {
    const sheets = [...new Set(cells.map((c) => c.sheet))];
    const at = (sheet: string) => cells.filter((c) => c.sheet === sheet).map((c): [number, number] => [c.row, c.column]);
    expect(Object.fromEntries(sheets.map((sheet) => [sheet, rectangles(at(sheet))]))).toEqual({
      // Năm đánh giá; Số Tờ trình, Số Báo cáo, Số Biên bản; the six report texts; the dossier link and time.
      'Thông tin': ['B6', 'B15:B17', 'B44:B49', 'B52:B53'],
      // Value, evidence, note and body in charge of each of the 16 indicators (criterion headings have none).
      'Đánh giá': ['E6:H8', 'E10:H12', 'E14:H16', 'E18:H21', 'E23:H25'],
      'Danh mục minh chứng': ['A4:F203'],
      // The three counts of each rate; the ĐBKK flag (B16) lasts for a period.
      'Số liệu PCGD-XMC': ['B4:D14'],
      // The counts of each thôn; its name (column A) is kept.
      'Số liệu theo đơn vị': ['B9:G48'],
    });
  });

  it('hold nothing in a new year but the computed rates of the percent indicators', () => {
    expect(cells.filter((c) => c.initial !== '').map((c) => [c.sheet, c.row, c.column, c.rowLabel, c.initial])).toEqual([
      ['Đánh giá', 23, 5, 'TC5.1', "='Số liệu theo đơn vị'!$E$4"],
      ['Đánh giá', 24, 5, 'TC5.2a', "='Số liệu theo đơn vị'!$E$5"],
      ['Đánh giá', 25, 5, 'TC5.2b', "='Số liệu theo đơn vị'!$E$6"],
    ]);
  });

  it('carry the label of their row: the field, the code, the rate; none for evidence and unit rows', () => {
    const labels = (sheet: string) => [...new Set(cells.filter((c) => c.sheet === sheet).map((c) => c.rowLabel))];
    expect(labels('Thông tin')).toEqual([
      'Năm đánh giá',
      'Số Tờ trình',
      'Số Báo cáo',
      'Số Biên bản',
      'Thuận lợi',
      'Khó khăn',
      'Kết quả nổi bật',
      'Hạn chế',
      'Bài học kinh nghiệm',
      'Kiến nghị, đề xuất',
      'Liên kết hồ sơ gần nhất',
      'Thời điểm tạo',
    ]);
    expect(labels('Đánh giá')).toEqual(['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2a', 'TC5.2b']);
    expect(labels('Danh mục minh chứng')).toEqual(['']);
    expect(labels('Số liệu theo đơn vị')).toEqual(['']);
    expect(labels('Số liệu PCGD-XMC')).toHaveLength(11);
  });
});
