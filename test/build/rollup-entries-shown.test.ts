/**
 * What each entry point of the built roll-up (dist-rollup/Code.js) shows a person, whole: every
 * alert, prompt and dialog with its title and text, typed by hand from the README's roll-up
 * section and what a province officer must read. Apps Script's globals are the roll-up fakes.
 */
import { describe, expect, it } from 'vitest';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { fakeId, sheetLink } from '../rollup/harness';
import { rollupBundle } from './entry-bundles';

function bundle() {
  const { h, ui, gas, shown } = rollupBundle();
  const run = (name: string) => gas[name]();
  return { h, ui, run, shown };
}

const TITLE = 'CĐHT Tổng hợp';

describe('the roll-up’s menu entries, as a person sees them', () => {
  it('set-up: first run, then again (nothing changed), then over a register typed without its header', () => {
    const { h, run, shown } = bundle();
    run('setUpRollup');
    expect(shown(0)).toEqual([
      [
        'alert',
        TITLE,
        [
          'Đã tạo trang "Danh sách xã".',
          'Đã tạo các trang: "Kết quả các xã", "Thống kê", "Tiêu chí không đạt", "Thay đổi qua các năm".',
          'Mỗi dòng một xã trong một năm: Tên xã | Năm | Liên kết bảng tính | Kết quả nhập tay | Ghi chú | Đọc lại. Sau đó bấm CĐHT Tổng hợp › Cập nhật tổng hợp.',
        ].join('\n'),
      ],
    ]);
    run('setUpRollup');
    expect(shown(1)).toEqual([
      [
        'alert',
        TITLE,
        'Trang "Danh sách xã" đã có: giữ nguyên các dòng đã nhập.\nMỗi dòng một xã trong một năm: Tên xã | Năm | Liên kết bảng tính | Kết quả nhập tay | Ghi chú | Đọc lại. Sau đó bấm CĐHT Tổng hợp › Cập nhật tổng hợp.',
      ],
    ]);
    h.spreadsheet
      .sheet('Danh sách xã')
      .getRange(1, 1, 1, 6)
      .setValues([['Xã Hòa An', 2025, sheetLink(fakeId(1)), '', '', '']]);
    run('setUpRollup');
    expect(shown(2)).toEqual([
      [
        'alert',
        TITLE,
        [
          'Trang "Danh sách xã" đã có: giữ nguyên các dòng đã nhập.',
          'Dòng đầu chưa phải dòng tiêu đề: đã chèn dòng tiêu đề lên trên, các dòng đã nhập được giữ nguyên.',
          'Mỗi dòng một xã trong một năm: Tên xã | Năm | Liên kết bảng tính | Kết quả nhập tay | Ghi chú | Đọc lại. Sau đó bấm CĐHT Tổng hợp › Cập nhật tổng hợp.',
        ].join('\n'),
      ],
    ]);
    expect(
      h.spreadsheet
        .sheet('Danh sách xã')
        .values()
        .slice(0, 2)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ['Tên xã', 'Năm', 'Liên kết bảng tính'],
      ['Xã Hòa An', 2025, sheetLink(fakeId(1))],
    ]);
  });

  it('update, continue, the year report (cancelled, a wrong year, then made)', () => {
    const { h, run, shown, ui } = bundle();
    run('setUpRollup');
    h.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    h.spreadsheet
      .sheet('Danh sách xã')
      .getRange(2, 1, 1, 3)
      .setValues([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]);
    const from = ui.shown.length;
    run('continueUpdate');
    run('createYearReport');
    run('startUpdate');
    run('continueUpdate');
    run('createYearReport');
    ui.answers.push(' 2024 ');
    run('createYearReport');
    ui.answers.push('2025');
    run('createYearReport');
    const done = 'Đã cập nhật tổng hợp (đọc 1 bảng tính): 1 dòng danh sách, tất cả đều đọc được.';
    const nothing = 'Không có lượt cập nhật nào đang dở: bấm CĐHT Tổng hợp › Cập nhật tổng hợp để cập nhật.';
    const ask = ['prompt', 'Báo cáo tổng hợp', 'Báo cáo năm đánh giá nào? Các năm có số liệu: 2025.'];
    const made = shown(from);
    expect(made.slice(0, -1)).toEqual([
      ['alert', TITLE, nothing],
      ['alert', 'Báo cáo tổng hợp', 'Chưa có số liệu tổng hợp: hãy bấm CĐHT Tổng hợp › Cập nhật tổng hợp trước khi tạo báo cáo.'],
      ['alert', TITLE, done],
      ['alert', TITLE, nothing],
      ask,
      ask,
      ['alert', 'Báo cáo tổng hợp', 'Năm "2024" không có trong số liệu của lần cập nhật gần nhất nên chưa tạo báo cáo. Các năm có số liệu: 2025.'],
      ask,
    ]);
    const [kind, title, content] = made.at(-1) ?? [];
    expect([kind, title]).toEqual(['dialog', 'Báo cáo tổng hợp']);
    expect(ui.shown.at(-1)?.size).toEqual([520, 320]);
    expect(content).toMatch(
      /^<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1\.4"><p>Đã tạo báo cáo tổng hợp \(bản nháp để hoàn thiện, ký, đóng dấu\):<\/p><p><a href="[^"]+" target="_blank" rel="noopener">[^<]+2025[^<]*<\/a><\/p>/,
    );
    expect(content).toContain('<p>Việc cần làm thêm: ghi tên cơ quan ban hành, số văn bản, địa danh và người ký vào các chỗ &#34;……&#34;; viết các mục &#34;[Cần bổ sung: …]&#34;.</p>');
  });

  it('an update under way: the report waits for it to finish', () => {
    const { h, run, shown } = bundle();
    run('setUpRollup');
    h.properties.setProperty('CDHT_TONG_HOP_TIEN_DO', JSON.stringify({ startedAt: h.clock.now(), runs: 1, read: 0, attempts: {} }));
    run('createYearReport');
    expect(shown(1)).toEqual([['alert', 'Báo cáo tổng hợp', 'Lượt cập nhật tổng hợp chưa xong: hãy bấm CĐHT Tổng hợp › Tiếp tục cập nhật cho đến khi xong rồi tạo báo cáo.']]);
  });

  it('an update running elsewhere holds the lock: the report waits for it, and the lock is not taken from it', () => {
    const { h, run, shown } = bundle();
    run('setUpRollup');
    h.lock.heldElsewhere = true;
    run('createYearReport');
    expect(shown(1)).toEqual([['alert', 'Báo cáo tổng hợp', 'Đang có một lượt cập nhật tổng hợp chạy: hãy đợi lượt đó xong rồi tạo báo cáo.']]);
    expect(h.lock.released).toBe(0);
  });

  it('help: the steps, with the pace, the run limit and the formula as the README gives them', () => {
    const { run, shown } = bundle();
    run('showHelp');
    const [[kind, title, text]] = shown(0);
    expect([kind, title]).toEqual(['alert', 'CĐHT Tổng hợp: hướng dẫn']);
    const lines = text.split('\n');
    expect(lines).toHaveLength(14);
    expect([lines[0], lines[1], lines[7], lines[8], lines[13]]).toEqual([
      '1. Bấm CĐHT Tổng hợp › Thiết lập bảng tổng hợp để tạo trang "Danh sách xã".',
      '2. Mỗi dòng của "Danh sách xã" là một xã trong một năm đánh giá: Tên xã | Năm | Liên kết bảng tính | Kết quả nhập tay | Ghi chú | Đọc lại.',
      '   Google cho đọc khoảng 60 bảng tính mỗi phút (ô "Tốc độ đọc (bảng tính mỗi phút):" ở dòng đầu "Danh sách xã") và mỗi lượt chạy tối đa 6 phút, nên danh sách dài được đọc trong nhiều lượt:',
      '   sau khoảng 5 phút tiện ích tự dừng, ghi lại vị trí và tự chạy tiếp sau 1 phút (hoặc bấm Tiếp tục cập nhật).',
      '6. Trong ô, hàm =CDHT_TALLY(vùng kết quả; "TT25") đếm số xã theo từng kết quả.',
    ]);
    expect(lines[3]).toBe('   • Kết quả nhập tay: chỉ ghi khi xã không dùng bảng tính CĐHT, ví dụ "Mức độ 1", "Khá", "Chưa đạt", "Không xếp loại".');
    expect(lines[4]).toBe('   • Đọc lại: đánh dấu khi cần đọc lại bảng tính dù dòng không đổi (xã đã sửa số liệu, hoặc mới chia sẻ); bỏ đánh dấu sau khi đọc.');
    expect(lines[9]).toBe('4. Kết quả: "Thống kê" (số xã theo kết quả từng năm, biểu đồ), "Kết quả các xã" (từng xã, lý do nếu không đọc được),');
    expect(lines[10]).toBe('   "Tiêu chí không đạt" (tiêu chí nhiều xã không đạt nhất), "Thay đổi qua các năm" (so với năm trước).');
  });

  it('self-check: the whole dialog for a healthy roll-up workbook', () => {
    const { h, ui, run, shown } = bundle();
    run('setUpRollup');
    h.spreadsheet
      .sheet('Danh sách xã')
      .getRange(1, 9, 1, 1)
      .setValues([[1500]]);
    // The Sheets API answering the roll-up workbook's own properties (the fake API answers only batchGet).
    const api = h.urlFetch as unknown as { respond: (request: { url: string }) => { code: number; body: string } };
    const batchGet = api.respond;
    api.respond = (request) => (request.url.includes('?fields=properties') ? { code: 200, body: '{"properties":{"locale":"vi_VN"}}' } : batchGet(request));
    run('checkRollup');
    const [[kind, title, content]] = shown(1);
    expect([kind, title]).toEqual(['dialog', 'Kiểm tra tiện ích']);
    expect(ui.shown.at(-1)?.size).toEqual([520, 420]);
    const lines = content.replace(/^<div[^>]*>|<\/div>$/g, '').split('</p><p>');
    expect(lines.slice(0, 6)).toEqual([
      '<p>Tiện ích hoạt động bình thường trên bảng tính này.',
      `✔ Cài đặt bảng tổng hợp: ngôn ngữ ${h.spreadsheet.getSpreadsheetLocale()}, múi giờ ${h.spreadsheet.getSpreadsheetTimeZone()}`,
      '✔ API Google Sheets: trả lời bình thường.',
      '✔ Trình kích hoạt: 0 trình kích hoạt (0 để tiếp tục cập nhật); Google cho tối đa 20.',
      '✔ Nhịp đọc: 1.500 bảng tính mỗi phút (ô &#34;Tốc độ đọc (bảng tính mỗi phút):&#34; của trang &#34;Danh sách xã&#34;), tối đa 20 bảng tính mỗi lượt gửi.',
      'Thông tin kỹ thuật (sao chép và gửi cho người hỗ trợ nếu cần):',
    ]);
    expect(lines.slice(8, 11)).toEqual(['sheetsApi: 200', 'triggers: 0 (continueUpdate: 0)', 'pace: 1500 reads/min, batch 20']);
  });
});
