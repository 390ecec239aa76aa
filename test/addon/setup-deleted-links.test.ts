/**
 * Column F of "Đánh giá" ("Minh chứng (liên kết)") deleted, then "Thiết lập / sửa mẫu" (issue 14,
 * session 10, gap 4). What the column held is gone from the sheet, but the evidence list ("Danh mục
 * minh chứng"), where the links are kept since it replaced the column, may still hold the links of
 * the same indicators, and the dossier prints them from there. Before, the message sent people to
 * the version history alone; now it names what the list holds for which indicator, by item code
 * (by row when an item has none), and the history for whatever only the old column had. A list
 * without links gives the history alone, as before.
 *
 * Expected: messages typed by hand (TT25: indicators and headings on rows 5–25; the list's header
 * on row 3, items from row 4, one row further with a row inserted above).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);
const HISTORY = 'có thể xem và chép lại từ Tệp → Nhật ký phiên bản → Xem nhật ký phiên bản, ở phiên bản trước khi cột bị xoá.';
const LOST = 'Trang "Đánh giá": cột "Minh chứng (liên kết)" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột F. Những gì đã nhập ở các ô F5:F25 (nếu có) đã mất cùng cột cũ';

/** A first TT25 set-up, the list's items typed under its header (a row inserted above it first when `above`), F6 typed, column F deleted. */
function workbook(items: string[][], listName: string = SHEETS.evidence, above = false) {
  const ss = new FakeSpreadsheet();
  setup(ss);
  const list = ss.sheet(SHEETS.evidence);
  if (above) list.insertRowBefore(1);
  const header = above ? 4 : 3;
  expect(list.values()[header - 1]).toEqual(['Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Liên kết', 'Chỉ tiêu liên quan']);
  items.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      list.type(`${'ABCDEF'[c]}${header + 1 + r}`, cell);
    });
  });
  if (listName !== SHEETS.evidence) list.setName(listName);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type('F6', 'https://drive.google.com/file/d/cu');
  sheet.deleteColumn(6);
  return { ss, sheet };
}

describe('the link column of "Đánh giá" deleted', () => {
  it('the evidence list (renamed, a row inserted above it) holds links: named by indicator and item, the rest in the version history', () => {
    const { ss, sheet } = workbook(
      [
        ['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.1, TC1.2'],
        ['H2.01', 'Kế hoạch', '', '', 'drive.google.com/file/d/b', 'TC2'],
        ['', 'Biên bản', '', '', 'https://xa.gov.vn/bien-ban', 'tc1.1'],
        ['H3.01', 'Báo cáo (bản giấy)', '', '', 'Lưu ở văn phòng', 'TC3.1'],
        ['H4.01', 'Quyết định', '', '', 'https://drive.google.com/file/d/c', ''],
      ],
      'Minh chứng 2026',
      true,
    );
    expect(setupMessage(setup(ss, LATER))).toBe(
      [
        'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Minh chứng 2026, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị, Bộ tiêu chí.',
        'Bộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên, trừ cột bị xoá nêu dưới đây.',
        `${LOST}. Trang "Minh chứng 2026" vẫn giữ liên kết minh chứng cho TC1.1 (H1.01, minh chứng chưa có mã ở dòng 7), TC1.2 (H1.01), TC2 (H2.01), và hồ sơ in các liên kết đó từ trang này; liên kết hay ghi chú chỉ ghi ở cột cũ ${HISTORY}`,
      ].join('\n'),
    );
    expect(['F4', 'F6', 'G4'].map((a1) => sheet.at(a1).value)).toEqual(['Minh chứng (liên kết)', '', 'Kết quả thực hiện (việc đã làm, số liệu)']);
    expect(setup(ss, LATER).messages).toEqual([]);
  });

  it('an item citing its indicators as people write them ("Chỉ tiêu 1.2", "2,1") is named for them, as the dossier reads them', () => {
    const { ss } = workbook([['H1.05', 'Ảnh hoạt động', '', '', 'https://drive.google.com/file/d/e', 'Chỉ tiêu 1.2; 2,1']]);
    expect(setup(ss, LATER).messages).toEqual([
      `${LOST}. Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.2 (H1.05), TC2.1 (H1.05), và hồ sơ in các liên kết đó từ trang này; liên kết hay ghi chú chỉ ghi ở cột cũ ${HISTORY}`,
    ]);
  });

  it('an item citing a range of indicators ("TC1.1-1.3") is named for each indicator of it (review 13d F4)', () => {
    const { ss } = workbook([['H1.05', 'Ảnh hoạt động', '', '', 'https://drive.google.com/file/d/e', 'TC1.1-1.3']]);
    expect(setup(ss, LATER).messages).toEqual([
      `${LOST}. Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.1 (H1.05), TC1.2 (H1.05), TC1.3 (H1.05), và hồ sơ in các liên kết đó từ trang này; liên kết hay ghi chú chỉ ghi ở cột cũ ${HISTORY}`,
    ]);
  });

  it('a list with no link for any indicator: the version history alone', () => {
    const { ss } = workbook([
      ['H3.01', 'Báo cáo (bản giấy)', '', '', 'Lưu ở văn phòng', 'TC3.1'],
      ['H4.01', 'Quyết định', '', '', 'https://drive.google.com/file/d/c', 'TC9.9'],
    ]);
    expect(setup(ss, LATER).messages).toEqual([`${LOST}; ${HISTORY}`]);
  });

  it('the list lost its link column too: the links went with it, so the version history alone, for both columns', () => {
    const { ss } = workbook([['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.1']]);
    ss.sheet(SHEETS.evidence).deleteColumn(5);
    expect(setup(ss, LATER).messages).toEqual([
      `${LOST}; ${HISTORY}`,
      `Trang "Danh mục minh chứng": cột "Liên kết" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột E. Những gì đã nhập ở các ô E4:E203 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    ]);
  });

  it('the list lost a column of its own too: it comes back empty where it was, each item still under its headers, and both are named', () => {
    const { ss } = workbook([['H1.01', 'Nghị quyết', '', '', 'https://drive.google.com/file/d/a', 'TC1.1']]);
    const list = ss.sheet(SHEETS.evidence);
    list.deleteColumn(2);
    expect(setup(ss, LATER).messages).toEqual([
      `${LOST}. Trang "Danh mục minh chứng" vẫn giữ liên kết minh chứng cho TC1.1 (H1.01), và hồ sơ in các liên kết đó từ trang này; liên kết hay ghi chú chỉ ghi ở cột cũ ${HISTORY}`,
      `Trang "Danh mục minh chứng": cột "Tên minh chứng" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở cột B. Những gì đã nhập ở các ô B4:B203 (nếu có) đã mất cùng cột cũ; ${HISTORY}`,
    ]);
    expect(list.values()[3]).toEqual(['H1.01', '', '', '', 'https://drive.google.com/file/d/a', 'TC1.1']);
  });
});
