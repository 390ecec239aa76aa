/**
 * Links as every reader takes them (the sidebar's evidence list and old-cell view, the dossier's
 * catalogue and annex, the checklist): an address typed without "https://" ("drive.google.com/…",
 * as the address bar shows it) is the same link with https:// in front (newcomer review of
 * issue 13: the sidebar did not show it). Expected values typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { linkHref, linksIn, oldLinkCell, withoutLinks } from '../../../src/core/workbook/evidence';

describe('linkHref', () => {
  it('takes http(s) addresses as they are and a host/path without a scheme as https; anything else is no link', () => {
    const cases: Array<[string, string | null]> = [
      ['https://drive.google.com/file/d/abc', 'https://drive.google.com/file/d/abc'],
      ['http://x.vn/a', 'http://x.vn/a'],
      ['drive.google.com/file/d/abc/view', 'https://drive.google.com/file/d/abc/view'],
      ['docs.google.com/document/d/1x', 'https://docs.google.com/document/d/1x'],
      ['www.moet.gov.vn', 'https://www.moet.gov.vn'],
      ['moet.gov.vn', 'https://moet.gov.vn'],
      ['bit.ly/abc', 'https://bit.ly/abc'],
      [' drive.google.com/x ', 'https://drive.google.com/x'],
      ['file.pdf', null],
      ['H1.01', null],
      ['TC1.1', null],
      ['15/QĐ-UBND', null],
      ['6.5', null],
      ['tủ hồ sơ UBND', null],
      ['javascript:alert(1)', null],
      ['https://localhost/x', null],
      ['', null],
      // Document numbers and file names with dots and slashes are not addresses (a newcomer's review).
      ['12.KH/UBND', null],
      ['QD.UBND/2025', null],
      ['TP.HCM/2025', null],
      ['BC.2025.docx', null],
      ['h1.01.pdf', null],
      ['v1.2.docx', null],
      ['so.42.bc', null],
      ['TC1.1.vn', null],
      ['ke-hoach.2025.pdf', null],
      ['Hoan.thanh', null],
    ];
    expect(cases.map(([text]) => linkHref(text))).toEqual(cases.map(([, href]) => href));
  });
});

describe('links in a text', () => {
  it('finds addresses with and without a scheme, each once, without the punctuation around them', () => {
    expect(linksIn('Xem drive.google.com/a. Bản gốc: (www.x.vn/b), https://x.vn/c;\nhttps://drive.google.com/a')).toEqual(['https://drive.google.com/a', 'https://www.x.vn/b', 'https://x.vn/c']);
  });

  it('an old link cell: scheme-less links are links, the rest is text', () => {
    expect(oldLinkCell('drive.google.com/drive/folders/x; tủ hồ sơ UBND')).toEqual({ links: ['https://drive.google.com/drive/folders/x'], other: 'tủ hồ sơ UBND' });
  });

  it('a description loses its scheme-less links as it loses the others', () => {
    expect(withoutLinks('Đã mở 12 lớp (danh sách: drive.google.com/file/d/abc), đạt 100%.')).toBe('Đã mở 12 lớp (danh sách), đạt 100%.');
    expect(withoutLinks('Tỷ lệ 6.5 và mã H1.01 giữ nguyên.')).toBe('Tỷ lệ 6.5 và mã H1.01 giữ nguyên.');
    // A commune's own words survive: document numbers and file names are no links.
    const text = 'Thực hiện Kế hoạch số 12.KH/UBND, xã tổ chức 12 lớp; báo cáo BC.2025.docx đã nộp (xem H1.01.pdf, QD.UBND/2025).';
    expect(withoutLinks(text)).toBe(text);
  });
});
