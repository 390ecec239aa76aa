/** How the documents word a commune's administrative context (src/core/documents/wording.ts). */
import { describe, expect, it } from 'vitest';
import { bodyParts, communeNames, indicatorLabel, parentBodyLine, schoolLevelsEnd } from '../../src/core/documents/wording';

describe('the cơ quan chủ quản line above the commune committee', () => {
  const info = { decidingAuthority: '', recipientBody: '', province: 'Sông Lam' };

  it('names the Ủy ban nhân dân of the deciding authority before that of the recipient', () => {
    const both = { ...info, decidingAuthority: 'Chủ tịch Ủy ban nhân dân huyện Hòa Bình', recipientBody: 'Ủy ban nhân dân tỉnh Sông Lam' };
    expect(parentBodyLine(both)).toBe('UBND HUYỆN HÒA BÌNH');
  });

  it('takes the recipient when the deciding authority names no Ủy ban nhân dân', () => {
    const recipient = { ...info, decidingAuthority: 'Sở Giáo dục và Đào tạo', recipientBody: 'Ủy ban nhân dân thành phố Cửu Long' };
    expect(parentBodyLine(recipient)).toBe('UBND THÀNH PHỐ CỬU LONG');
  });

  it('falls back on the province, and on nothing without one', () => {
    expect(parentBodyLine(info)).toBe('UBND SÔNG LAM');
    expect(parentBodyLine({ ...info, province: ' ' })).toBe('');
  });
});

describe('indicator labels', () => {
  it("reads the workbook's codes as the circular's: parts of an indicator as the indicator, a criterion in words", () => {
    expect(indicatorLabel('TC1.1')).toBe('chỉ tiêu 1.1');
    expect(indicatorLabel('TC5.2a')).toBe('chỉ tiêu 5.2');
    expect(indicatorLabel('tc5.2B')).toBe('chỉ tiêu 5.2');
    expect(indicatorLabel('TC4')).toBe('tiêu chí 4');
    expect(indicatorLabel('A.3')).toBe('A.3');
  });
});

describe("a commune's name in a document", () => {
  it('knows every kind of cấp xã unit since 07/2025: xã, phường, thị trấn, đặc khu', () => {
    expect(communeNames('Đặc khu Côn Đảo')).toEqual({
      full: 'Đặc khu Côn Đảo',
      inText: 'đặc khu Côn Đảo',
      place: 'Côn Đảo',
      upper: 'ĐẶC KHU CÔN ĐẢO',
      committee: 'Ủy ban nhân dân đặc khu Côn Đảo',
      unit: 'đặc khu',
    });
    expect(communeNames('Thị trấn Hòa Bình').place).toBe('Hòa Bình');
    expect(communeNames('Hòa An').committee).toBe('Ủy ban nhân dân Hòa An');
  });

  it('writes a unit named by a number whole, its unit word with a capital, before the date and in sentences (NĐ 30/2020)', () => {
    expect(communeNames('Phường 12')).toEqual({
      full: 'Phường 12',
      inText: 'Phường 12',
      place: 'Phường 12',
      upper: 'PHƯỜNG 12',
      committee: 'Ủy ban nhân dân Phường 12',
      unit: 'phường',
    });
    expect(communeNames('phường 5').place).toBe('Phường 5');
    expect(communeNames('THỊ TRẤN 19-5').inText).toBe('Thị trấn 19-5');
    // A name without its unit stays as typed: nothing is guessed.
    expect(communeNames('12').place).toBe('12');
  });
});

describe('where a school’s levels end, and where a body typed in mixed case ends and its place starts', () => {
  it('finds the levels only after "Trường", and none when no level follows it', () => {
    expect(schoolLevelsEnd(['Trường', 'THCS', 'Nguyễn', 'Du'], 0)).toBe(2);
    expect(schoolLevelsEnd(['Trường', 'Tiểu', 'học', 'và', 'THCS', 'Hòa', 'An'], 0)).toBe(5);
    expect(schoolLevelsEnd(['Trường', 'Nguyễn', 'Du'], 0)).toBe(-1);
    expect(schoolLevelsEnd(['Sở', 'GD&ĐT', 'Hà', 'Nội'], 0)).toBe(-1);
  });

  it('reads a Sở’s field of two words typed in mixed case as its own name, the province after it (Nghị định 30/2020 capitalises a field’s first word only)', () => {
    expect(['Sở Tài chính Đắk Lắk', 'Sở Ngoại vụ Đắk Lắk'].map((b) => [bodyParts(b).own, bodyParts(b).place])).toEqual([
      ['Sở Tài chính', 'tỉnh Đắk Lắk'],
      ['Sở Ngoại vụ', 'tỉnh Đắk Lắk'],
    ]);
  });
});
