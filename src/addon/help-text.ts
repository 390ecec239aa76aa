/** Texts of the help dialogs, in Vietnamese, kept short: the full guide is the "Hướng dẫn" sheet. */
export const HELP_TEXT = [
  '1. Menu CĐHT → "Thiết lập / sửa mẫu" tạo các trang: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị (khi bộ tiêu chí có chỉ tiêu tỷ lệ), Bộ tiêu chí.',
  '2. Điền trang "Thông tin", rồi nhập từng chỉ tiêu ở trang "Đánh giá" hoặc trong thanh bên (menu CĐHT → "Mở thanh bên nhập liệu").',
  '3. Kết quả tự tính ở trang "Kết quả"; mục "Kiểm tra dữ liệu" nêu lỗi cần sửa.',
  '4. Khi đủ dữ liệu: menu CĐHT → "Kiểm tra hồ sơ", rồi "Tạo hồ sơ / báo cáo".',
  '5. Sang năm sau: menu CĐHT → "Bắt đầu năm đánh giá mới" (dữ liệu năm cũ được chép sang trang lưu trữ; khôi phục được).',
  'Hướng dẫn đầy đủ: xem trang "Hướng dẫn" của bảng tính.',
  '',
  'Công thức (dấu ; ngăn cách đối số): =CDHT_RATING(mã; giá trị), =CDHT_SCORE(…), =CDHT_RESULTS(…), =CDHT_CRITERIA(…), =CDHT_CHECK(…), =CDHT_RATE(số đạt; tổng số; số miễn trừ), =CDHT_TALLY(cột kết quả).',
].join('\n');

export const AGGREGATION_HELP_TEXT = [
  'Việc tổng hợp nhiều xã do cơ quan tiếp nhận hồ sơ thực hiện bằng tiện ích riêng "CĐHT Tổng hợp", cài vào một bảng tính tổng hợp.',
  'Tiện ích đó cần quyền đọc bảng tính của các xã; tách riêng để bảng tính của xã không bao giờ phải cấp quyền này.',
  'Xã chỉ cần chia sẻ quyền xem bảng tính của mình cho cơ quan tổng hợp.',
].join('\n');
