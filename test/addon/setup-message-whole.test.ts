/**
 * What set-up says, whole: the one message after a first set-up, after a repair with something to
 * tell, and when a formula cannot be read in either syntax (the cells named, the locale setting to
 * change, the self-check to run).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const SHEETS = 'Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị, Bộ tiêu chí';

describe('the message of set-up', () => {
  it('after a first set-up: what was created, the ruleset, and that nothing typed is touched', () => {
    const ss = new FakeSpreadsheet();
    expect(setupMessage(setup(ss))).toBe(`Đã tạo: ${SHEETS}.\nBộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên.`);
  });

  it('after a repair: what was checked, the ruleset, then each thing to know', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    ss.sheet('Thông tin').deleteRow(16);
    expect(setupMessage(setup(ss))).toBe(
      // A row deleted and re-created empty: not everything typed is kept, so the message does not say so.
      `Đã kiểm tra và sửa: ${SHEETS}.\nBộ tiêu chí đang áp dụng: TT25. Dữ liệu đã nhập được giữ nguyên, trừ dòng bị xoá nêu dưới đây.\n` +
        'Trang "Thông tin": dòng "Số Báo cáo" bị thiếu (có thể đã bị xoá) nên đã được tạo lại, trống, ở dòng 16. Nếu dòng này từng có giá trị, hãy nhập lại.',
    );
  });

  it('when formulas fail in both syntaxes: every cell named, and what to do', () => {
    const ss = new FakeSpreadsheet();
    // Two built-in formulas ("Kết quả"!B8, "Số liệu PCGD-XMC"!E19): a CDHT_* cell's #ERROR! is taken for its function's once ";" parses (formula-check-thrown.test.ts).
    ss.parse = (formula) => (formula.startsWith('=IF(AND(OR(B4=') || formula.startsWith('=IF(F19=""') ? 'refused' : null);
    expect(setup(ss).messages).toEqual([
      "Google Trang tính báo lỗi #ERROR! ở 2 ô công thức: 'Kết quả'!B8, 'Số liệu PCGD-XMC'!E19. " +
        'Công thức đã được ghi theo cả hai cách (dấu ";" rồi dấu ",") nhưng bảng tính vẫn không đọc được. ' +
        'Thường là do cài đặt ngôn ngữ của bảng tính: vào Tệp → Cài đặt, chọn Ngôn ngữ "Việt Nam", rồi chạy lại "Thiết lập / sửa mẫu". ' +
        'Nếu vẫn lỗi, di chuột vào ô để xem thông báo và chạy "Kiểm tra tiện ích" để gửi cho người hỗ trợ.',
    ]);
  });
});
