/**
 * Dates the checklist questions before signing (review rev13f F6, F9): a date in "Số, ngày ban
 * hành" that does not exist, falls after the dossier's own date, or is typed the ISO way; a year
 * assessed that has not ended on the dossier's date, or that the ruleset does not rule (Thông tư
 * 25/2023 in force from 12/02/2024, Điều 25 khoản 1: years from 2024; Thông tư 44/2014 for
 * 2015–2023). Lines written by hand, dates dd/mm/yyyy.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { sample, withInfo } from '../fixtures/dossiers';
import { SAMPLE_TT25_EVIDENCE, SAMPLE_TT44_DATE, evidenceBlock, sampleSnapshot } from '../fixtures/sample-commune';

const DATED = new Date(2026, 1, 10);

const checklist = (assessment: ReturnType<typeof sample>, date: Date) => {
  const result = buildDossier(assessment, date);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.checklist;
};

describe('dates in "Số, ngày ban hành"', () => {
  const rows = [
    ['H1.09', 'Quyết định A', 'Số 21/QĐ-UBND ngày 31/02/2025', 'Ủy ban nhân dân xã', 'https://a.vn/1', 'TC1.1'],
    ['H1.10', 'Quyết định B', 'Số 22/QĐ-UBND ngày 05/01/2027', 'Ủy ban nhân dân xã', 'https://a.vn/2', 'TC1.1'],
    ['H1.11', 'Quyết định C', 'Số 23/QĐ-UBND ngày 2025-02-10', 'Ủy ban nhân dân xã', 'https://a.vn/3', 'TC1.1'],
    // Right, and a number that only looks like a date's parts: no line.
    ['H1.12', 'Quyết định D', 'Số 05/2025/QĐ-UBND ngày 9/2/2026', 'Ủy ban nhân dân xã', 'https://a.vn/4', 'TC1.1'],
  ];
  const snapshot = sampleSnapshot('TT25');
  const lines = checklist(assessWorkbook({ ...snapshot, [NAMES.evidence]: evidenceBlock([...SAMPLE_TT25_EVIDENCE, ...rows]) }), DATED).filter((l) => l.includes('"Số, ngày ban hành"'));

  it('names a day that does not exist, one after the dossier, and one typed yyyy-mm-dd, by row', () => {
    expect(lines).toEqual([
      'Trang "Danh mục minh chứng" dòng 18, cột "Số, ngày ban hành" ghi "31/02/2025": không có ngày này; sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 19, cột "Số, ngày ban hành" ghi "05/01/2027", sau ngày lập hồ sơ (10/02/2026); sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 20, cột "Số, ngày ban hành" ghi "2025-02-10": ghi ngày theo dạng ngày/tháng/năm (10/02/2025) rồi tạo lại hồ sơ.',
    ]);
  });
});

describe('dates written out in "Số, ngày ban hành" (review rev13g M1)', () => {
  const rows = [
    ['H1.09', 'Quyết định A', 'Số 21/QĐ-UBND ngày 31 tháng 02 năm 2025', 'Ủy ban nhân dân xã', 'https://a.vn/1', 'TC1.1'],
    ['H1.10', 'Quyết định B', 'Số 22/QĐ-UBND ngay 05 thang 01 nam 2027', 'Ủy ban nhân dân xã', 'https://a.vn/2', 'TC1.1'],
    ['H1.11', 'Quyết định C', 'Số 23/QĐ-UBND, 29 tháng 2 năm 2025', 'Ủy ban nhân dân xã', 'https://a.vn/3', 'TC1.1'],
    ['H1.12', 'Quyết định D', 'Số 24/QĐ-UBND NGÀY 11 THÁNG 02 NĂM 2026', 'Ủy ban nhân dân xã', 'https://a.vn/4', 'TC1.1'],
    // Right: no line.
    ['H1.13', 'Quyết định E', 'Số 25/QĐ-UBND ngày 01 tháng 3 năm 2025', 'Ủy ban nhân dân xã', 'https://a.vn/5', 'TC1.1'],
  ];
  const snapshot = sampleSnapshot('TT25');
  const lines = checklist(assessWorkbook({ ...snapshot, [NAMES.evidence]: evidenceBlock([...SAMPLE_TT25_EVIDENCE, ...rows]) }), DATED).filter((l) => l.includes('"Số, ngày ban hành"'));

  it('checks "ngày … tháng … năm …", with or without "ngày" and diacritics, as it checks dd/mm/yyyy', () => {
    expect(lines).toEqual([
      'Trang "Danh mục minh chứng" dòng 18, cột "Số, ngày ban hành" ghi "ngày 31 tháng 02 năm 2025": không có ngày này; sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 19, cột "Số, ngày ban hành" ghi "ngay 05 thang 01 nam 2027", sau ngày lập hồ sơ (10/02/2026); sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 20, cột "Số, ngày ban hành" ghi "29 tháng 2 năm 2025": không có ngày này; sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 21, cột "Số, ngày ban hành" ghi "NGÀY 11 THÁNG 02 NĂM 2026", sau ngày lập hồ sơ (10/02/2026); sửa rồi tạo lại hồ sơ.',
    ]);
  });
});

describe('the year assessed', () => {
  const yearLines = (assessment: ReturnType<typeof sample>, date: Date) => checklist(assessment, date).filter((l) => l.includes('"Năm đánh giá"'));

  it("names a year not ended on the dossier's date", () => {
    expect(yearLines(withInfo(sample('TT25'), { year: 2026 }), DATED)).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2026, nhưng hồ sơ lập ngày 10/02/2026, khi năm này chưa kết thúc (số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá): kiểm tra năm đánh giá.',
    ]);
    expect(yearLines(withInfo(sample('TT25'), { year: 2031 }), DATED)).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2031, nhưng hồ sơ lập ngày 10/02/2026, khi năm này chưa kết thúc (số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá): kiểm tra năm đánh giá.',
    ]);
  });

  it('names a year the ruleset does not rule', () => {
    expect(yearLines(withInfo(sample('TT25'), { year: 2023 }), DATED)).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2023, nhưng Thông tư số 25/2023/TT-BGDĐT áp dụng từ năm 2024: kiểm tra năm đánh giá hoặc bộ tiêu chí đang dùng.',
    ]);
    expect(yearLines(withInfo(sample('TT44'), { year: 2024 }), new Date(2025, 0, 15))).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2024, nhưng Thông tư số 44/2014/TT-BGDĐT áp dụng các năm 2015–2023: kiểm tra năm đánh giá hoặc bộ tiêu chí đang dùng.',
    ]);
  });

  it('says nothing of a TT25 year ended, nor of a TT44 year dated in its December (Thông tư 44/2014, Điều 4 khoản 4)', () => {
    expect(yearLines(sample('TT25'), DATED)).toEqual([]);
    expect(yearLines(sample('TT44'), SAMPLE_TT44_DATE)).toEqual([]);
    // In that year but before its December: the check is not yet due.
    expect(yearLines(sample('TT44'), new Date(2021, 5, 1))).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2021, nhưng hồ sơ lập ngày 01/06/2021, trước tháng 12/2021, tháng kiểm tra, đánh giá của năm này: kiểm tra năm đánh giá.',
    ]);
  });
});

describe('the edges of the years and days the checklist questions', () => {
  const yearLines = (assessment: ReturnType<typeof sample>, date: Date) => checklist(assessment, date).filter((l) => l.includes('"Năm đánh giá"'));

  it("says nothing of the ruleset's first and last years (TT25 from 2024; TT44 2015–2023)", () => {
    expect(yearLines(withInfo(sample('TT25'), { year: 2024 }), DATED)).toEqual([]);
    expect(yearLines(withInfo(sample('TT44'), { year: 2015 }), new Date(2015, 11, 1))).toEqual([]);
    expect(yearLines(withInfo(sample('TT44'), { year: 2023 }), new Date(2023, 11, 31))).toEqual([]);
  });

  it('TT44: the first day of December is its month; the last day of November is not', () => {
    expect(yearLines(sample('TT44'), new Date(2021, 11, 1))).toEqual([]);
    expect(yearLines(sample('TT44'), new Date(2021, 10, 30))).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2021, nhưng hồ sơ lập ngày 30/11/2021, trước tháng 12/2021, tháng kiểm tra, đánh giá của năm này: kiểm tra năm đánh giá.',
    ]);
  });

  it('TT25: a dossier dated 01/01 of the next year is after its year; one dated 31/12 of the year is not', () => {
    expect(yearLines(withInfo(sample('TT25'), { year: 2025 }), new Date(2026, 0, 1))).toEqual([]);
    expect(yearLines(withInfo(sample('TT25'), { year: 2025 }), new Date(2025, 11, 31))).toEqual([
      'Trang "Thông tin", ô "Năm đánh giá" ghi 2025, nhưng hồ sơ lập ngày 31/12/2025, khi năm này chưa kết thúc (số liệu tính từ ngày 01/01 đến ngày 31/12 của năm đánh giá): kiểm tra năm đánh giá.',
    ]);
  });

  it('says nothing of a document issued on the day the dossier is made, and reads dd.mm.yyyy and dd-mm-yyyy as dd/mm/yyyy', () => {
    const rows = [
      ['H1.09', 'Quyết định A', 'Số 21/QĐ-UBND ngày 10/02/2026', 'Ủy ban nhân dân xã', 'https://a.vn/1', 'TC1.1'],
      ['H1.10', 'Quyết định B', 'Số 22/QĐ-UBND ngày 11.02.2026', 'Ủy ban nhân dân xã', 'https://a.vn/2', 'TC1.1'],
      ['H1.11', 'Quyết định C', 'Số 23/QĐ-UBND ngày 30-02-2025', 'Ủy ban nhân dân xã', 'https://a.vn/3', 'TC1.1'],
      ['H1.12', 'Quyết định D', 'Số 24/QĐ-UBND ngày 2026-02-10', 'Ủy ban nhân dân xã', 'https://a.vn/4', 'TC1.1'],
    ];
    const lines = checklist(assessWorkbook({ ...sampleSnapshot('TT25'), [NAMES.evidence]: evidenceBlock([...SAMPLE_TT25_EVIDENCE, ...rows]) }), DATED).filter((l) => l.includes('"Số, ngày ban hành"'));
    expect(lines).toEqual([
      'Trang "Danh mục minh chứng" dòng 19, cột "Số, ngày ban hành" ghi "11.02.2026", sau ngày lập hồ sơ (10/02/2026); sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 20, cột "Số, ngày ban hành" ghi "30-02-2025": không có ngày này; sửa rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 21, cột "Số, ngày ban hành" ghi "2026-02-10": ghi ngày theo dạng ngày/tháng/năm (10/02/2026) rồi tạo lại hồ sơ.',
    ]);
  });
});
