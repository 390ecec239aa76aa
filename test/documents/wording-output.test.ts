/**
 * Every phrase src/core/documents/wording.ts and blocks.ts put into a document, for each branch:
 * names of the commune in each place of a document (Nghị định 30/2020 capitals), the number and
 * date lines, labels of criteria and indicators as Thông tư 25/2023 numbers them, values as the
 * commune entered them, lists "a, b và c", and the narrative's paragraphs and gaps.
 */
import { describe, expect, it } from 'vitest';
import { DOTS, dottedLine, fillRun, narrativeParagraphs, narrativeSection, para, row } from '../../src/core/documents/blocks';
import {
  CDHT,
  capitalise,
  communeBody,
  communeNames,
  criterionLabel,
  DOSSIER_SYMBOLS,
  dataPeriod,
  indicatorLabel,
  listText,
  documentNumber,
  numberLine,
  bodyAbbreviation,
  outcomeText,
  parentBodyLine,
  placeDate,
  shortCode,
  valueText,
  withNumber,
} from '../../src/core/documents/wording';
import type { ItemResult } from '../../src/core/engine/evaluate';
import type { IndicatorKind } from '../../src/core/ruleset/types';
import type { CommuneInfo } from '../../src/core/workbook/commune';
import { linesOf } from './block-lines';

describe("a commune's names", () => {
  it('in each place of a document, for each kind of cấp xã unit and for a name typed without one', () => {
    expect(['Xã Hòa An', 'Phường 5', 'Thị trấn Hòa Bình', 'Đặc khu Côn Đảo', 'xã  Lạc Sơn', 'Hòa An', 'Xãx Lạ', 'UBND xã Hòa An', 'Uỷ ban nhân dân XÃ TR’HY'].map(communeNames)).toEqual([
      { full: 'Xã Hòa An', inText: 'xã Hòa An', place: 'Hòa An', upper: 'XÃ HÒA AN', committee: 'Ủy ban nhân dân xã Hòa An', unit: 'xã' },
      { full: 'Phường 5', inText: 'Phường 5', place: 'Phường 5', upper: 'PHƯỜNG 5', committee: 'Ủy ban nhân dân Phường 5', unit: 'phường' },
      { full: 'Thị trấn Hòa Bình', inText: 'thị trấn Hòa Bình', place: 'Hòa Bình', upper: 'THỊ TRẤN HÒA BÌNH', committee: 'Ủy ban nhân dân thị trấn Hòa Bình', unit: 'thị trấn' },
      { full: 'Đặc khu Côn Đảo', inText: 'đặc khu Côn Đảo', place: 'Côn Đảo', upper: 'ĐẶC KHU CÔN ĐẢO', committee: 'Ủy ban nhân dân đặc khu Côn Đảo', unit: 'đặc khu' },
      // Typed in small letters with two spaces: the kind as the law writes it, one space, in the header too.
      { full: 'Xã Lạc Sơn', inText: 'xã Lạc Sơn', place: 'Lạc Sơn', upper: 'XÃ LẠC SƠN', committee: 'Ủy ban nhân dân xã Lạc Sơn', unit: 'xã' },
      { full: 'Hòa An', inText: 'Hòa An', place: 'Hòa An', upper: 'HÒA AN', committee: 'Ủy ban nhân dân Hòa An', unit: 'xã' },
      { full: 'Xãx Lạ', inText: 'Xãx Lạ', place: 'Xãx Lạ', upper: 'XÃX LẠ', committee: 'Ủy ban nhân dân Xãx Lạ', unit: 'xã' },
      // The committee typed before the commune (newcomer review: "Ủy ban nhân dân UBND xã Hòa An"): read off.
      { full: 'Xã Hòa An', inText: 'xã Hòa An', place: 'Hòa An', upper: 'XÃ HÒA AN', committee: 'Ủy ban nhân dân xã Hòa An', unit: 'xã' },
      { full: 'Xã Tr’Hy', inText: 'xã Tr’Hy', place: 'Tr’Hy', upper: 'XÃ TR’HY', committee: 'Ủy ban nhân dân xã Tr’Hy', unit: 'xã' },
    ]);
    // A number after the name's words is part of a name, not a unit named by a number: the unit word small.
    expect(communeNames('Xã Tân Lập 2')).toEqual({ full: 'Xã Tân Lập 2', inText: 'xã Tân Lập 2', place: 'Tân Lập 2', upper: 'XÃ TÂN LẬP 2', committee: 'Ủy ban nhân dân xã Tân Lập 2', unit: 'xã' });
  });

  it('names a role of TT44 for the commune with the capitals of Nghị định 30/2020', () => {
    const names = communeNames('Xã Hòa An');
    expect(['hội khuyến học cấp xã', 'chủ tịch ủy ban nhân dân cấp xã', 'ban chỉ đạo cấp xã'].map((role) => communeBody(role, names))).toEqual([
      'Hội Khuyến học xã Hòa An',
      'Chủ tịch Ủy ban nhân dân xã Hòa An',
      'ban chỉ đạo xã Hòa An',
    ]);
  });

  it('puts the Ủy ban nhân dân of the deciding authority, else the recipient, else the province above the committee', () => {
    const info = { decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Sông Lam ', recipientBody: 'Ủy ban nhân dân huyện Hòa Bình', province: 'Tỉnh Sông Lam' };
    expect([
      parentBodyLine(info),
      parentBodyLine({ ...info, decidingAuthority: 'Giám đốc Sở' }),
      parentBodyLine({ ...info, decidingAuthority: '', recipientBody: 'Ủy ban nhân dân quận 3' }),
      parentBodyLine({ ...info, decidingAuthority: '', recipientBody: 'Ủy ban nhân dân thị xã Sơn Tây' }),
      parentBodyLine({ ...info, decidingAuthority: '', recipientBody: 'Sở GDĐT' }),
      parentBodyLine({ decidingAuthority: '', recipientBody: '', province: '  ' }),
      // The province typed without diacritics or without its unit (the checklist says so): "tỉnh" read, never added.
      parentBodyLine({ decidingAuthority: '', recipientBody: '', province: 'TINH SONG LAM' }),
      parentBodyLine({ decidingAuthority: '', recipientBody: '', province: 'Sông Lam' }),
    ]).toEqual(['UBND TỈNH SÔNG LAM', 'UBND HUYỆN HÒA BÌNH', 'UBND QUẬN 3', 'UBND THỊ XÃ SƠN TÂY', 'UBND TỈNH SÔNG LAM', '', 'UBND TỈNH SONG LAM', 'UBND SÔNG LAM']);
  });
});

const NB6 = '\u00a0'.repeat(6);

describe('number, date and period lines', () => {
  it('writes Số with the number, or room for it; the place and date, or dots for a date by hand; the data period', () => {
    // Nghị định 30/2020: "Số: <số>/<loại>-<cơ quan>"; a number typed whole as typed, a bare one with the symbol (under 10 with a 0),
    // none leaves room. A number cited in the text follows the Số line's rule: "Kèm theo Tờ trình số 15/TTr-UBND", never "số 15" alone.
    // The word "Số" typed with the number is the line's own word, and dots are a number still to come (newcomer review).
    // typed, type, issuer → the Số line, the number as the text cites it.
    const numbers: Array<[string, string, string, string, string]> = [
      ['15/TTr-UBND', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      [' 15 ', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['5', 'BC', 'SGDĐT', 'Số: 05/BC-SGDĐT', '05/BC-SGDĐT'],
      ['5', 'BB', 'BCĐ', 'Số: 05/BB-BCĐ', '05/BB-BCĐ'],
      ['', 'BB', 'BCĐ', `Số:${NB6}/BB-BCĐ`, '……/BB-BCĐ'],
      ['', 'TTr', 'UBND', `Số:${NB6}/TTr-UBND`, '……/TTr-UBND'],
      ['', 'BC', '', `Số:${NB6}/BC-……`, '……/BC-……'],
      ['7', 'BC', '', 'Số: 07/BC-……', '07/BC-……'],
      ['Số: 15/TTr-UBND', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['số 15/TTr-UBND', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['Số 15', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['số 15', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['SỐ:15', 'TTr', 'UBND', 'Số: 15/TTr-UBND', '15/TTr-UBND'],
      ['…', 'TTr', 'UBND', `Số:${NB6}/TTr-UBND`, '……/TTr-UBND'],
      ['……', 'TTr', 'UBND', `Số:${NB6}/TTr-UBND`, '……/TTr-UBND'],
      ['...', 'TTr', 'UBND', `Số:${NB6}/TTr-UBND`, '……/TTr-UBND'],
      [' Số: ', 'TTr', 'UBND', `Số:${NB6}/TTr-UBND`, '……/TTr-UBND'],
    ];
    expect(numbers.map(([typed, type, issuer]) => [typed, numberLine(typed, type, issuer), documentNumber(typed, type, issuer)])).toEqual(
      numbers.map(([typed, , , line, cited]) => [typed, line, cited]),
    );
    // The issuer's abbreviation: the initials of its own name (the last line typed, before the province or district), "và" left out.
    expect(
      ['Sở Giáo dục và Đào tạo tỉnh Sông Lam', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HÒA BÌNH', 'Ủy ban nhân dân xã Hòa An', 'UBND tỉnh Sông Lam\nHội Khuyến học tỉnh', '  '].map(bodyAbbreviation),
    ).toEqual(['SGDĐT', 'PGDĐT', 'UBND', 'HKH', '']);
    expect([placeDate('Hòa An', 'ngày 05 tháng 3 năm 2026'), placeDate('Hòa An', null)]).toEqual(['Hòa An, ngày 05 tháng 3 năm 2026', 'Hòa An, ngày …… tháng …… năm ……']);
    // The year assessed, ending on the documents' day when they are dated within it (a TT44 check in December).
    expect([new Date(2026, 2, 5), new Date(2025, 11, 10), new Date(2025, 0, 3)].map((dated) => dataPeriod({ year: 2025 } as CommuneInfo, dated))).toEqual([
      'từ ngày 01/01/2025 đến ngày 31/12/2025',
      'từ ngày 01/01/2025 đến ngày 10/12/2025',
      'từ ngày 01/01/2025 đến ngày 03/01/2025',
    ]);
    expect([
      withNumber('Báo cáo', '42/BC-UBND', ['BC', 'UBND']),
      withNumber('Báo cáo', '42', ['BC', 'UBND']),
      withNumber('Biên bản', ' 3 ', ['BB', 'BCĐ']),
      withNumber('Báo cáo', ' ', ['BC', 'UBND']),
      withNumber('Báo cáo', 'Số: 42/BC-UBND', ['BC', 'UBND']),
      withNumber('Báo cáo', '…', ['BC', 'UBND']),
    ]).toEqual(['Báo cáo (số 42/BC-UBND)', 'Báo cáo (số 42/BC-UBND)', 'Biên bản (số 03/BB-BCĐ)', 'Báo cáo', 'Báo cáo (số 42/BC-UBND)', 'Báo cáo']);
    expect(CDHT).toBe('“Cộng đồng học tập” cấp xã');
    // Nghị định 30/2020, Phụ lục III: Tờ trình "TTr", Báo cáo "BC", Biên bản "BB"; the Ủy ban nhân dân issues the first two, the Ban chỉ đạo the minutes.
    expect(DOSSIER_SYMBOLS).toEqual({ proposal: ['TTr', 'UBND'], report: ['BC', 'UBND'], minutes: ['BB', 'BCĐ'] });
  });
});

describe('labels and lists', () => {
  it('labels criteria and indicators as the circular numbers them, a province criterion code after "Tiêu chí"', () => {
    expect(['TC1', 'tc12', 'A1'].map(criterionLabel)).toEqual(['Tiêu chí 1', 'Tiêu chí 12', 'Tiêu chí A1']);
    expect(['TC1.1', 'TC5.2a', 'TC4', 'TC10.3', 'X.1'].map(indicatorLabel)).toEqual(['chỉ tiêu 1.1', 'chỉ tiêu 5.2', 'tiêu chí 4', 'chỉ tiêu 10.3', 'X.1']);
    expect(['TC5.2a', 'tc1', 'ATC1'].map(shortCode)).toEqual(['5.2a', '1', 'ATC1']);
    // Only a whole code of the workbook is read as one: a province's code that holds one ("ATC1", "TC1a", "TC1.1.2") is its own.
    expect(['ATC1', 'TC1a'].map(criterionLabel)).toEqual(['Tiêu chí ATC1', 'Tiêu chí TC1a']);
    expect(['ATC1.1', 'TC1.1.2', 'TC1.12', 'TC12', 'ATC4', 'TC4x'].map(indicatorLabel)).toEqual(['ATC1.1', 'TC1.1.2', 'chỉ tiêu 1.12', 'tiêu chí 12', 'ATC4', 'TC4x']);
    expect([capitalise('đạt chuẩn'), capitalise('')]).toEqual(['Đạt chuẩn', '']);
  });

  it('lists one, two and more items with "và" before the last', () => {
    expect([listText([]), listText(['a']), listText(['a', 'b']), listText(['a', 'b', 'c'])]).toEqual(['', 'a', 'a và b', 'a, b và c']);
  });
});

describe('values as the commune entered them', () => {
  const result = (kind: IndicatorKind, reading: ItemResult['reading']): ItemResult => ({ item: { code: 'X', name: 'X', kind, provenance: { ref: '', status: 'verbatim' } }, cell: '', reading });
  it('for each kind of indicator, and for a value that could not be read', () => {
    expect([
      valueText(result('yesno', { state: 'ok', value: 1 })),
      valueText(result('yesno', { state: 'ok', value: 0 })),
      valueText(result('level', { state: 'ok', value: 0 })),
      valueText(result('level', { state: 'ok', value: 3 })),
      valueText(result('percent', { state: 'ok', value: 0.9989 })),
      valueText(result('percent', { state: 'ok', value: 1 })),
      valueText(result('points', { state: 'ok', value: 1234.5 })),
      valueText(result('points', { state: 'blank' })),
      valueText(result('percent', { state: 'invalid', reason: 'x' })),
    ]).toEqual(['Đạt', 'Không đạt', 'Chưa đạt chuẩn', 'Đạt chuẩn mức độ 3', '99,89%', '100%', '1.234,5', 'Thiếu dữ liệu', 'Thiếu dữ liệu']);
    expect([outcomeText('met'), outcomeText('not_met'), outcomeText('missing')]).toEqual(['Đạt', 'Không đạt', 'Thiếu dữ liệu']);
  });
});

describe('narrative paragraphs and gaps', () => {
  it('makes one body paragraph per typed line, or a highlighted gap saying where to write it', () => {
    expect(linesOf([...narrativeParagraphs(' Dòng một. \r\n\n  Dòng hai.', 'Thuận lợi'), ...narrativeSection('2. Khó khăn', ' \n ', 'Khó khăn'), dottedLine()])).toEqual([
      'J14 fl10 sa6 ls1.15 | Dòng một.',
      'J14 fl10 sa6 ls1.15 | Dòng hai.',
      'H2 2. Khó khăn',
      'J14 fl10 sa6 ls1.15 | _⟦[Cần bổ sung: Khó khăn — nhập ở mục "Nội dung báo cáo" của trang "Thông tin" rồi tạo lại hồ sơ]⟧_',
      `L14 fl0 sa6 ls1.15 | ${'……'.repeat(16)}`,
    ]);
    expect(fillRun('Tên', 'ghi ở đây')).toEqual({ text: '[Cần bổ sung: Tên — ghi ở đây]', mark: 'fill', italic: true, gap: 'Tên: ghi ở đây' });
    expect(narrativeSection('1. Thuận lợi', 'Có.')).toEqual([{ kind: 'heading', level: 2, text: '1. Thuận lợi' }, para('Có.')]);
    expect(row(['a', 'b'], { bold: true })).toEqual({ cells: [{ text: 'a' }, { text: 'b' }], bold: true });
    expect(DOTS).toBe('……');
  });
});
