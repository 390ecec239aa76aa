/**
 * Two things only the print shows, in LibreOffice's PDF (what the demo and a commune without Word
 * get), read with pdftotext. First, the commune's line of the header keeps every word whole
 * (newcomer review of issue 13: "PHƯỜNG BÌNH HƯNG HÒ / A", the width estimate too short for Ư, Ơ,
 * which LibreOffice prints in a wider fallback font: font-widths.ts). Second, the signature page as LibreOffice prints it (the PDF the demo and a commune without Word get):
 * it carries the last rows of the table before the closing, never the closing line and the
 * signature alone (newcomer review of issue 13: the Danh mục with 18–21 or 31–34 items, the Bản
 * tổng hợp when indicator 5.1 cites 35 codes). The keep-with-next of a table's last row is ignored
 * by LibreOffice 7.4; render-docx.ts draws the kept rows as a table of their own (`tableParts`).
 * Expected pages typed from what the sample commune's items are (its 14 items, then H5.03… of
 * criterion 5.1, one a row).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import type { Cell } from '../../src/core/cells/values';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { renderDocx } from '../../src/docx/render-docx';
import { writePdfs } from '../../scripts/render-pdf';
import { sample, TODAY, withInfo } from '../fixtures/dossiers';
import { evidenceBlock, SAMPLE_TT25_EVIDENCE, sampleSnapshot } from '../fixtures/sample-commune';

/** The sample's items, then `n - 14` more decisions of criterion 5.1 ("H5.03" …), each with its link. */
function itemsOf(n: number): string[][] {
  const rows = SAMPLE_TT25_EVIDENCE.map((row) => [...row]);
  for (let k = 3; rows.length < n; k++) {
    const code = `H5.${String(k).padStart(2, '0')}`;
    rows.push([code, `Quyết định công nhận danh hiệu "Công dân học tập" đợt ${k}`, `Số ${k}/QĐ-HKH ngày 22/12/2025`, 'Hội Khuyến học xã', `https://drive.google.com/file/d/h5-${k}`, 'TC5.1']);
  }
  return rows;
}

/**
 * Every Drive file address in `cell` as Drive gives a share link: a file id of 33 characters and
 * "/view?usp=sharing" (".../file/d/h5-3" → ".../file/d/1h53Qx7Lm9ZkQx7…/view?usp=sharing"), which
 * LibreOffice breaks in five lines of the "Liên kết" column, after "/" and "?" and inside the id.
 */
const shareLinks = (cell: Cell): Cell =>
  typeof cell === 'string'
    ? cell.replace(/(https:\/\/drive\.google\.com\/file\/d\/)([\w-]+)/g, (_, head: string, id: string) => `${head}1${id.replace(/-/g, '').padEnd(32, 'Qx7Lm9Zk')}/view?usp=sharing`)
    : cell;

/**
 * The sample with `n` items (itemsOf), as `kind`; its links made share links in the list and the
 * indicator rows alike (`drive` 'all'), or in the list only ('list': the rows' older addresses are
 * then listed as items of their own, about twice as many rows).
 */
function documentOf(n: number, kind: ReportDocument['kind'], drive: 'all' | 'list' | null = null): ReportDocument {
  const snapshot = { ...sampleSnapshot('TT25'), [NAMES.evidence]: evidenceBlock(itemsOf(n)) };
  const links = (rows: Cell[][] | undefined, when: boolean) => (rows ?? []).map((row) => row.map((cell) => (when ? shareLinks(cell) : cell)));
  const assessment = assessWorkbook({ ...snapshot, [NAMES.evidence]: links(snapshot[NAMES.evidence], drive !== null), [NAMES.indicators]: links(snapshot[NAMES.indicators], drive === 'all') });
  const result = buildDossier(assessment, TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  const doc = result.documents.find((d) => d.kind === kind);
  if (!doc) throw new Error(`no ${kind}`);
  return doc;
}

/** Per page, what starts each line that matters: a row's number and code, "Tổng số", "Kết luận", the signer. */
function pageMarks(pdf: string): string[][] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
  return pages.map((page) =>
    page.split('\n').flatMap((line) => {
      const mark = /^\s*(\d+\s+H\d\.\d\d|\d\.\d\b|Tổng số|Kết luận|CHỦ TỊCH)/.exec(line.replace(/^\s*TM\..*$/, ''));
      return mark ? [mark[1].replace(/\s+/g, ' ')] : [];
    }),
  );
}

/** Long names whose last word LibreOffice cut at a78f884 (TÂY, THỤ, ĐÔNG, HÒA), and one that breaks between words at 13 pt. */
const COMMUNES = ['Phường Bình Hưng Hòa', 'Phường Phú Thượng Tây', 'Phường Hoàng Văn Thụ', 'Xã Quảng Phương Đông', 'Phường Nguyễn Trung Trực'];

/** A ward of Hồ Chí Minh City: the parent line "UBND THÀNH PHỐ HỒ CHÍ MINH" whole, in the wider column (session 9: "UBND" was left alone on a line). */
const CITY = { commune: 'Phường Bình Hưng Hòa', province: 'Thành phố Hồ Chí Minh', decidingAuthority: 'Chủ tịch UBND Thành phố Hồ Chí Minh' };

/** The Tờ trình of the sample with each of COMMUNES, one after another, then the ward of CITY. */
function proposals(): ReportDocument[] {
  return [...COMMUNES.map((commune) => ({ commune })), CITY].map((info) => {
    const result = buildDossier(withInfo(sample('TT25'), info), TODAY);
    if (!result.ok) throw new Error(result.missing.join(' '));
    return result.documents.find((d) => d.kind === 'proposal') as ReportDocument;
  });
}

/** The header's left column on the first page of each document: the lines before "Số:", as pdftotext -layout sets them apart from the right column. */
function leftHeaders(pdf: string): string[][] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
  return pages
    .filter((page) => page.includes('TỜ TRÌNH'))
    .map((page) => {
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      return lines
        .slice(
          0,
          lines.findIndex((l) => l.trim().startsWith('Số:')),
        )
        .map((l) => l.trim().split(/\s{3,}/)[0]);
    });
}

/**
 * Per page, whether it holds rows of the table and whether it holds its heading row ("STT … Mã …" of
 * the Danh mục, "Mã … Tiêu chí, chỉ tiêu" of the Bản tổng hợp), as pdftotext -layout sets them.
 */
function headingsOfPages(pdf: string): Array<[rows: boolean, heading: boolean]> {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
  return pages.map((page) => [/^\s*(\d+\s+H\d\.\d\d|\d\.\d\s)/m.test(page), /^\s*(STT\s+Mã\s+Tên minh chứng|Mã\s+Tiêu chí, chỉ tiêu)/m.test(page)]);
}

/** Per page, how many times the Danh mục's heading row ("STT … Mã … Tên minh chứng") is printed on it. */
function headingCounts(pdf: string): number[] {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
  return pages.map((page) => page.split('\n').filter((line) => /^\s*STT\s+Mã\s+Tên minh chứng/.test(line)).length);
}

/** The Danh mục's heading row as printed: the lines between "(Kèm theo …)" and the first item (the sample's "Nghị quyết …", whose cells of two lines start above its number), each cut into its columns. */
function annexHeading(pdf: string): string[][] {
  const lines = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-']).toString().split('\n');
  const from = lines.findIndex((l) => l.trim().startsWith('(Kèm theo'));
  const to = lines.findIndex((l, i) => i > from && /Nghị quyết|^\s*1\s+H1\.01/.test(l));
  return lines
    .slice(from + 1, to)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s{2,}/));
}

const dir = mkdtempSync(join(tmpdir(), 'cdht-pdf-layout-'));
const printed = new Map<string, string[][]>();
const headings = new Map<string, Array<[boolean, boolean]>>();
let headers: string[][] = [];
let heading: string[][] = [];
let annexText = '';
const CASES = { 'danh-muc-19': [19, 'evidence'], 'danh-muc-32': [32, 'evidence'], 'tong-hop-48': [48, 'summary'] } as const;
/** The Danh mục with Drive share links at their real length, of the sample's 14 items and more (review rev13c F2), everywhere or in the list only. */
const DRIVE: Array<[number, 'all' | 'list']> = [
  [14, 'all'],
  [15, 'all'],
  [16, 'all'],
  [17, 'all'],
  [19, 'all'],
  [21, 'all'],
  [14, 'list'],
  [19, 'list'],
];
const driveCounts = new Map<string, number[]>();

beforeAll(async () => {
  const files = await Promise.all(
    Object.entries(CASES).map(async ([name, [n, kind]]) => {
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, await renderDocx([documentOf(n, kind)], name));
      return path;
    }),
  );
  const names = join(dir, 'to-trinh.docx');
  writeFileSync(names, await renderDocx(proposals(), 'Tờ trình'));
  const drive = await Promise.all(
    DRIVE.map(async ([n, where]) => {
      const path = join(dir, `drive-${n}-${where}.docx`);
      writeFileSync(path, await renderDocx([documentOf(n, 'evidence', where)], `drive-${n}`));
      return path;
    }),
  );
  const pdfs = writePdfs([...files, names, ...drive], dir);
  DRIVE.forEach(([n, where], i) => {
    driveCounts.set(`${n} ${where}`, headingCounts(pdfs[files.length + 1 + i]));
  });
  Object.keys(CASES).forEach((name, i) => {
    printed.set(name, pageMarks(pdfs[i]));
    headings.set(name, headingsOfPages(pdfs[i]));
  });
  heading = annexHeading(pdfs[0]);
  annexText = execFileSync('pdftotext', ['-layout', pdfs[0], '-']).toString();
  headers = leftHeaders(pdfs[files.length]);
}, 180_000);

describe("the header's commune line (LibreOffice PDF)", () => {
  it('breaks only between words: at 12 pt on one line where it fits, else between words at 13 pt', () => {
    // The parent line "UBND TỈNH SÔNG LAM" (the sample's province), then the commune's committee in bold.
    expect(headers).toEqual([
      ['UBND TỈNH SÔNG LAM', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH HƯNG HÒA'],
      // Fits one line at 12 pt under the header rules merged with s8-names (a fewer-lines set at 12 pt is preferred).
      ['UBND TỈNH SÔNG LAM', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ THƯỢNG TÂY'],
      ['UBND TỈNH SÔNG LAM', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG HOÀNG VĂN THỤ'],
      ['UBND TỈNH SÔNG LAM', 'ỦY BAN NHÂN DÂN', 'XÃ QUẢNG PHƯƠNG ĐÔNG'],
      // About 69,5 mm even at 12 pt, over either column: the name the ward bears whole under its unit
      // (session 10, F10), where LibreOffice broke it inside the name ("PHƯỜNG NGUYỄN / TRUNG TRỰC").
      ['UBND TỈNH SÔNG LAM', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG', 'NGUYỄN TRUNG TRỰC'],
      ['UBND THÀNH PHỐ HỒ CHÍ MINH', 'ỦY BAN NHÂN DÂN', 'PHƯỜNG BÌNH HƯNG HÒA'],
    ]);
  });
});

describe("the Danh mục's heading row (LibreOffice PDF)", () => {
  it('never breaks a heading inside a word: "Cơ quan ban hành" whole in the issuer\'s column as widened in session 10 (session 9: never "Cơ quan ban / hành")', () => {
    // At 0,14 of the page it took two lines, "Cơ quan / ban hành" (keptHeading; narrow columns: table-headings.test.ts).
    expect(heading).toEqual([['STT', 'Mã', 'Tên minh chứng', 'Số, ngày ban hành', 'Cơ quan ban hành', 'Chỉ tiêu', 'Liên kết']]);
  });
});

describe("the Danh mục's issuer column (LibreOffice PDF)", () => {
  // Session 10: at 0,14 of the page it printed "Ủy ban nhân dân / xã", "Hội Khuyến học / xã".
  it('prints a commune\'s committee and its Hội Khuyến học on one line, never "xã" alone under them', () => {
    const issuers = itemsOf(19).map((item) => item[3]);
    // Lines of the table: the "(Kèm theo … của Ủy ban nhân dân xã Hòa An)" line above it aside.
    const count = (name: string) => annexText.split('\n').filter((line) => line.includes(name) && !line.includes('Kèm theo')).length;
    expect([count('Ủy ban nhân dân xã'), count('Hội Khuyến học xã')]).toEqual([issuers.filter((i) => i === 'Ủy ban nhân dân xã').length, issuers.filter((i) => i === 'Hội Khuyến học xã').length]);
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the signature page carries the last rows of the table (LibreOffice PDF)', () => {
  it('Danh mục minh chứng with 19 items: items 18 and 19 go over with "Tổng số" and the signature', () => {
    expect(printed.get('danh-muc-19')).toEqual([
      ['1 H1.01', '2 H1.02', '3 H1.03', '4 H1.04', '5 H2.01', '6 H2.02', '7 H2.03', '8 H3.01'],
      ['9 H3.02', '10 H3.03', '11 H4.01', '12 H4.02', '13 H5.01', '14 H5.02', '15 H5.03', '16 H5.04', '17 H5.05'],
      ['18 H5.06', '19 H5.07', 'Tổng số', 'CHỦ TỊCH'],
    ]);
  });
  it('Danh mục minh chứng with 32 items: items 31 and 32 go over', () => {
    expect(printed.get('danh-muc-32')?.at(-1)).toEqual(['31 H5.19', '32 H5.20', 'Tổng số', 'CHỦ TỊCH']);
  });
  it('Bản tổng hợp whose indicator 5.1 cites 35 codes: indicator 5.2 and the total row go over with "Kết luận"', () => {
    expect(printed.get('tong-hop-48')?.at(-1)).toEqual(['5.2', 'Tổng số', 'Kết luận', 'CHỦ TỊCH']);
  });
});

describe('every page holding rows of the table holds its heading row (LibreOffice PDF; review 13b finding 8)', () => {
  // The kept rows are a table of their own; where they begin the signature's page they carry the heading (render-docx.ts tableParts).
  it('Danh mục of 19 and 32 items, Bản tổng hợp of 48 codes: the heading on every page, the signature page too', () => {
    expect(Object.fromEntries([...headings])).toEqual({
      'danh-muc-19': [
        [true, true],
        [true, true],
        [true, true],
      ],
      'danh-muc-32': [
        [true, true],
        [true, true],
        [true, true],
        [true, true],
      ],
      'tong-hop-48': [
        [true, true],
        [true, true],
        [true, true],
        [true, true],
      ],
    });
  });
});

describe('the Danh mục with Drive share links at their real length (LibreOffice PDF; review rev13c F2)', () => {
  // The kept last rows begin a page only after a forced break, with the heading over them; the estimate breaks a link as LibreOffice does.
  it('prints the heading row once on every page, never twice on one, never missing over the last rows', () => {
    const once = (counts: number[] | undefined) => (counts?.length && counts.every((count) => count === 1) ? 'once a page' : counts);
    expect(Object.fromEntries([...driveCounts].map(([name, counts]) => [name, once(counts)]))).toEqual(Object.fromEntries(DRIVE.map(([n, where]) => [`${n} ${where}`, 'once a page'])));
  });
});
