/**
 * What the evidence list's cells become, pinned whole: each range of "Chỉ tiêu liên quan" as
 * citedRange reads it along TT25 (TC1.1–1.3, TC2.1–2.3, TC3.1–3.3, TC4.1–4.4, TC5.1, TC5.2 in two
 * parts), and the exact fault the checklist quotes for one that spans nothing; the header row out
 * of place; the evidence code as the documents print it.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import type { Criterion } from '../../../src/core/ruleset/types';
import {
  citedKey,
  citedRange,
  EVIDENCE_HEADER,
  evidenceHeaderFault,
  faultsNote,
  linkFault,
  linkHref,
  linkLines,
  oldLinkCell,
  readEvidenceList,
  readLinkCell,
  splitCodes,
  trimLink,
} from '../../../src/core/workbook/evidence';

const spans = (...codes: string[]) => ({ codes });
const fault = (text: string) => ({ fault: text });
const NOT_A_RUN = fault('không phải các chỉ tiêu liên tiếp của một tiêu chí');
const unknown = (codes: string) => fault(`không có chỉ tiêu mã ${codes} trong bộ tiêu chí đang dùng`);

describe('citedRange along TT25', () => {
  it.each<[string, ReturnType<typeof citedRange>]>([
    ['1.1-3', spans('TC1.1', 'TC1.2', 'TC1.3')],
    ['2.1-2', spans('TC2.1', 'TC2.2')],
    ['TC1.1-TC1.3', spans('TC1.1', 'TC1.2', 'TC1.3')],
    ['1.2-1.2', spans('TC1.2')],
    ['TC1 - TC3', spans('TC1', 'TC2', 'TC3')],
    ['TC1-3', spans('TC1', 'TC2', 'TC3')],
    // decimal commas and closing stops, as the cell may hold them
    ['1,1-1,3', spans('TC1.1', 'TC1.2', 'TC1.3')],
    ['TC1.1-1.3..', spans('TC1.1', 'TC1.2', 'TC1.3')],
    // a part of an indicator stands for it
    ['TC5.1-5.2b', spans('TC5.1', 'TC5.2')],
    ['1.3-1.1', NOT_A_RUN],
    ['1.3-2.1', NOT_A_RUN],
    ['1.1-9.9', unknown('9.9')],
    ['9.8-9.9', unknown('9.8, 9.9')],
    // the unknown end named as typed, its "TC" kept
    ['TC1.1-TC9.9', unknown('TC9.9')],
    // a short second end is an indicator of the first end's criterion, of any number of digits
    ['12.1-3', unknown('12.1, 12.3')],
    ['1.1-12', unknown('1.12')],
    ['TC5.2a-5.3', unknown('5.3')],
    ['TC5.2a-2', spans('TC5.2')],
    // a first end that is no indicator code of the template's shape keeps the second as written
    ['1.1.1-9', unknown('1.1.1, 9')],
    ['A1.1-9', unknown('A1.1, 9')],
    ['1.10-12', unknown('1.10, 1.12')],
  ])('%j → %j', (part, read) => {
    expect(citedRange(part, TT25.criteria)).toEqual(read);
  });

  it.each(['1.1', 'TC1.1.', 'xem 1.1 - 1.3', 'biên bản - phụ lục', 'QĐ-UBND', 'a,1-1,3', '1.1 - 1.3 x'])('%j is no range', (part) => {
    expect(citedRange(part, TT25.criteria)).toBeNull();
  });

  it('a code of the ruleset that holds a hyphen is that code, not a range', () => {
    const criteria = [
      {
        code: 'K1',
        name: 'Khác',
        provenance: { ref: 'tỉnh', status: 'verbatim' },
        items: [
          { code: 'K1-2', name: 'Một', kind: 'yesno', provenance: { ref: 'tỉnh', status: 'verbatim' } },
          { code: 'K1-3', name: 'Hai', kind: 'yesno', provenance: { ref: 'tỉnh', status: 'verbatim' } },
        ],
      },
    ] as unknown as Criterion[];
    expect(citedRange('K1-2', criteria)).toBeNull();
    expect(splitCodes('K1-2', criteria)).toEqual(['K1-2']);
  });
});

describe('splitCodes: what stays whole and what is cut', () => {
  it.each<[string, string[]]>([
    ['TC1.1-1.3, tc2.1', ['TC1.1', 'TC1.2', 'TC1.3', 'tc2.1']],
    ['1.1 TC2.3', ['1.1', 'TC2.3']],
    // one word that is no code keeps the part whole, as typed
    ['1.1 xem', ['1.1 xem']],
    ['xem biên bản , 1.1', ['xem biên bản', '1.1']],
    // a stop after a space still closes the code
    ['TC1.1 ., Chỉ tiêu 1.2 .', ['TC1.1', '1.2']],
    // a range is read after the words before it are dropped and a decimal comma read as a dot, as a single code is
    ['Chỉ tiêu 1.1-1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['TC2,1-2,2', ['TC2.1', 'TC2.2']],
  ])('%j → %j', (cell, codes) => {
    expect(splitCodes(cell, TT25.criteria)).toEqual(codes);
  });

  it('citedKey drops only a leading "TC" before a number', () => {
    expect([citedKey('tc1.2'), citedKey('TC4'), citedKey('XTC1.2'), citedKey('A.3')]).toEqual(['1.2', '4', 'XTC1.2', 'A.3']);
    // A province's own code that begins with the letters TC ("TCVH": tiêu chí văn hóa) compares as it is, never as "VH.1".
    expect([citedKey('TCVH.1'), citedKey('tcvh.1')]).toEqual(['TCVH.1', 'TCVH.1']);
  });
});

describe('readEvidenceList: the header row and the codes', () => {
  const rows = [
    ['h1.01', 'Nghị quyết', '', '', '', ''],
    ['xh1.01', 'Kế hoạch', '', '', '', ''],
  ];

  it('a code in small letters is printed with a capital H; only a leading h', () => {
    const { items, problems } = readEvidenceList([[...EVIDENCE_HEADER], ...rows], 'Minh chứng', TT25.criteria);
    expect(items.map((i) => [i.code, i.name, i.row])).toEqual([
      ['H1.01', 'Nghị quyết', 4],
      ['xh1.01', 'Kế hoạch', 5],
    ]);
    expect(problems).toEqual([]);
  });

  it('a header row out of place reads nothing and says which columns, on the header row', () => {
    const swapped = [EVIDENCE_HEADER[1], EVIDENCE_HEADER[0], ...EVIDENCE_HEADER.slice(2)];
    const message =
      'Trang "Minh chứng", dòng 3: tiêu đề cột không đúng chỗ (cột A là "Tên minh chứng", cần "Mã minh chứng"; cột B là "Mã minh chứng", cần "Tên minh chứng"), có thể do một cột bị xoá, chèn thêm hoặc di chuyển. Bảng được đọc theo vị trí cột nên chưa được đọc, để khỏi hiểu nhầm cột này thành cột khác. Hãy chọn menu CĐHT → "Thiết lập / sửa mẫu" để sửa, hoặc đưa các cột về đúng thứ tự (nội dung đi cùng cột), rồi thử lại.';
    expect(readEvidenceList([swapped, ...rows], 'Minh chứng', TT25.criteria)).toEqual({ items: [], problems: [{ code: 'Trang "Minh chứng"', severity: 'error', message }] });
    expect(evidenceHeaderFault([swapped], 'Minh chứng')).toBe(message);
  });

  it('a block with no rows at all, or its header in place, has no header fault', () => {
    expect(evidenceHeaderFault([], 'Minh chứng')).toBeNull();
    expect(evidenceHeaderFault([[...EVIDENCE_HEADER]], 'Minh chứng')).toBeNull();
  });
});

describe('faultsNote', () => {
  it('is empty for text without a broken link, and names each broken one in brackets', () => {
    expect(faultsNote('xem biên bản')).toBe('');
    expect(faultsNote('http:/x.y')).toBe(' ("http:/x.y": sau "http:" cần hai dấu "/")');
  });
});

describe('links as the cells write them, pinned whole', () => {
  it('an address without its scheme: a host of two dots, or one dot and a path', () => {
    expect(['baocao.vn', 'xa.gov.vn', 'baocao.vn/x', 'BC.2025.docx'].map(linkHref)).toEqual([null, 'https://xa.gov.vn', 'https://baocao.vn/x', null]);
  });

  it.each([
    ['(“https://a.vn/x”)', 'https://a.vn/x'],
    ['((https://a.vn/x))', 'https://a.vn/x'],
    ['https://a.vn/x(scan bản gốc)', 'https://a.vn/x'],
    ['https://vi.wikipedia.org/wiki/A_(b)', 'https://vi.wikipedia.org/wiki/A_(b)'],
    ['“https://a.vn/x”được', 'https://a.vn/x'],
    // a bracket the address opens and closes stays; one opening Vietnamese words is a note
    ['https://vi.wikipedia.org/wiki/A_(b)_(bản_scan)', 'https://vi.wikipedia.org/wiki/A_(b)_'],
  ])('trimLink(%j) is %j', (word, link) => {
    expect(trimLink(word)).toBe(link);
  });

  it.each([
    ['httpss://a.vn/x', '"httpss://" viết sai, cần "https://" hoặc "http://"'],
    ['htps://a.vn', '"htps://" viết sai, cần "https://" hoặc "http://"'],
    ['http//a.vn', 'thiếu dấu ":" sau "http"'],
    ['https:/a.vn', 'sau "https:" cần hai dấu "/"'],
  ])('linkFault(%j) is %j', (word, message) => {
    expect(linkFault(word)).toBe(message);
  });

  const ONE_LINK_A_LINE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
  const line = (href: string | null, after = '', before = '') => ({ before, href, after });

  it('two addresses glued, or on one line, are two lines, neither with a note', () => {
    expect(readLinkCell('https://a.vn/xhttp://b.vn/y')).toEqual({ links: ['https://a.vn/x', 'http://b.vn/y'], faults: [], note: '' });
    expect(linkLines('https://a.vn/xhttp://b.vn/y')).toEqual([line('https://a.vn/x'), line('http://b.vn/y')]);
    expect(linkLines('https://a.vn/x https://b.vn/y')).toEqual([line('https://a.vn/x'), line('https://b.vn/y')]);
  });

  it('words alone on a line of a cell with links are a line of their own; a cell of words alone has no lines', () => {
    expect(linkLines('https://a.vn/x\nbản giấy lưu tại UBND')).toEqual([line('https://a.vn/x'), line(null, 'bản giấy lưu tại UBND')]);
    expect(linkLines('https://a.vn/x, https://a.vn/x')).toEqual([line('https://a.vn/x')]);
    expect(linkLines('xem bản giấy')).toEqual([]);
    expect(readLinkCell('xem bản giấy')).toEqual({ links: [], faults: [], note: 'xem bản giấy' });
  });

  it('words after an address are its note; only the first may be its rest a space broke', () => {
    expect(readLinkCell('https://a.vn/x bản scan')).toEqual({ links: ['https://a.vn/x'], faults: [], note: '' });
    expect(linkLines('https://a.vn/x bản scan')).toEqual([line('https://a.vn/x', 'bản scan')]);
  });

  it('a note glued to an address written wrong is no note of the link before it', () => {
    expect(readLinkCell('https://a.vn/x htps://b.vn(bản scan)').faults).toEqual([
      '"htps://b.vn": "htps://" viết sai, cần "https://" hoặc "http://"',
      `ngoài liên kết còn ghi "(bản": ${ONE_LINK_A_LINE}`,
    ]);
  });

  it('words glued to addresses are named together, spaced, in one fault', () => {
    expect(readLinkCell('xemhttps://a.vn/x và(https://b.vn/y)c').faults).toEqual([`ngoài liên kết còn ghi "xem và( )c": ${ONE_LINK_A_LINE}`]);
  });

  it('the old link cell: what is left once its links are out, its separators tidied', () => {
    expect(['Xem https://a.vn/x , bản giấy', 'Xem https://a.vn/x bản giấy', 'https://a.vn/x;; bản giấy', 'bản giấy ;; https://a.vn/x'].map((t) => oldLinkCell(t).other)).toEqual([
      'Xem, bản giấy',
      'Xem bản giấy',
      'bản giấy',
      'bản giấy',
    ]);
  });
});
