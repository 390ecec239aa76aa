/// <reference lib="dom" />
/**
 * An evidence item's "Liên kết" cell in the sidebar, read by the rule the dossier's annex and the
 * checklist use (readLinkCell, src/core/workbook/evidence.ts; newcomer review of issue 13): every
 * link of a cell shown, none with the punctuation it was copied with, an address written wrong
 * named with what is wrong and never shown as a link, words alone (where the paper copy is) shown
 * as typed. The form refuses a link written wrong with the same words. Expected outlines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import type { SidebarState } from '../../src/core/sidebar/protocol';
import { done, openLoaded, text } from './browser';
import { outline } from './outline';
import { sharedBrowser } from './shared-browser';
import { smallState } from './small-state';

const browser = sharedBrowser();
const card = (code: string) => `.card[data-code="${code}"]`;
const item = (row: number, code: string, link: string): SidebarState['evidence'][number] => ({ row, fields: { code, name: `Văn bản ${code}`, reference: '', issuer: '', link, indicators: 'TC1.1' } });
const anchor = (href: string) => `a [href=${href} rel=noopener noreferrer target=_blank title=${href}] ↗ ${href.replace(/^https?:\/\//, '')}`;
const buttons = (code: string) => [`button.edit-evidence [aria-label=Sửa minh chứng ${code} type=button] Sửa`, `button.remove-evidence [aria-label=Xóa minh chứng ${code} type=button] Xóa`];

describe('the "Liên kết" of an evidence item in the sidebar', () => {
  it('shows each link of a cell, what is wrong with an address written wrong, and where a paper copy is', async () => {
    const state = {
      ...smallState(),
      evidence: [
        item(4, 'H1.01', 'https://a.vn/x https://b.vn/y'),
        item(5, 'H1.02', '(https://a.vn/z).'),
        item(6, 'H1.03', 'http//drive.google.com/abc'),
        item(7, 'H1.04', 'drive.google.com/drive/folders/1AbC dEf'),
        item(8, 'H1.05', 'Tủ hồ sơ UBND xã'),
        item(9, 'H1.06', ''),
        // A note typed beside an address is shown with its link (session 10, F13c).
        item(10, 'H1.07', 'https://a.vn/n (bản scan)'),
      ],
    };
    // The old link column: a link H1.02 lists (typed there in brackets) is not offered again, nor
    // typed with http and a closing "/" (one address: linkKey, review 13b finding 3).
    state.indicators = state.indicators.map((i) => (i.code === 'TC1.1' ? { ...i, fields: { ...i.fields, evidence: 'https://a.vn/z; http://A.vn/z/; https://d.vn/new' } } : i));
    const s = await openLoaded(browser(), { getSidebarState: { ok: state } });
    expect(await outline(s.page, `${card('TC1.1')} .legacy-evidence`)).toEqual([
      'div.legacy-evidence',
      '  span.label Ghi ở cột "Minh chứng (liên kết)" cũ, chưa có trong danh mục',
      '  ul.evidence-items',
      '    li [data-link=https://d.vn/new]',
      `      ${anchor('https://d.vn/new')}`,
      '      button.adopt-evidence [aria-label=Đưa https://d.vn/new vào danh mục minh chứng type=button] Đưa vào danh mục',
    ]);
    const li = (code: string, ...shown: string[]) => [`li [data-evidence=${code}]`, `  span.evidence-code ${code}`, `  | Văn bản ${code}`, ...[...shown, ...buttons(code)].map((line) => `  ${line}`)];
    expect(await outline(s.page, `${card('TC1.1')} ul.evidence-items`)).toEqual([
      'ul.evidence-items',
      ...[
        ...li('H1.01', anchor('https://a.vn/x'), anchor('https://b.vn/y')),
        ...li('H1.02', anchor('https://a.vn/z')),
        ...li('H1.03', 'span.field-error.link-fault Liên kết cần sửa: "http//drive.google.com/abc": thiếu dấu ":" sau "http".'),
        ...li(
          'H1.04',
          'span.field-error.link-fault Liên kết cần sửa: ngoài liên kết còn ghi "dEf": địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng.',
        ),
        ...li('H1.05', 'span.gray.evidence-note Tủ hồ sơ UBND xã'),
        ...li('H1.06'),
        ...li('H1.07', anchor('https://a.vn/n'), 'span.gray.evidence-note (bản scan)'),
      ].map((line) => `  ${line}`),
    ]);
    await done(s);
  });

  it('refuses a link written wrong in the form, saying what is wrong, and adds nothing', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: smallState() } });
    await s.page.click(`${card('TC1.2')} .add-evidence`);
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="code"]`, 'H1.05');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="name"]`, 'Kế hoạch');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="link"]`, 'htps://drive.google.com/file/d/abc');
    await s.page.click(`${card('TC1.2')} .apply-evidence`);
    expect(await text(s, `${card('TC1.2')} .evidence-form [role="alert"]`)).toBe('Liên kết cần sửa: "htps://drive.google.com/file/d/abc": "htps://" viết sai, cần "https://" hoặc "http://".');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-evidence-field'))).toBe('link');
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    // Written right, the same item is taken.
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="link"]`, 'https://drive.google.com/file/d/abc');
    await s.page.click(`${card('TC1.2')} .apply-evidence`);
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');
    await done(s);
  });
});
