/**
 * The evidence catalogue of a dossier (src/core/documents/dossier/evidence.ts) in full: items of the
 * "Danh mục minh chứng" with the links still kept in "Đánh giá" rows given codes of their own (H<tiêu
 * chí>.<nn>, skipping codes taken), in annex order, the checklist lines, what each indicator cites,
 * and the annex table. Rows and items are written by hand against the tiny TT25 ruleset
 * (test/fixtures/tiny-levels.ts: 1.1, 4.3, 5.1, 5.2a/b).
 */
import { describe, expect, it } from 'vitest';
import { evidenceCatalogue, evidenceTable, linkCell } from '../../src/core/documents/dossier/evidence';
import { EVIDENCE_HEADER, type EvidenceItem, readEvidenceList } from '../../src/core/workbook/evidence';
import type { IndicatorEvidence } from '../../src/core/workbook/snapshot';
import { TINY_TT25 } from '../fixtures/tiny-levels';
import { linesOf } from './block-lines';

const item = (code: string, indicators: string[], row: number, link = ''): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: `Số ${row}`, issuer: 'UBND xã', link, indicators, row });
const evidence = (links: string): IndicatorEvidence => ({ description: '', links, owner: '' });
const HINT = 'ghi ở trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
/** An item found as a bare link in an indicator row: its annex cell asks for every detail and says where the link was (the checklist's one line for it). */
const gap = (code: string, indicator: string) =>
  `{L12 sb2 sa2 ls1: _⟦[Cần bổ sung: tên, số, ngày và cơ quan ban hành của minh chứng ${code} (liên kết ở dòng chỉ tiêu ${indicator} của trang "Đánh giá") — ${HINT}]⟧_}`;

describe('the evidence catalogue of a workbook that still keeps links in its rows', () => {
  const list = [item('H5.01', ['TC5.2a'], 2, 'https://a.vn/listed'), item('', ['TC1.1', 'Z'], 3), item('K1', ['TC9.9', 'TC4.3', 'x'], 4), item('H1.01', ['TC1'], 5), item('H1.03', ['tc1.1'], 6)];
  const rows = new Map([
    // A new link, one already listed (in brackets, with a full stop) and a word that is no link.
    ['TC1.1', evidence('https://a.vn/one; Xem (https://a.vn/listed).')],
    ['TC5.2b', evidence('Bản giấy ở tủ')],
    // A new link, and one another row already gave a code.
    ['TC4.3', evidence('https://a.vn/two https://a.vn/one')],
    // An address written wrong: named with what is wrong.
    ['TC5.1', evidence('http//a.vn/three')],
  ]);
  const catalogue = evidenceCatalogue(list, rows, TINY_TT25, 'xã');

  it('gives each new link a code in its criterion, the first not taken, and orders items by criterion then number', () => {
    expect(catalogue.items.map((i) => [i.code, i.name, i.link, i.indicators.join(','), i.row])).toEqual([
      ['H1.01', 'Văn bản H1.01', '', 'TC1', 5],
      ['H1.02', '', 'https://a.vn/one', 'TC1.1', 0],
      ['H1.03', 'Văn bản H1.03', '', 'tc1.1', 6],
      // Without a code: in the criterion of its first known indicator, after the numbered items.
      // A code the ruleset lacks is not printed (the checklist names it).
      ['', 'Văn bản ', '', 'TC1.1', 3],
      ['H4.01', '', 'https://a.vn/two', 'TC4.3', 0],
      // A code of another form sorts after the numbered ones of its criterion.
      ['K1', 'Văn bản K1', '', 'TC4.3', 4],
      ['H5.01', 'Văn bản H5.01', 'https://a.vn/listed', 'TC5.2a', 2],
    ]);
  });

  it("tells the committee what to complete: text that is no link, unknown codes (new items without details are the annex's gaps)", () => {
    expect(catalogue.checks).toEqual([
      `Cột "Minh chứng (liên kết)" ở dòng chỉ tiêu 1.1 ghi "Xem.", không phải liên kết: ${HINT}.`,
      `Cột "Minh chứng (liên kết)" ở dòng chỉ tiêu 5.2 ghi "Bản giấy ở tủ", không phải liên kết: ${HINT}.`,
      `Cột "Minh chứng (liên kết)" ở dòng chỉ tiêu 5.1 ghi "http//a.vn/three", không phải liên kết ("http//a.vn/three": thiếu dấu ":" sau "http"): ${HINT}.`,
      'Trang "Danh mục minh chứng" dòng 3, cột "Chỉ tiêu liên quan" ghi "Z", không có trong bộ tiêu chí đang dùng: Danh mục minh chứng không in mã này; sửa ở ô đó rồi tạo lại hồ sơ.',
      'Trang "Danh mục minh chứng" dòng 4, cột "Chỉ tiêu liên quan" ghi "TC9.9", "x", không có trong bộ tiêu chí đang dùng: Danh mục minh chứng không in các mã này; sửa ở ô đó rồi tạo lại hồ sơ.',
      `Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 3, 4 (K1), 5 (H1.01), 6 (H1.03): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.`,
    ]);
  });

  it('cites, for an indicator, the coded items supporting it, its parts or its criterion, whatever the case of the codes', () => {
    expect([catalogue.codesFor(['TC1.1', 'TC1']), catalogue.codesFor(['TC4.3']), catalogue.codesFor(['tc5.2A']), catalogue.codesFor(['TC5.1']), catalogue.codesFor([])]).toEqual([
      ['H1.01', 'H1.02', 'H1.03'],
      ['H4.01', 'K1'],
      ['H5.01'],
      [],
      [],
    ]);
  });

  it('prints the annex with gaps for the names to write, indicators by number, and paper copies said so', () => {
    expect(linesOf(evidenceTable(catalogue, false, 'xã'))).toEqual([
      'TABLE 0.05,0.08,0.24,0.16,0.17,0.1,0.2 borders cell=L12 sb2 sa2 ls1 aligns=CCLLLCL',
      '  [h] STT | Mã | Tên minh chứng | Số, ngày ban hành | Cơ quan ban hành | Chỉ tiêu | Liên kết',
      '  [] 1 | H1.01 | Văn bản H1.01 | Số 5 | UBND xã | Tiêu chí 1 | Bản giấy lưu tại xã',
      `  [] 2 | H1.02 | ${gap('H1.02', '1.1')} |  |  | 1.1 | {L12 sb2 sa2 ls1: [https://a.vn/one](https://a.vn/one)}`,
      '  [] 3 | H1.03 | Văn bản H1.03 | Số 6 | UBND xã | 1.1 | Bản giấy lưu tại xã',
      '  [] 4 |  | Văn bản  | Số 3 | UBND xã | 1.1 | Bản giấy lưu tại xã',
      `  [] 5 | H4.01 | ${gap('H4.01', '4.3')} |  |  | 4.3 | {L12 sb2 sa2 ls1: [https://a.vn/two](https://a.vn/two)}`,
      '  [] 6 | K1 | Văn bản K1 | Số 4 | UBND xã | 4.3 | Bản giấy lưu tại xã',
      // A part of an indicator prints as the indicator (issue 13: no internal sub-codes in print).
      '  [] 7 | H5.01 | Văn bản H5.01 | Số 2 | UBND xã | 5.2 | {L12 sb2 sa2 ls1: [https://a.vn/listed](https://a.vn/listed)}',
      'J14 fl10 sb6 sa6 ls1.15 | Tổng số: 7 minh chứng.',
    ]);
  });

  it('heads the column "Tiêu chí" and shows criteria by number in a ruleset scored by criterion', () => {
    const byCriterion = linesOf(evidenceTable(evidenceCatalogue([item('H1.01', ['TC1', 'TC4'], 2)], new Map(), TINY_TT25, 'xã'), true, 'xã'));
    expect(byCriterion.slice(1, 3)).toEqual([
      '  [h] STT | Mã | Tên minh chứng | Số, ngày ban hành | Cơ quan ban hành | Tiêu chí | Liên kết',
      '  [] 1 | H1.01 | Văn bản H1.01 | Số 2 | UBND xã | 1, 4 | Bản giấy lưu tại xã',
    ]);
  });

  it('cites items whose indicators were written without "TC" or as a bare criterion number, and prints each indicator once by its number (review 13c F4, F11)', () => {
    const loose = evidenceCatalogue([item('H1.01', ['1.1'], 2), item('H4.01', ['4'], 3), item('H5.01', ['TC5.2a', 'TC5.2b', '5.1'], 4)], new Map(), TINY_TT25, 'xã');
    expect([loose.codesFor(['TC1.1', 'TC1']), loose.codesFor(['TC4.3', 'TC4']), loose.codesFor(['TC5.2b', 'TC5.2']), loose.codesFor(['TC5.1'])]).toEqual([['H1.01'], ['H4.01'], ['H5.01'], ['H5.01']]);
    expect(loose.checks).toEqual([
      `Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng 2 (H1.01), 3 (H4.01), 4 (H5.01): Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.`,
    ]);
    expect(linesOf(evidenceTable(loose, false, 'xã')).slice(2, 5)).toEqual([
      '  [] 1 | H1.01 | Văn bản H1.01 | Số 2 | UBND xã | 1.1 | Bản giấy lưu tại xã',
      '  [] 2 | H4.01 | Văn bản H4.01 | Số 3 | UBND xã | Tiêu chí 4 | Bản giấy lưu tại xã',
      '  [] 3 | H5.01 | Văn bản H5.01 | Số 4 | UBND xã | 5.2, 5.1 | Bản giấy lưu tại xã',
    ]);
  });

  it('cites an item for each indicator of a range typed in "Chỉ tiêu liên quan", and names a range it cannot read (review 13d F4)', () => {
    const { items } = readEvidenceList(
      [
        [...EVIDENCE_HEADER],
        ...(['5.1-5.2', '1.1-4.3', '5.2 - 5.1', '5.1 đến 5.3', 'TC1.1-TC2.3', 'Chỉ tiêu 1,1 - 4,3'] as const).map((cited, i) => [`H5.0${i + 1}`, `Văn bản ${i + 1}`, '', '', '', cited]),
      ],
      'Danh mục minh chứng',
      TINY_TT25.criteria,
    );
    const ranged = evidenceCatalogue(items, new Map(), TINY_TT25, 'xã');
    expect([ranged.codesFor(['TC5.1']), ranged.codesFor(['TC5.2a', 'TC5.2']), ranged.codesFor(['TC1.1']), ranged.codesFor(['TC4.3'])]).toEqual([['H5.01'], ['H5.01'], [], []]);
    const ALL_ROWS = '4 (H5.01), 5 (H5.02), 6 (H5.03), 7 (H5.04), 8 (H5.05), 9 (H5.06)';
    const ask = `ghi từng chỉ tiêu, cách nhau bởi dấu phẩy (ví dụ "1.1, 1.2, 1.3"), ${HINT}`;
    expect(ranged.checks).toEqual([
      `Minh chứng H5.02: "Chỉ tiêu liên quan" ghi "1.1-4.3", không phải các chỉ tiêu liên tiếp của một tiêu chí: ${ask}.`,
      `Minh chứng H5.03: "Chỉ tiêu liên quan" ghi "5.2 - 5.1", không phải các chỉ tiêu liên tiếp của một tiêu chí: ${ask}.`,
      `Minh chứng H5.04: "Chỉ tiêu liên quan" ghi "5.1 đến 5.3", không có chỉ tiêu mã 5.3 trong bộ tiêu chí đang dùng: ${ask}.`,
      `Minh chứng H5.05: "Chỉ tiêu liên quan" ghi "TC1.1-TC2.3", không có chỉ tiêu mã TC2.3 trong bộ tiêu chí đang dùng: ${ask}.`,
      `Minh chứng H5.06: "Chỉ tiêu liên quan" ghi "Chỉ tiêu 1,1 - 4,3", không phải các chỉ tiêu liên tiếp của một tiêu chí: ${ask}.`,
      `Trang "Danh mục minh chứng", cột "Cơ quan ban hành" trống ở dòng ${ALL_ROWS}: Danh mục minh chứng để trống ô này; ghi cơ quan ban hành (nếu có) rồi tạo lại hồ sơ.`,
      `Trang "Danh mục minh chứng", cột "Liên kết" trống ở dòng ${ALL_ROWS}: Danh mục minh chứng ghi "Bản giấy lưu tại xã"; nếu không đúng, ghi liên kết hoặc nơi lưu bản giấy rồi tạo lại hồ sơ.`,
    ]);
    // What cannot be read prints as typed, as the checklist quotes it (review 13e F10: "TC1.1-TC2.3" printed "1.1-TC2.3").
    const lines = linesOf(evidenceTable(ranged, false, 'xã'));
    // Its words and decimal commas too ("Chỉ tiêu 1,1 - 4,3" printed "1.1 - 4.3").
    expect([...lines.slice(2, 4), lines[6], lines[7]]).toEqual([
      '  [] 1 | H5.01 | Văn bản 1 |  |  | 5.1, 5.2 | Bản giấy lưu tại xã',
      '  [] 2 | H5.02 | Văn bản 2 |  |  | 1.1-4.3 | Bản giấy lưu tại xã',
      '  [] 5 | H5.05 | Văn bản 5 |  |  | TC1.1-TC2.3 | Bản giấy lưu tại xã',
      '  [] 6 | H5.06 | Văn bản 6 |  |  | Chỉ tiêu 1,1 - 4,3 | Bản giấy lưu tại xã',
    ]);
  });

  it('names an item without a code by the row it stands on when its range cannot be read', () => {
    const { items } = readEvidenceList([[...EVIDENCE_HEADER], ['H5.01', 'Văn bản 1', '', '', '', '5.1'], ['', 'Văn bản 2', '', '', '', '1.1-4.3']], 'Danh mục minh chứng', TINY_TT25.criteria);
    const { checks } = evidenceCatalogue(items, new Map(), TINY_TT25, 'xã');
    expect(checks[0]).toBe(
      `Minh chứng dòng 5: "Chỉ tiêu liên quan" ghi "1.1-4.3", không phải các chỉ tiêu liên tiếp của một tiêu chí: ghi từng chỉ tiêu, cách nhau bởi dấu phẩy (ví dụ "1.1, 1.2, 1.3"), ${HINT}.`,
    );
  });

  it('leaves a gap for the whole list when there is none', () => {
    expect(linesOf(evidenceTable(evidenceCatalogue([], new Map(), TINY_TT25, 'xã'), false, 'xã'))).toEqual([`J14 fl10 sa6 ls1.15 | _⟦[Cần bổ sung: danh mục minh chứng — ${HINT}]⟧_`]);
  });
});

/**
 * The "Liên kết" cell of each item as the annex prints it (newcomer review of issue 13): several
 * links each on a line of their own, the sentence's punctuation and an unopened bracket not part of
 * a link, and a cell that only looks like a link (no ":" after "http", a misspelt "https", a link
 * broken by a space) never printed as one: a gap naming the code, the cell and what is wrong, which
 * the checklist lists ("one checklist line per gap").
 */
describe('the "Liên kết" cell of the annex', () => {
  const withLink = (code: string, link: string, row: number): EvidenceItem => ({ code, name: `Văn bản ${code}`, reference: '', issuer: '', link, indicators: ['TC1.1'], row });
  const A = 'L12 sb2 sa2 ls1';
  const fix = (what: string, row: number) => `{${A}: _⟦[Cần bổ sung: ${what} — sửa ở cột "Liên kết" dòng ${row} của trang "Danh mục minh chứng" rồi tạo lại hồ sơ]⟧_}`;
  const SPACED = 'ngoài liên kết còn ghi';
  const RULE = 'địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng';
  // [code, cell] on rows 4, 5, …
  const cells = (
    [
      ['H1.01', 'https://a.vn/x https://b.vn/y'],
      ['H1.02', 'https://c.vn/1; https://c.vn/2\nhttps://c.vn/3;https://c.vn/1'],
      ['H1.03', 'https://a.vn/x.'],
      ['H1.04', '(https://a.vn/y),'],
      ['H1.05', 'https://vi.wikipedia.org/wiki/A_(b)'],
      ['H1.06', 'http//drive.google.com/file/d/abc'],
      ['H1.07', 'htps://drive.google.com/file/d/abc'],
      ['H1.08', 'https:/drive.google.com/file/d/abc'],
      ['H1.09', 'https://drive google.com/file/d/abc'],
      ['H1.10', 'drive.google.com/drive/folders/1AbC dEf'],
      ['', 'https://a.vn/z http//b.vn/w'],
      ['H1.12', 'Tủ hồ sơ UBND xã'],
      ['H1.13', ''],
      ['H1.14', 'https://a.vn/x,drive.google.com/y'],
      ['H1.15', 'drive.google.com/y，htps://b.vn/y'],
    ] as const
  ).map(([code, link], i) => withLink(code, link, 4 + i));

  it('prints each link of a cell, without the punctuation around it, and a gap for a cell holding what only looks like a link', () => {
    const lines = linesOf(evidenceTable(evidenceCatalogue(cells, new Map(), TINY_TT25, 'xã'), false, 'xã'));
    expect(lines.slice(2, -1).map((line) => line.split(' | ').slice(1).join(' | '))).toEqual([
      `H1.01 | Văn bản H1.01 |  |  | 1.1 | {${A}: [https://a.vn/x](https://a.vn/x) / ${A}: [https://b.vn/y](https://b.vn/y)}`,
      `H1.02 | Văn bản H1.02 |  |  | 1.1 | {${A}: [https://c.vn/1](https://c.vn/1) / ${A}: [https://c.vn/2](https://c.vn/2) / ${A}: [https://c.vn/3](https://c.vn/3)}`,
      `H1.03 | Văn bản H1.03 |  |  | 1.1 | {${A}: [https://a.vn/x](https://a.vn/x)}`,
      `H1.04 | Văn bản H1.04 |  |  | 1.1 | {${A}: [https://a.vn/y](https://a.vn/y)}`,
      `H1.05 | Văn bản H1.05 |  |  | 1.1 | {${A}: [https://vi.wikipedia.org/wiki/A_(b)](https://vi.wikipedia.org/wiki/A_(b))}`,
      `H1.06 | Văn bản H1.06 |  |  | 1.1 | ${fix('liên kết đúng của minh chứng H1.06 ("http//drive.google.com/file/d/abc": thiếu dấu ":" sau "http")', 9)}`,
      `H1.07 | Văn bản H1.07 |  |  | 1.1 | ${fix('liên kết đúng của minh chứng H1.07 ("htps://drive.google.com/file/d/abc": "htps://" viết sai, cần "https://" hoặc "http://")', 10)}`,
      `H1.08 | Văn bản H1.08 |  |  | 1.1 | ${fix('liên kết đúng của minh chứng H1.08 ("https:/drive.google.com/file/d/abc": sau "https:" cần hai dấu "/")', 11)}`,
      `H1.09 | Văn bản H1.09 |  |  | 1.1 | ${fix(`liên kết đúng của minh chứng H1.09 ("https://drive": chưa có tên miền đầy đủ)`, 12)}`,
      `H1.10 | Văn bản H1.10 |  |  | 1.1 | ${fix(`liên kết đúng của minh chứng H1.10 (${SPACED} "dEf": ${RULE})`, 13)}`,
      // Words without any link say where the paper copy is, as typed.
      'H1.12 | Văn bản H1.12 |  |  | 1.1 | Tủ hồ sơ UBND xã',
      'H1.13 | Văn bản H1.13 |  |  | 1.1 | Bản giấy lưu tại xã',
      // Links separated by a comma before an address without its scheme, or by an East Asian comma, each found.
      `H1.14 | Văn bản H1.14 |  |  | 1.1 | {${A}: [https://a.vn/x](https://a.vn/x) / ${A}: [https://drive.google.com/y](https://drive.google.com/y)}`,
      `H1.15 | Văn bản H1.15 |  |  | 1.1 | ${fix('liên kết đúng của minh chứng H1.15 ("htps://b.vn/y": "htps://" viết sai, cần "https://" hoặc "http://")', 18)}`,
      // An item without a code yet is named by its row (and sorts last).
      ` | Văn bản  |  |  | 1.1 | ${fix('liên kết đúng của minh chứng dòng 14 ("http//b.vn/w": thiếu dấu ":" sau "http")', 14)}`,
    ]);
  });
});

describe('the item a link belongs to', () => {
  it('is the first in annex order that lists it, whatever the punctuation it was typed with; a link no item lists has none', () => {
    const catalogue = evidenceCatalogue([item('H1.02', ['TC1.1'], 5, 'https://a.vn/x'), item('H1.01', ['TC1.1'], 4, 'https://b.vn/y; (https://a.vn/x).')], new Map(), TINY_TT25, 'xã');
    expect(['https://a.vn/x', 'https://b.vn/y', 'https://c.vn/z'].map((href) => catalogue.itemFor(href)?.code)).toEqual(['H1.01', 'H1.01', undefined]);
  });
});

/**
 * One Drive file typed in several ways is one item (review 13b finding 3): the list holds it as Drive's
 * "Sao chép đường liên kết" gives it, the old column and "Kết quả thực hiện" as the address bar or an
 * old link does. No item of its own, no checklist line; the annex prints the address the list holds.
 */
describe('one file typed with and without "?usp=sharing", "/view", "/edit", "/", http, "open?id="', () => {
  const listed = 'https://drive.google.com/file/d/hoa-an-h101/view?usp=sharing';
  const list = [item('H1.01', ['TC1.1'], 4, listed), item('H5.01', ['TC5.1'], 5, 'https://hoaan.gov.vn/van-ban/12')];
  const rows = new Map([
    [
      'TC1.1',
      {
        description: 'Nghị quyết tại http://drive.google.com/file/d/hoa-an-h101/edit và https://drive.google.com/open?id=hoa-an-h101.',
        links: 'https://drive.google.com/file/d/hoa-an-h101',
        owner: '',
      },
    ],
    ['TC4.3', evidence('drive.google.com/file/d/hoa-an-h101/view?usp=drive_link; https://docs.google.com/document/d/hoa-an-h101/edit')],
    ['TC5.1', evidence('http://HOAAN.gov.vn/van-ban/12/; https://drive.google.com/file/d/hoa-an-h102/view?usp=sharing')],
  ]);
  const catalogue = evidenceCatalogue(list, rows, TINY_TT25, 'xã');

  it('lists only the listed items and the one other file, cited by their own codes', () => {
    expect({
      items: catalogue.items.map((i) => [i.code, i.link]),
      checks: catalogue.checks,
      cited: [
        'https://drive.google.com/file/d/hoa-an-h101/',
        'http://drive.google.com/file/d/hoa-an-h101/edit',
        'https://hoaan.gov.vn/van-ban/12/',
        'https://drive.google.com/open?id=hoa-an-h102',
      ].map((href) => catalogue.itemFor(href)?.code),
    }).toEqual({
      items: [
        ['H1.01', listed],
        ['H5.01', 'https://hoaan.gov.vn/van-ban/12'],
        // The first form typed of the one file no item lists.
        ['H5.02', 'https://drive.google.com/file/d/hoa-an-h102/view?usp=sharing'],
      ],
      checks: [],
      cited: ['H1.01', 'H1.01', 'H5.01', 'H5.02'],
    });
  });
});

/**
 * linkCell in full: the annex's "Liên kết" cell builds its own link runs (a run carrying the address
 * it prints), each link a paragraph in the style a plain cell of its row and column has, so the
 * renderers draw hyperlinks and nothing is added to the table afterwards.
 */
describe('linkCell', () => {
  const style = { align: 'left', sizePt: 12, spaceBeforePt: 2, spaceAfterPt: 2, lineSpacing: 1, bold: false } as const;
  const at = (link: string, code = 'H2.03') => linkCell({ code, name: 'Kế hoạch', reference: '', issuer: '', link, indicators: ['TC2.1'], row: 9 }, style, 'xã');
  const linkPara = (address: string) => ({ kind: 'paragraph', runs: [{ text: address, link: address }], style });
  const FIX = 'sửa ở cột "Liên kết" dòng 9 của trang "Danh mục minh chứng" rồi tạo lại hồ sơ';
  const gap = (what: string) => ({
    blocks: [{ kind: 'paragraph', runs: [{ text: `[Cần bổ sung: ${what} — ${FIX}]`, mark: 'fill', italic: true, gap: `${what}: ${FIX}` }], style }],
  });

  it('says where the paper copy is when there is no link: the words typed, or "Bản giấy lưu tại xã"', () => {
    expect([at(''), at('   '), at('Tủ hồ sơ  UBND xã')]).toEqual([{ text: 'Bản giấy lưu tại xã' }, { text: 'Bản giấy lưu tại xã' }, { text: 'Tủ hồ sơ UBND xã' }]);
  });

  it('makes one link a paragraph in the plain cell style holding one link run, the address with https:// when typed without', () => {
    expect([at('https://drive.google.com/h1'), at(' (drive.google.com/file/d/x). ')]).toEqual([
      { blocks: [linkPara('https://drive.google.com/h1')] },
      { blocks: [linkPara('https://drive.google.com/file/d/x')] },
    ]);
  });

  it('puts each of several links on a paragraph of its own, each once, in the order typed', () => {
    expect(at('https://a.vn/1; https://b.vn/2\nhttps://a.vn/1,drive.google.com/3')).toEqual({
      blocks: [linkPara('https://a.vn/1'), linkPara('https://b.vn/2'), linkPara('https://drive.google.com/3')],
    });
  });

  it('prints one file typed twice in a cell once, as first typed (review 13b finding 3)', () => {
    expect(at('https://drive.google.com/file/d/A1/view?usp=sharing; https://drive.google.com/file/d/A1/view\nhttp://a.vn/x/ https://a.vn/x')).toEqual({
      blocks: [linkPara('https://drive.google.com/file/d/A1/view?usp=sharing'), linkPara('http://a.vn/x/')],
    });
  });

  it('prints no link but a gap when a word may be the rest of an address or an address is written wrong, naming the item (or its row)', () => {
    expect([at('https://a.vn/1 bis'), at('http//a.vn/2', '')]).toEqual([
      gap(
        'liên kết đúng của minh chứng H2.03 (ngoài liên kết còn ghi "bis": địa chỉ viết liền, ghi chú cách địa chỉ một dấu cách, ví dụ "https://… (bản scan)"; nhiều liên kết thì cách nhau bởi dấu chấm phẩy hoặc xuống dòng)',
      ),
      gap('liên kết đúng của minh chứng dòng 9 ("http//a.vn/2": thiếu dấu ":" sau "http")'),
    ]);
  });

  // Session 10, F7: an address shortened in its middle, as copied from a chat or a printed page.
  it('prints no link but a gap naming the item and saying the address is shortened when "…" stands in its middle', () => {
    expect([at('https://drive.google.com/…/view'), at('drive.google.com/file/d/1Ab.../view (bản scan)')]).toEqual([
      gap(
        'liên kết đúng của minh chứng H2.03 ("https://drive.google.com/…/view": địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ)',
      ),
      gap(
        'liên kết đúng của minh chứng H2.03 ("drive.google.com/file/d/1Ab.../view": địa chỉ bị rút gọn (có dấu "…" thay cho một đoạn, như khi chép từ Zalo, Facebook hay từ bản in): cần dán lại nguyên địa chỉ)',
      ),
    ]);
  });

  // Session 10, F13c: a note typed beside an address is printed with the link, as typed.
  it('prints an address with the note typed beside it, each address on its line', () => {
    const text = (t: string) => ({ text: t });
    expect([at('https://drive.google.com/file/d/ABC/view (bản scan)'), at('Xem https://a.vn/1 - bản gốc;https://b.vn/2\nBản giấy lưu tại tủ hồ sơ')]).toEqual([
      { blocks: [{ kind: 'paragraph', runs: [{ text: 'https://drive.google.com/file/d/ABC/view', link: 'https://drive.google.com/file/d/ABC/view' }, text(' (bản scan)')], style }] },
      {
        blocks: [
          { kind: 'paragraph', runs: [text('Xem '), { text: 'https://a.vn/1', link: 'https://a.vn/1' }, text(' - bản gốc')], style },
          linkPara('https://b.vn/2'),
          { kind: 'paragraph', runs: [text('Bản giấy lưu tại tủ hồ sơ')], style },
        ],
      },
    ]);
  });
});

describe("a province's own table whose criteria are not coded TC<n>", () => {
  it('gives a link kept in a row the code of its criterion by the criterion’s place in the table: the third is H3', () => {
    // The tiny table's criteria TC1, TC4, TC5 coded ĐP-A, ĐP-B, ĐP-C: 5.1 belongs to the third.
    const own = { ...TINY_TT25, criteria: TINY_TT25.criteria.map((c, i) => ({ ...c, code: `ĐP-${'ABC'[i]}` })) };
    const catalogue = evidenceCatalogue([], new Map([['TC5.1', evidence('https://a.vn/five')]]), own, 'xã');
    expect(catalogue.items.map((i) => [i.code, i.link])).toEqual([['H3.01', 'https://a.vn/five']]);
  });
});
