/**
 * What the commune add-on's menu entries show a person in the built bundle (dist/Code.js), whole:
 * each title and text, on a spreadsheet never set up and on a filled one, and what closing a
 * question with × (Ui.Button.CLOSE, which alert returns then: Apps Script reference "Enum Button")
 * does: it is not a yes, so nothing is made or changed.
 */
import { describe, expect, it } from 'vitest';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { addonBundle } from './entry-bundles';

function bundle() {
  const { ss, ui, documentApp, gas, shown } = addonBundle();
  const run = (name: string) => gas[name]();
  return { ss, ui, documentApp, gas, run, shown };
}

const paragraphs = (...lines: string[]) => `<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`;
const NOT_SET_UP = 'Bảng tính chưa được thiết lập: chọn menu CĐHT → "Thiết lập / sửa mẫu" trước.';
const DOSSIER_TITLE = 'Hồ sơ đánh giá "Cộng đồng học tập"';

describe('the add-on’s menu entries, as a person sees them', () => {
  it('on a spreadsheet never set up: each action says so (or that there is no archive), and nothing is made', () => {
    const { ss, ui, documentApp, run, shown } = bundle();
    for (const name of ['checkDossier', 'generateDossier', 'startNewYear', 'restoreYearFromArchive']) run(name);
    expect(ui.shown.filter((s) => s.kind === 'dialog').map((s) => s.size)).toEqual([
      [520, 420],
      [520, 420],
    ]);
    expect(shown(0)).toEqual([
      ['dialog', 'Kiểm tra hồ sơ', paragraphs('Bảng tính chưa được thiết lập: chọn menu CĐHT → &#34;Thiết lập / sửa mẫu&#34; trước.')],
      ['dialog', DOSSIER_TITLE, paragraphs('Bảng tính chưa được thiết lập: chọn menu CĐHT → &#34;Thiết lập / sửa mẫu&#34; trước.')],
      ['alert', 'Bắt đầu năm đánh giá mới', NOT_SET_UP],
      ['alert', 'Khôi phục năm từ trang lưu trữ', 'Chưa có trang lưu trữ năm đánh giá nào (trang lưu trữ được tạo khi chọn "Bắt đầu năm đánh giá mới").'],
    ]);
    expect(documentApp.documents).toHaveLength(0);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  });

  it('the sidebar, the two help texts and the menu as a bound script shows it', () => {
    const { run, shown, gas } = bundle();
    gas.onOpen({ authMode: 'LIMITED' });
    for (const name of ['showSidebar', 'showHelp', 'showAggregationHelp']) run(name);
    const [menu, sidebar, help, aggregation] = shown(0);
    expect(menu.slice(0, 2)).toEqual(['menu', 'CĐHT']);
    expect(sidebar).toEqual(['sidebar', 'CĐHT Xã', 'file:Sidebar']);
    expect([help[0], help[1], help[2].split('\n')[0]]).toEqual([
      'alert',
      'Hướng dẫn CĐHT Xã',
      '1. Menu CĐHT → "Thiết lập / sửa mẫu" tạo các trang: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Số liệu theo đơn vị (khi bộ tiêu chí có chỉ tiêu tỷ lệ), Bộ tiêu chí.',
    ]);
    expect(aggregation).toEqual([
      'alert',
      'Tổng hợp nhiều xã',
      [
        'Việc tổng hợp nhiều xã do cơ quan tiếp nhận hồ sơ thực hiện bằng tiện ích riêng "CĐHT Tổng hợp", cài vào một bảng tính tổng hợp.',
        'Tiện ích đó cần quyền đọc bảng tính của các xã; tách riêng để bảng tính của xã không bao giờ phải cấp quyền này.',
        'Xã chỉ cần chia sẻ quyền xem bảng tính của mình cho cơ quan tổng hợp.',
      ].join('\n'),
    ]);
  });

  it('a question closed with ×: no new dossier, no new year, the workbook as it was', () => {
    const { ss, ui, documentApp, run, shown } = bundle();
    run('setupWorkbook');
    fillSampleCommune(ss);
    run('generateDossier');
    expect(documentApp.documents).toHaveLength(5);
    const before = JSON.stringify(ss.state());
    const from = ui.shown.length;
    ui.answers.push('CLOSE');
    run('generateDossier');
    ui.answers.push('CLOSE');
    run('startNewYear');
    const today = new Date();
    const date = `${String(today.getDate()).padStart(2, '0')}/${String(today.getMonth() + 1).padStart(2, '0')}/${today.getFullYear()}`;
    const after = shown(from);
    expect(after.slice(0, 2)).toEqual([
      ['alert', 'Tạo hồ sơ / báo cáo', `Hồ sơ đã được tạo lúc ${date}. Tạo bộ hồ sơ mới? Bộ cũ vẫn giữ nguyên trong Google Drive.`],
      ['dialog', DOSSIER_TITLE, paragraphs('Đã hủy: không tạo hồ sơ mới.')],
    ]);
    expect(after[2].slice(0, 2)).toEqual(['alert', 'Bắt đầu năm đánh giá mới']);
    expect(after[2][2]).toMatch(/^Bắt đầu năm đánh giá 2026\?\n\nDữ liệu năm 2025 /);
    expect(after.slice(3)).toEqual([['alert', 'Bắt đầu năm đánh giá mới', 'Đã hủy, chưa có gì thay đổi.']]);
    expect(documentApp.documents).toHaveLength(5);
    expect(JSON.stringify(ss.state())).toBe(before);
  });
});
