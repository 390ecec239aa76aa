import { FACT_KEYS, factText } from '../ruleset/facts';
import { ND20_SUMMARY } from '../ruleset/nd20';
import { BUILT_IN_RULESETS } from '../ruleset/resolve';
import { call } from './a1';
import { SHEETS } from './layout';
import { formula, label, rectangular, type CellSpec, type SheetSpec } from './types';

/**
 * Where the province publishes the full guide for communes (docs/huong-dan-xa.md: from the "/copy"
 * link to the printed dossier), e.g. the repository page or a Google Doc made from it. The
 * province's IT officer sets it before `npm run push`; while it is blank the sheet names the file.
 */
export const GUIDE_URL = '';
const GUIDE_TEXT = 'Hướng dẫn đầy đủ cho xã (từ khi nhận đường liên kết đến khi in hồ sơ)';

function guideLink(): CellSpec {
  if (!GUIDE_URL) return label(`${GUIDE_TEXT}: tệp docs/huong-dan-xa.md, cán bộ công nghệ thông tin của tỉnh gửi kèm đường liên kết tạo bản sao.`);
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  return formula(call('HYPERLINK', quoted(GUIDE_URL), quoted(GUIDE_TEXT)));
}

const TEXT: Array<[string, string?]> = [
  ['HƯỚNG DẪN SỬ DỤNG BẢNG ĐÁNH GIÁ "CỘNG ĐỒNG HỌC TẬP" CẤP XÃ', 'title'],
  ['Cách điền', 'header'],
  ['1. Trang "Thông tin": điền tên xã, tỉnh, năm đánh giá, bộ tiêu chí (TT25 hoặc TT44), cơ quan tiếp nhận hồ sơ, người ký và Ban chỉ đạo.'],
  [
    '2. Trang "Đánh giá": mỗi dòng là một chỉ tiêu. Nhập giá trị của xã ở cột E, liên kết minh chứng ở cột F, ghi chú ở cột G, cơ quan phụ trách ở cột H. Có thể nhập từ thanh bên (menu CĐHT → Mở thanh bên nhập liệu).',
  ],
  ['   • Chỉ tiêu Đạt/Không đạt: chọn "Đạt" hoặc "Không đạt".'],
  ['   • Chỉ tiêu mức độ (TC4.2, TC4.3, TC4.4): chọn "Mức độ 1", "Mức độ 2" hoặc "Mức độ 3".'],
  [`   • Chỉ tiêu tỷ lệ (TC5.1, TC5.2a, TC5.2b): tự tính từ số người ở trang "${SHEETS.units}"; cũng có thể gõ thẳng phần trăm, ví dụ 62,5% (không quá 100%).`],
  ['3. Trang "Số liệu PCGD-XMC": nhập số liệu phổ cập, tỷ lệ tự tính; phần gợi ý giúp đối chiếu chỉ tiêu TC4.'],
  ['4. Trang "Kết quả": kết quả tự tính. Mục "Kiểm tra dữ liệu" liệt kê lỗi cần sửa và cảnh báo cần xem.'],
  ['5. Khi đủ dữ liệu: menu CĐHT → Tạo hồ sơ / báo cáo.'],
  [
    '6. Sang năm sau: menu CĐHT → Bắt đầu năm đánh giá mới. Số liệu, minh chứng, ghi chú và nội dung báo cáo của năm cũ được chép sang một trang "Lưu trữ năm …" rồi xóa khỏi ô nhập; tên xã, Ban chỉ đạo, người ký, ngày công nhận Mức độ 1 được giữ. Muốn quay lại: mở trang lưu trữ, chọn CĐHT → Khôi phục năm từ trang lưu trữ.',
  ],
  ['Ý nghĩa màu', 'header'],
  ['Vàng nhạt: ô cần nhập. Xanh: đạt. Đỏ: không đạt. Vàng: còn thiếu dữ liệu. Cam nhạt (trang Bộ tiêu chí): quy định chưa được xác minh từ văn bản chính thức.'],
  ['Căn cứ pháp lý', 'header'],
  // The legal basis, from the ruleset data: one line per built-in ruleset, then NĐ 20/2014.
  ...BUILT_IN_RULESETS.flatMap((r): Array<[string]> => {
    const line = factText(r, FACT_KEYS.summary);
    return line ? [[line]] : [];
  }),
  [ND20_SUMMARY],
  ['Từ 01/7/2025 không còn cấp huyện: ghi cơ quan tiếp nhận hồ sơ và cấp công nhận theo hướng dẫn của tỉnh.'],
  ['Lưu ý', 'header'],
  [
    'Các ô kết quả và trang Bộ tiêu chí được bảo vệ ở chế độ cảnh báo: vẫn sửa được nhưng sẽ được hỏi lại. Menu CĐHT → Thiết lập / sửa mẫu dựng lại cấu trúc, công thức, định dạng mà không xóa dữ liệu đã nhập.',
  ],
];

export function guideSheet(): SheetSpec {
  const rows: Array<Array<CellSpec | null>> = TEXT.map(([text, style]) => [label(text, style === 'title' || style === 'header' ? style : undefined)]);
  rows.splice(1, 0, [guideLink()]);
  return { name: SHEETS.guide, cells: rectangular(rows), columnWidths: [1000], wrapText: false, frozenRows: 0, conditionalFormats: [], protections: [], charts: [] };
}
