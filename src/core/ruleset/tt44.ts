import type { Criterion, PointsRuleset, Provenance } from './types';

/**
 * Thông tư 44/2014/TT-BGDĐT (assessment years 2015–2023; repealed by Thông tư 25/2023, Điều 25).
 * 15 criteria on 100 points. The criterion names and the 100-point total are from several agreeing
 * secondary sources; the rating cut-offs and the maximum of each criterion were not found in any
 * source, so the cut-offs are editable defaults marked unverified and the maxima are left for the
 * province to enter from its own scoring guide (biểu điểm).
 */
const TT = 'Thông tư 44/2014/TT-BGDĐT';
const secondary: Provenance = { ref: `${TT}, Điều 4`, status: 'secondary' };
const unverified = (ref: string): Provenance => ({ ref: `${TT}, ${ref}`, status: 'unverified' });

const NAMES = [
  'Sự lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền cấp xã',
  'Hoạt động của Ban chỉ đạo xây dựng xã hội học tập cấp xã',
  'Sự tham gia, phối hợp của các ban ngành, đoàn thể, các tổ chức trên địa bàn cấp xã',
  'Mạng lưới và hoạt động của các cơ sở giáo dục, các thiết chế văn hóa trên địa bàn cấp xã',
  'Kết quả phổ cập giáo dục - xóa mù chữ',
  'Công bằng xã hội trong giáo dục',
  'Kết quả học tập, bồi dưỡng thường xuyên của cán bộ, công chức cấp xã',
  'Kết quả học tập thường xuyên của người lao động (từ 15 tuổi trở lên)',
  'Kết quả xây dựng "Gia đình hiếu học"',
  'Kết quả xây dựng "Cộng đồng khuyến học"/"Cộng đồng học tập" thôn, ấp, bản, tổ dân phố và tương đương',
  'Kết quả xây dựng thôn, ấp, bản, tổ dân phố được công nhận danh hiệu "Khu dân cư văn hóa"',
  'Giảm tỷ lệ hộ nghèo',
  'Thực hiện bình đẳng giới',
  'Đảm bảo vệ sinh, môi trường; chăm sóc sức khỏe cộng đồng',
  'Đảm bảo an ninh trật tự, an toàn xã hội',
];

/** The split of criteria 9/10 and 13/14 is itself unverified. */
const UNCERTAIN_SPLIT = new Set([9, 10, 13, 14]);

const criteria: Criterion[] = NAMES.map((name, i) => {
  const code = `TC${i + 1}`;
  const provenance = UNCERTAIN_SPLIT.has(i + 1) ? unverified('Điều 4 (ranh giới tiêu chí)') : secondary;
  return { code, name, provenance, items: [{ code, name, kind: 'points', provenance }] };
});

export const TT44: PointsRuleset = {
  id: 'TT44',
  name: 'Thông tư 44/2014/TT-BGDĐT — Cộng đồng học tập cấp xã (chấm điểm)',
  scheme: 'points',
  provenance: { ref: `${TT}; thang 100 điểm`, status: 'secondary' },
  criteria,
  totalPoints: 100,
  ratings: [
    { label: 'Tốt', min: 85, provenance: unverified('ngưỡng xếp loại Tốt') },
    { label: 'Khá', min: 70, provenance: unverified('ngưỡng xếp loại Khá') },
    { label: 'Trung bình', min: 50, provenance: unverified('ngưỡng xếp loại Trung bình') },
  ],
  failLabel: 'Chưa đạt',
};
