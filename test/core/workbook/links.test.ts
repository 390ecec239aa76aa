/**
 * Links as every reader takes them (the sidebar's evidence list and old-cell view, the dossier's
 * catalogue and annex, the checklist): an address typed without "https://" ("drive.google.com/…",
 * as the address bar shows it) is the same link with https:// in front (newcomer review of
 * issue 13: the sidebar did not show it). Expected values typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { linkFault, linkHref, linkLines, linkParts, linksIn, oldLinkCell, readLinkCell, trimLink, withoutLinks } from '../../../src/core/workbook/evidence';

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

describe('trimLink: the end of a link as linkifiers take it', () => {
  it('drops the sentence punctuation and quotes around it, and a closing bracket only when the link does not open it', () => {
    const cases: Array<[string, string]> = [
      ['https://a.vn/x.', 'https://a.vn/x'],
      ['https://a.vn/x,', 'https://a.vn/x'],
      ['https://a.vn/x;:!?', 'https://a.vn/x'],
      ['(https://a.vn/x)', 'https://a.vn/x'],
      ['(https://a.vn/x).', 'https://a.vn/x'],
      ['[https://a.vn/x]', 'https://a.vn/x'],
      ['"https://a.vn/x"', 'https://a.vn/x'],
      ['“https://a.vn/x”', 'https://a.vn/x'],
      ['<https://a.vn/x>', 'https://a.vn/x'],
      ['https://vi.wikipedia.org/wiki/A_(b)', 'https://vi.wikipedia.org/wiki/A_(b)'],
      ['https://vi.wikipedia.org/wiki/A_(b))', 'https://vi.wikipedia.org/wiki/A_(b)'],
      ['https://vi.wikipedia.org/wiki/A_(b).', 'https://vi.wikipedia.org/wiki/A_(b)'],
      // A square bracket the address opens is its own (a PHP-style query), as a round one is.
      ['https://a.vn/x?ids[0]=5', 'https://a.vn/x?ids[0]=5'],
      ['https://a.vn/x?ids[0]=5]', 'https://a.vn/x?ids[0]=5'],
      ['https://a.vn/x?id=1&b=2', 'https://a.vn/x?id=1&b=2'],
      ['https://a.vn/x#p-2', 'https://a.vn/x#p-2'],
      ['.', ''],
      // Vietnamese and East Asian punctuation typed after a link (newcomer review).
      ['https://d.vn/z…', 'https://d.vn/z'],
      ['https://d.vn/z，', 'https://d.vn/z'],
      ['https://d.vn/z、', 'https://d.vn/z'],
    ];
    expect(cases.map(([word]) => trimLink(word))).toEqual(cases.map(([, link]) => link));
  });

  it('a sentence keeps its link whole with a balanced bracket, and loses only the punctuation after it', () => {
    expect(linksIn('Xem (https://vi.wikipedia.org/wiki/A_(b)). Và https://a.vn/x, https://a.vn/y!')).toEqual(['https://vi.wikipedia.org/wiki/A_(b)', 'https://a.vn/x', 'https://a.vn/y']);
  });
});

describe('linkFault: what is wrong with a word that looks like an address', () => {
  it('names the missing colon, a misspelt scheme, a missing slash and a host without a dot; words and links have none', () => {
    const cases: Array<[string, string | null]> = [
      ['http//drive.google.com/x', 'thiếu dấu ":" sau "http"'],
      ['https//drive.google.com/x', 'thiếu dấu ":" sau "https"'],
      ['HTTPS//a.vn', 'thiếu dấu ":" sau "HTTPS"'],
      ['htps://drive.google.com/x', '"htps://" viết sai, cần "https://" hoặc "http://"'],
      ['htp://a.vn', '"htp://" viết sai, cần "https://" hoặc "http://"'],
      ['hhttps:/a.vn', '"hhttps:/" viết sai, cần "https://" hoặc "http://"'],
      ['ttps//a.vn', '"ttps//" viết sai, cần "https://" hoặc "http://"'],
      ['https:/drive.google.com/x', 'sau "https:" cần hai dấu "/"'],
      ['http:drive.google.com', 'sau "http:" cần hai dấu "/"'],
      ['https:///a.vn', 'sau "https:" cần hai dấu "/"'],
      ['https://drive', 'chưa có tên miền đầy đủ'],
      ['https://', 'chưa có tên miền đầy đủ'],
      ['https://a.vn/x', null],
      ['drive.google.com/x', null],
      ['Link:', null],
      ['Lưu:', null],
      ['KH/UBND', null],
      ['ghi/chú', null],
      ['http', null],
      ['12/QĐ-UBND', null],
      ['', null],
    ];
    expect(cases.map(([word]) => linkFault(word))).toEqual(cases.map(([, fault]) => fault));
  });
});

describe('readLinkCell: a "Liên kết" cell of the evidence list', () => {
  const RULE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
  const CUT = 'địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ';
  it('reads links however separated, addresses written wrong, words beside a link, and words alone', () => {
    const cases: Array<[string, { links: string[]; faults: string[]; note: string }]> = [
      ['', { links: [], faults: [], note: '' }],
      ['https://a.vn/x', { links: ['https://a.vn/x'], faults: [], note: '' }],
      [' drive.google.com/x. ', { links: ['https://drive.google.com/x'], faults: [], note: '' }],
      ['https://a.vn/x https://b.vn/y', { links: ['https://a.vn/x', 'https://b.vn/y'], faults: [], note: '' }],
      ['https://a.vn/x;https://b.vn/y;', { links: ['https://a.vn/x', 'https://b.vn/y'], faults: [], note: '' }],
      ['https://a.vn/x,https://b.vn/y, www.c.vn', { links: ['https://a.vn/x', 'https://b.vn/y', 'https://www.c.vn'], faults: [], note: '' }],
      ['- https://a.vn/x\n- https://a.vn/x\r\n• (https://b.vn/y)', { links: ['https://a.vn/x', 'https://b.vn/y'], faults: [], note: '' }],
      // A comma inside an address that no address follows stays in it.
      ['https://a.vn/x?a=1,2', { links: ['https://a.vn/x?a=1,2'], faults: [], note: '' }],
      ['http//drive.google.com/x', { links: [], faults: ['"http//drive.google.com/x": thiếu dấu ":" sau "http"'], note: '' }],
      ['https://a.vn/x htps://b.vn.', { links: ['https://a.vn/x'], faults: ['"htps://b.vn": "htps://" viết sai, cần "https://" hoặc "http://"'], note: '' }],
      ['https://drive google.com/x', { links: ['https://google.com/x'], faults: ['"https://drive": chưa có tên miền đầy đủ'], note: '' }],
      ['drive.google.com/drive/folders/1AbC dEf', { links: ['https://drive.google.com/drive/folders/1AbC'], faults: [`ngoài liên kết còn ghi "dEf": ${RULE}`], note: '' }],
      // A label and a note beside a link are printed with it (session 10, F13c).
      ['Link: https://a.vn/x (bản gốc)', { links: ['https://a.vn/x'], faults: [], note: '' }],
      ['  Tủ hồ sơ   UBND xã ', { links: [], faults: [], note: 'Tủ hồ sơ UBND xã' }],
      ['Quyết định 15/QĐ-UBND', { links: [], faults: [], note: 'Quyết định 15/QĐ-UBND' }],
      // An address cut short as Zalo or Facebook show a copied link is a fault, not the link to its first half (finding 11).
      ['https://drive.google.com/file/d/1AbCdEf…', { links: [], faults: [`"https://drive.google.com/file/d/1AbCdEf…": ${CUT}`], note: '' }],
      ['https://a.vn/x; (drive.google.com/file/d/1Ab...)', { links: ['https://a.vn/x'], faults: [`"drive.google.com/file/d/1Ab...": ${CUT}`], note: '' }],
      // A stop after an address, or a word ending in "…" that is no address, is no such fault.
      ['https://a.vn/x.', { links: ['https://a.vn/x'], faults: [], note: '' }],
      ['Tủ hồ sơ…', { links: [], faults: [], note: 'Tủ hồ sơ…' }],
    ];
    expect(cases.map(([text]) => readLinkCell(text))).toEqual(cases.map(([, cell]) => cell));
  });

  it('finds each link however the cell separates them: a comma before an address with or without its scheme, East Asian commas, "|", ";", a new line, or nothing at all', () => {
    const two = { links: ['https://a.vn/x', 'https://drive.google.com/y'], faults: [], note: '' };
    const cases: Array<[string, { links: string[]; faults: string[]; note: string }]> = [
      ['https://a.vn/x,drive.google.com/y', two],
      ['https://a.vn/x，drive.google.com/y', two],
      ['https://a.vn/x、https://drive.google.com/y', two],
      // The full-width semicolon of an East Asian keyboard (newcomer review of issue 13, finding 10).
      ['https://a.vn/x；drive.google.com/y；', two],
      ['https://a.vn/x|drive.google.com/y', two],
      ['https://a.vn/x | drive.google.com/y |', two],
      ['https://a.vn/xhttps://drive.google.com/y', two],
      ['a.vn/x;drive.google.com/y', two],
      ['a.vn/x\ndrive.google.com/y', two],
      [
        'drive.google.com/file/d/1,docs.google.com/document/d/2,www.c.vn',
        { links: ['https://drive.google.com/file/d/1', 'https://docs.google.com/document/d/2', 'https://www.c.vn'], faults: [], note: '' },
      ],
      // A comma that no address follows is part of the address; a redirect's "?q=https://" too.
      ['drive.google.com/y?a=1,2,docs.google.com/z', { links: ['https://drive.google.com/y?a=1,2', 'https://docs.google.com/z'], faults: [], note: '' }],
      ['https://a.vn/r?q=https://b.vn/y', { links: ['https://a.vn/r?q=https://b.vn/y'], faults: [], note: '' }],
      // An address written wrong among them is still named with what is wrong.
      ['https://a.vn/x,htps://b.vn/y', { links: ['https://a.vn/x'], faults: ['"htps://b.vn/y": "htps://" viết sai, cần "https://" hoặc "http://"'], note: '' }],
      ['https://a.vn/x，http//b.vn/y', { links: ['https://a.vn/x'], faults: ['"http//b.vn/y": thiếu dấu ":" sau "http"'], note: '' }],
      ['https://a.vn/x|https:/b.vn/y', { links: ['https://a.vn/x'], faults: ['"https:/b.vn/y": sau "https:" cần hai dấu "/"'], note: '' }],
    ];
    expect(cases.map(([text]) => readLinkCell(text))).toEqual(cases.map(([, cell]) => cell));
  });
});

describe('linkParts: a text cut at its addresses', () => {
  it('keeps every character: words as typed, links with the address they mean, addresses written wrong with their fault', () => {
    expect(linkParts('https://a.vn/x, xem (http//b.vn/y) và drive.google.com/c.')).toEqual([
      { written: 'https://a.vn/x', href: 'https://a.vn/x' },
      { text: ', xem (' },
      { written: 'http//b.vn/y', fault: 'thiếu dấu ":" sau "http"' },
      { text: ') và ' },
      { written: 'drive.google.com/c', href: 'https://drive.google.com/c' },
      { text: '.' },
    ]);
    expect(linkParts('Kế hoạch 12.KH/UBND, tỷ lệ 6.5')).toEqual([{ text: 'Kế hoạch 12.KH/UBND, tỷ lệ 6.5' }]);
    // An address cut short ("…") is named as such, not taken for a link to its first half (newcomer review of issue 13).
    expect(linkParts('Nghị quyết tại https://drive.google.com/file/d/1Ab… và a.vn/b...')).toEqual([
      { text: 'Nghị quyết tại ' },
      { written: 'https://drive.google.com/file/d/1Ab…', fault: 'địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ' },
      { text: ' và ' },
      { written: 'a.vn/b...', fault: 'địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ' },
    ]);
    // A link glued to the word before it, or two links glued by a comma, are links all the same (newcomer review);
    // one inside another's address (a redirect's "?q=https://…") stays part of it.
    expect(linkParts('Kết quả:https://drive.google.com/h101')).toEqual([{ text: 'Kết quả:' }, { written: 'https://drive.google.com/h101', href: 'https://drive.google.com/h101' }]);
    expect(linkParts('và https://a.vn/x,https://b.vn/y.')).toEqual([
      { text: 'và ' },
      { written: 'https://a.vn/x', href: 'https://a.vn/x' },
      { text: ',' },
      { written: 'https://b.vn/y', href: 'https://b.vn/y' },
      { text: '.' },
    ]);
    expect(linkParts('https://www.google.com/url?q=https://a.vn/x')).toEqual([{ written: 'https://www.google.com/url?q=https://a.vn/x', href: 'https://www.google.com/url?q=https://a.vn/x' }]);
    // The same cuts as a "Liên kết" cell (cutGlued): a comma before an address without its scheme, "|", East Asian commas.
    expect(linkParts('Xem https://a.vn/x,drive.google.com/y|docs.google.com/z，a.vn/w?a=1,2、htps://b.vn.')).toEqual([
      { text: 'Xem ' },
      { written: 'https://a.vn/x', href: 'https://a.vn/x' },
      { text: ',' },
      { written: 'drive.google.com/y', href: 'https://drive.google.com/y' },
      { text: '|' },
      { written: 'docs.google.com/z', href: 'https://docs.google.com/z' },
      { text: '，' },
      { written: 'a.vn/w?a=1,2', href: 'https://a.vn/w?a=1,2' },
      { text: '、' },
      { written: 'htps://b.vn', fault: '"htps://" viết sai, cần "https://" hoặc "http://"' },
      { text: '.' },
    ]);
    expect(linkParts('')).toEqual([]);
  });
});

describe('where an address starts and ends, as a kind (session 9, newcomer review of issue 13)', () => {
  it('starts an address at its scheme even glued after a word or after another address, and ends it at a bracket it did not open, a quote or a space', () => {
    expect(linkParts('Xem https://a.vn/h101https://b.vn/y và xemhttps://c.vn/z.')).toEqual([
      { text: 'Xem ' },
      { written: 'https://a.vn/h101', href: 'https://a.vn/h101' },
      { written: 'https://b.vn/y', href: 'https://b.vn/y' },
      { text: ' và xem' },
      { written: 'https://c.vn/z', href: 'https://c.vn/z' },
      { text: '.' },
    ]);
    expect(linkParts('Nghị quyết (https://a.vn/x)và kế hoạch [https://b.vn/y]của xã, “https://c.vn/z”được "https://d.vn/w"nữa')).toEqual([
      { text: 'Nghị quyết (' },
      { written: 'https://a.vn/x', href: 'https://a.vn/x' },
      { text: ')và kế hoạch [' },
      { written: 'https://b.vn/y', href: 'https://b.vn/y' },
      { text: ']của xã, “' },
      { written: 'https://c.vn/z', href: 'https://c.vn/z' },
      { text: '”được "' },
      { written: 'https://d.vn/w', href: 'https://d.vn/w' },
      { text: '"nữa' },
    ]);
    // A bracket the address opens stays in it, with what follows up to the space; a scheme-less address ends alike.
    expect(linkParts('(https://vi.wikipedia.org/wiki/A_(b))và (drive.google.com/x)là')).toEqual([
      { text: '(' },
      { written: 'https://vi.wikipedia.org/wiki/A_(b)', href: 'https://vi.wikipedia.org/wiki/A_(b)' },
      { text: ')và (' },
      { written: 'drive.google.com/x', href: 'https://drive.google.com/x' },
      { text: ')là' },
    ]);
    // Inside an address, a redirect's "?q=https://" and an apostrophe stay part of it.
    expect(linkParts("https://a.vn/r?q=https://b.vn/Ea_H'Leo rồi")).toEqual([{ written: "https://a.vn/r?q=https://b.vn/Ea_H'Leo", href: "https://a.vn/r?q=https://b.vn/Ea_H'Leo" }, { text: ' rồi' }]);
    expect(linkParts('(https://a.vn/x)drive.google.com/y')).toEqual([
      { text: '(' },
      { written: 'https://a.vn/x', href: 'https://a.vn/x' },
      { text: ')' },
      { written: 'drive.google.com/y', href: 'https://drive.google.com/y' },
    ]);
    expect(trimLink('https://a.vn/x)và')).toBe('https://a.vn/x');
    expect(trimLink('https://a.vn/x”được')).toBe('https://a.vn/x');
    expect(trimLink('https://a.vn/x"y')).toBe('https://a.vn/x');
    expect(trimLink('https://a.vn/x]của')).toBe('https://a.vn/x');
    expect(trimLink('https://a.vn/(x)y')).toBe('https://a.vn/(x)y');
  });

  it('a "Liên kết" cell: a word after a bracket that closed the address is a word beside it, never part of it nor lost', () => {
    const RULE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
    expect(readLinkCell('(https://a.vn/x)và')).toEqual({ links: ['https://a.vn/x'], faults: [`ngoài liên kết còn ghi ")và": ${RULE}`], note: '' });
    expect(readLinkCell('xemhttps://a.vn/x')).toEqual({ links: ['https://a.vn/x'], faults: [`ngoài liên kết còn ghi "xem": ${RULE}`], note: '' });
    expect(readLinkCell('https://a.vn/h101https://b.vn/y')).toEqual({ links: ['https://a.vn/h101', 'https://b.vn/y'], faults: [], note: '' });
    expect(readLinkCell('“https://a.vn/x”.')).toEqual({ links: ['https://a.vn/x'], faults: [], note: '' });
  });

  it('a "Liên kết" cell: the rest of a Drive address a space broke before "/view" is a fault, a lone "/" beside a link is a note', () => {
    const RULE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
    expect(readLinkCell('https://drive.google.com/file/d/1AbC /view?usp=sharing')).toEqual({
      links: ['https://drive.google.com/file/d/1AbC'],
      faults: [`ngoài liên kết còn ghi "/view?usp=sharing": ${RULE}`],
      note: '',
    });
    expect(readLinkCell('https://a.vn/x ?usp=sharing')).toEqual({ links: ['https://a.vn/x'], faults: [`ngoài liên kết còn ghi "?usp=sharing": ${RULE}`], note: '' });
    expect(readLinkCell('https://a.vn/x / bản gốc tại UBND')).toEqual({ links: ['https://a.vn/x'], faults: [], note: '' });
    expect(linkLines('https://a.vn/x / bản gốc tại UBND')).toEqual([{ before: '', href: 'https://a.vn/x', after: '/ bản gốc tại UBND' }]);
  });
});

/**
 * An address shortened in its middle, as a chat, a list or a printed page shows it (session 10, F7):
 * "https://drive.google.com/…/view" opens nothing, so it is no link but a fault saying it was
 * shortened and must be pasted whole; a word with "…" that begins no address is a word.
 */
describe('an address shortened with "…" or "..." in its middle', () => {
  const CUT = 'địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ';
  it('is a fault in a "Liên kết" cell and in a text, never a link', () => {
    const cases: Array<[string, { links: string[]; faults: string[]; note: string }]> = [
      ['https://drive.google.com/…/view', { links: [], faults: [`"https://drive.google.com/…/view": ${CUT}`], note: '' }],
      ['drive.google.com/file/d/1Ab.../view?usp=sharing', { links: [], faults: [`"drive.google.com/file/d/1Ab.../view?usp=sharing": ${CUT}`], note: '' }],
      ['https://a.vn/x; (https://drive.google.com/…/view).', { links: ['https://a.vn/x'], faults: [`"https://drive.google.com/…/view": ${CUT}`], note: '' }],
      ['https://…/view', { links: [], faults: [`"https://…/view": ${CUT}`], note: '' }],
      ['Tủ…hồ sơ', { links: [], faults: [], note: 'Tủ…hồ sơ' }],
    ];
    expect(cases.map(([text]) => readLinkCell(text))).toEqual(cases.map(([, cell]) => cell));
    expect(linkParts('Xem https://drive.google.com/…/view, bản gốc.')).toEqual([{ text: 'Xem ' }, { written: 'https://drive.google.com/…/view', fault: CUT }, { text: ', bản gốc.' }]);
    expect(linksIn('Xem https://drive.google.com/…/view')).toEqual([]);
  });
});

/**
 * A "Liên kết" cell as a văn thư types it (session 10, F13c): an address with a note beside it is
 * the link, the note printed with it as typed; two addresses on two lines or after ";" each a line;
 * a word right after an address that may be its rest (ASCII, no bracket) is still a fault.
 */
describe('a "Liên kết" cell holding addresses with notes', () => {
  const RULE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
  const cases: Array<[string, { links: string[]; faults: string[] }, Array<[string, string | null, string]>]> = [
    ['https://drive.google.com/file/d/ABC/view (bản scan)', { links: ['https://drive.google.com/file/d/ABC/view'], faults: [] }, [['', 'https://drive.google.com/file/d/ABC/view', '(bản scan)']]],
    ['https://a.vn/x - bản gốc', { links: ['https://a.vn/x'], faults: [] }, [['', 'https://a.vn/x', '- bản gốc']]],
    // The note's bracket glued to the address (review 13d F2: the link went on to "…sharing(bản"): the address ends where the note opens.
    [
      'https://drive.google.com/file/d/ABC/view?usp=sharing(bản scan)',
      { links: ['https://drive.google.com/file/d/ABC/view?usp=sharing'], faults: [] },
      [['', 'https://drive.google.com/file/d/ABC/view?usp=sharing', '(bản scan)']],
    ],
    [
      'https://a.vn/x (bản scan); drive.google.com/y - bản gốc',
      { links: ['https://a.vn/x', 'https://drive.google.com/y'], faults: [] },
      [
        ['', 'https://a.vn/x', '(bản scan)'],
        ['', 'https://drive.google.com/y', '- bản gốc'],
      ],
    ],
    [
      'https://a.vn/x\nhttps://b.vn/y\nBản gốc lưu tại UBND xã',
      { links: ['https://a.vn/x', 'https://b.vn/y'], faults: [] },
      [
        ['', 'https://a.vn/x', ''],
        ['', 'https://b.vn/y', ''],
        ['', null, 'Bản gốc lưu tại UBND xã'],
      ],
    ],
    ['Link: https://a.vn/x (bản gốc)', { links: ['https://a.vn/x'], faults: [] }, [['Link:', 'https://a.vn/x', '(bản gốc)']]],
    // Bullets and a file typed twice print nothing of their own.
    [
      '- https://a.vn/x\n- https://a.vn/x\n• (https://b.vn/y)',
      { links: ['https://a.vn/x', 'https://b.vn/y'], faults: [] },
      [
        ['', 'https://a.vn/x', ''],
        ['', 'https://b.vn/y', ''],
      ],
    ],
    // One file typed twice in two forms (Drive's share link, then the address bar's; http and a closing "/"): one piece of evidence, printed once as first typed.
    [
      'https://drive.google.com/file/d/ABC/view?usp=sharing\nhttps://drive.google.com/file/d/ABC/edit\nhttps://a.vn/x\nhttp://A.VN/x/',
      { links: ['https://drive.google.com/file/d/ABC/view?usp=sharing', 'https://a.vn/x'], faults: [] },
      [
        ['', 'https://drive.google.com/file/d/ABC/view?usp=sharing', ''],
        ['', 'https://a.vn/x', ''],
      ],
    ],
    // The rest of an address a space broke, or a word glued to one, is still a fault.
    ['drive.google.com/drive/folders/1AbC dEf (bản scan)', { links: ['https://drive.google.com/drive/folders/1AbC'], faults: [`ngoài liên kết còn ghi "dEf": ${RULE}`] }, []],
    // An address pasted with a space in its file name: the rest, percent-escapes and all, is still a fault, never a note.
    ['https://a.vn/files/Bao cao%202025.pdf', { links: ['https://a.vn/files/Bao'], faults: [`ngoài liên kết còn ghi "cao%202025.pdf": ${RULE}`] }, []],
    ['xemhttps://a.vn/x (bản scan)', { links: ['https://a.vn/x'], faults: [`ngoài liên kết còn ghi "xem": ${RULE}`] }, []],
  ];
  it('takes the address as the link and keeps the note, as typed, on its line', () => {
    expect(cases.map(([text]) => readLinkCell(text))).toEqual(cases.map(([, cell]) => ({ ...cell, note: '' })));
    expect(cases.filter(([, cell]) => cell.faults.length === 0).map(([text]) => linkLines(text))).toEqual(
      cases.filter(([, cell]) => cell.faults.length === 0).map(([, , lines]) => lines.map(([before, href, after]) => ({ before, href, after }))),
    );
  });
});
