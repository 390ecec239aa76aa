/**
 * How renderers set the model's text. Labels kept on the line of their number: the spaces between "Mức độ" and "1", "chỉ tiêu" and
 * "2.2", "≥" and "80%", "năm" and "2025" become non-breaking, nothing else changes. Expected
 * texts are typed by hand from the sample documents' sentences.
 */
import { describe, expect, it } from 'vitest';
import { bindNumbers, curlyQuotes, typeset } from '../../src/core/documents/layout';

const nb = (text: string) => text.replace(/_/g, '\u00a0');

describe('bindNumbers', () => {
  it.each([
    ['Kết quả: đạt 15/15 chỉ tiêu Mức độ 1; 12/15 chỉ tiêu Mức độ 2.', 'Kết quả: đạt 15/15 chỉ tiêu Mức_độ_1; 12/15 chỉ tiêu Mức_độ_2.'],
    ['các chỉ tiêu không đạt Mức độ 1: chỉ tiêu 2.2 và chỉ tiêu 5.1.', 'các chỉ tiêu không đạt Mức_độ_1: chỉ_tiêu_2.2 và chỉ_tiêu_5.1.'],
    ['Chỉ tiêu 4.3. Xã đạt chuẩn mức độ 2', 'Chỉ_tiêu_4.3. Xã đạt chuẩn mức_độ_2'],
    ['(yêu cầu để công nhận Mức độ 1: ≥ 60%; Mức độ 2: ≥ 80%).', '(yêu cầu để công nhận Mức_độ_1: ≥_60%; Mức_độ_2: ≥_80%).'],
    ['Tiêu chí 2. Huy động nguồn lực: không đạt Mức độ 1', 'Tiêu_chí_2. Huy động nguồn lực: không đạt Mức_độ_1'],
    ['tự đánh giá tiêu chí 4: đạt', 'tự đánh giá tiêu_chí_4: đạt'],
    ['Đối chiếu với Điều 6, Điều 7 và Điều 8; theo khoản 2 Điều 4', 'Đối chiếu với Điều_6, Điều_7 và Điều_8; theo khoản_2 Điều_4'],
    ['Nghị quyết số 12-NQ/ĐU ngày 15/01/2025', 'Nghị quyết số_12-NQ/ĐU ngày_15/01/2025'],
    ['Số 1520/QĐ-UBND', 'Số_1520/QĐ-UBND'],
    ['Hòa An, ngày 05 tháng 3 năm 2026', 'Hòa An, ngày_05 tháng_3 năm_2026'],
    ['Năm 2025', 'Năm_2025'],
    ['Xã Số 17', 'Xã Số_17'],
    ['≤ 5', '≤_5'],
  ])('%s', (text, expected) => {
    expect(bindNumbers(text)).toBe(nb(expected));
  });

  it.each([
    // No number after the label.
    'Mức độ đối chiếu: Mức độ đề nghị công nhận',
    'Tổng số điểm',
    'Tổng số: 14 minh chứng.',
    'Không có điểm nóng trong năm.',
    'số liệu tính từ ngày',
    // A label inside a longer word, or in capitals (headings keep their own breaks).
    'Đồngsố 5',
    'ĐIỀU 6',
    '',
  ])('leaves %j as it is', (text) => {
    expect(bindNumbers(text)).toBe(text);
  });
});

describe('curlyQuotes', () => {
  it.each([
    ['Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định 324/QĐ-KHVN)', 'Tỷ lệ công dân trong xã đạt danh hiệu “Công dân học tập” (Quyết định 324/QĐ-KHVN)'],
    ['1.812 hộ đạt "Gia đình hiếu học"; 9/9 thôn đạt "Cộng đồng khuyến học".', '1.812 hộ đạt “Gia đình hiếu học”; 9/9 thôn đạt “Cộng đồng khuyến học”.'],
    ['"Không xếp loại" là các xã', '“Không xếp loại” là các xã'],
    // Already curly, a lone quote, a pair split over two lines: as typed.
    ['đạt “Cộng đồng học tập” cấp xã', 'đạt “Cộng đồng học tập” cấp xã'],
    ['màn hình 15" cũ', 'màn hình 15" cũ'],
    ['"dòng một\ndòng hai"', '"dòng một\ndòng hai"'],
  ])('%s', (text, expected) => {
    expect(curlyQuotes(text)).toBe(expected);
  });
});

describe('typeset', () => {
  it('curls the quotes and binds the labels', () => {
    expect(typeset('Tỷ lệ "Công dân học tập" đạt Mức độ 1: ≥ 60%')).toBe(nb('Tỷ lệ “Công dân học tập” đạt Mức_độ_1: ≥_60%'));
  });
});
