/**
 * "Danh mục minh chứng" read whole: every item and every warning for a row with only a link (no
 * code and no name: both named), a blank row skipped but counted, a repeated code. Expected values
 * typed by hand (the header is sheet row 3, so the first item is row 4).
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { readEvidenceList } from '../../../src/core/workbook/evidence';

describe('readEvidenceList', () => {
  it('a row with only its link is read, and both its missing code and name are named', () => {
    const where = (row: number) => `Trang "Minh chứng" dòng ${row}`;
    expect(
      readEvidenceList(
        [
          ['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan'],
          ['', '', '', '', 'https://drive.google.com/a', ''],
          ['', '', '', '', '', ''],
          ['H1.01', 'Kế hoạch', '', '', '', 'TC1.2'],
          ['h1.01', 'Báo cáo', '', '', '', ''],
        ],
        'Minh chứng',
        TT25.criteria,
      ),
    ).toEqual({
      items: [
        { code: '', name: '', reference: '', issuer: '', link: 'https://drive.google.com/a', indicators: [], row: 4 },
        { code: 'H1.01', name: 'Kế hoạch', reference: '', issuer: '', link: '', indicators: ['TC1.2'], row: 6 },
        // Typed small, the code reads as the documents print it (review 13c F11).
        { code: 'H1.01', name: 'Báo cáo', reference: '', issuer: '', link: '', indicators: [], row: 7 },
      ],
      problems: [
        { code: where(4), severity: 'warning', message: `${where(4)}: chưa có mã minh chứng (ví dụ H1.01).` },
        { code: where(4), severity: 'warning', message: `${where(4)}: chưa có tên minh chứng.` },
        { code: where(7), severity: 'warning', message: `${where(7)}: mã minh chứng H1.01 bị trùng.` },
      ],
    });
  });
});
