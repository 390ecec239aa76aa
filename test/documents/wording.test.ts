/** How the documents word a commune's administrative context (src/core/documents/wording.ts). */
import { describe, expect, it } from 'vitest';
import { indicatorLabel, parentBodyLine } from '../../src/core/documents/wording';

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
