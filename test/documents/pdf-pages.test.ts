/**
 * The sample dossiers and the roll-up report as they print: the demo's .docx files, converted to PDF
 * by LibreOffice (what a commune without Word opens them with; `npm test` installs it), then read
 * page by page with pdftotext. Each document of a file starts a page without a page number (numbers
 * run from page 2 of each document), which is how the pages are shared out among its documents.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { lower } from '../../src/core/documents/layout';
import type { Block, CellBlock, ReportDocument, TableBlock } from '../../src/core/documents/model';
import { writeSampleDossiers } from '../../scripts/dossier';
import { writePdfs } from '../../scripts/render-pdf';
import { sampleSummary, writeSampleSummary } from '../../scripts/summary';
import { sampleDossiers } from '../fixtures/dossiers';

interface PrintedDocument {
  doc: ReportDocument;
  /** The text of each page (pdftotext -layout), page number line included. */
  pages: string[];
  /** Its first page's number in the file (1 for the first document). */
  firstPage: number;
}

/** A link annotation of a PDF: the page it is on (from 1) and its address, as pdftohtml -xml reports it. */
interface PdfLink {
  page: number;
  href: string;
}

const dir = mkdtempSync(join(tmpdir(), 'cdht-pdf-'));
const printed = new Map<string, PrintedDocument[]>();

const lines = (page: string) => page.split('\n').filter((l) => l.trim() !== '');
/** The page number LibreOffice prints at the top of every page but a document's first. */
const numbered = (page: string) => /^\d+$/.test(lines(page)[0]?.trim() ?? '');

/** A file's pages shared out among its documents, in filing order. */
function splitPages(file: string, docs: ReportDocument[]): PrintedDocument[] {
  const pages = execFileSync('pdftotext', ['-layout', file, '-']).toString().split('\f').slice(0, -1);
  const starts = pages.flatMap((page, i) => (numbered(page) ? [] : [i]));
  if (starts.length !== docs.length) throw new Error(`${basename(file)}: ${starts.length} first pages for ${docs.length} documents`);
  return docs.map((doc, i) => ({ doc, pages: pages.slice(starts[i], starts[i + 1]), firstPage: starts[i] + 1 }));
}

/** The link annotations of a PDF, page by page (poppler's pdftohtml writes each as an <a href> of its page). */
function pdfLinks(file: string): PdfLink[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file]).toString();
  return xml.split('<page number="').flatMap((part) => {
    const page = Number.parseInt(part, 10);
    return [...part.matchAll(/<a href="([^"]*)"/g)].map((m) => ({ page, href: m[1].replace(/&amp;/g, '&') }));
  });
}
const links = new Map<string, PdfLink[]>();

beforeAll(() => {
  const dossiers = sampleDossiers().map((s) => {
    const result = buildDossier(s.assessment, s.date);
    if (!result.ok) throw new Error(result.missing.join(' '));
    return { name: s.name, docs: result.documents };
  });
  return Promise.all([writeSampleDossiers(dir), writeSampleSummary(dir)]).then(([written, summary]) => {
    const pdfs = writePdfs([...written.map((w) => w.path), summary], dir);
    dossiers.forEach(({ name, docs }, i) => {
      printed.set(name, splitPages(pdfs[i], docs));
      links.set(name, pdfLinks(pdfs[i]));
    });
    printed.set('bao-cao-tong-hop', splitPages(pdfs[pdfs.length - 1], [sampleSummary()]));
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Words of a text, for comparing what a page shows with the model (the PDF's spaces are ordinary). */
const words = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** A signature line's words, compared whatever their case, dashes and stops ("- Như trên;"). */
const signatureTokens = (text: string) => words(text.toUpperCase().replace(/^- /, '')).map((w) => w.replace(/[;.:]+$/, ''));

/** Every word of a document's signature blocks (authorities, titles, names, Nơi nhận). */
function signatureWords(doc: ReportDocument): Set<string> {
  const texts = doc.blocks.flatMap((b) =>
    b.kind === 'signature' ? [...(b.recipients ? ['Nơi nhận:', 'Như trên', ...b.recipients] : []), ...b.signers.flatMap((s) => [s.authority ?? '', s.title, s.name])] : [],
  );
  return new Set(texts.flatMap(signatureTokens));
}

/** A page (pdftotext -layout) holding nothing but the page number and words of the signature blocks. */
function signatureOnly(page: string, signature: ReadonlySet<string>): boolean {
  const content = lines(page).slice(numbered(page) ? 1 : 0);
  return content.every((line) => signatureTokens(line.trim()).every((w) => signature.has(w)));
}

/**
 * The fewest lines of text a page must carry above the signature block that starts on it: a page
 * holding one line ("Trên đây là báo cáo …./.") and the signature reads as a stub a văn thư sends
 * back, so the paragraph before goes over with it; a closing sentence of two lines is enough
 * (Nghị định 30/2020 asks only that the signature's page carry text), and keeping more left the
 * page before a two-page Tờ trình up to 118 pt empty (review 13d F7; layout.ts CLOSING_LINES).
 */
const MIN_LINES_ABOVE_SIGNATURE = 2;

/**
 * The lines of text above the signature block that ends `page` (its last lines made only of
 * signature words, one of them a signer's name), page number left out; null when no signature
 * ends the page.
 */
function linesAboveSignature(page: string, signature: ReadonlySet<string>, names: readonly string[]): number | null {
  const content = lines(page).slice(numbered(page) ? 1 : 0);
  let k = content.length;
  while (k > 0 && signatureTokens(content[k - 1].trim()).every((w) => signature.has(w))) k--;
  const tail = content.slice(k).join(' ');
  return names.some((name) => tail.includes(name)) ? k : null;
}

/** The names of a document's signers, as printed under their signature. */
const signerNames = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === 'signature' ? b.signers.map((s) => s.name).filter(Boolean) : []));

/** A page whose last lines are made only of a table's heading words and hold all of them: a lone heading row. */
function endsOnHeading(page: string, heading: readonly string[]): boolean {
  const inHeading = new Set(heading);
  const content = lines(page);
  let k = content.length;
  while (k > 0 && words(content[k - 1]).every((w) => inHeading.has(w))) k--;
  const tail = new Set(content.slice(k).flatMap(words));
  return heading.every((w) => tail.has(w));
}

const cellText = (cell: TableBlock['rows'][number]['cells'][number]) => ('text' in cell ? cell.text : cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text) : [])).join(' '));

describe('the printed sample documents', () => {
  it('fit the Tờ trình on one page in every sample that has one', () => {
    const counted: string[] = [];
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs.filter((d) => d.doc.kind === 'proposal')) {
        counted.push(name);
        expect(pages.length, `${name}: ${doc.title}`).toBe(1);
      }
    }
    expect(counted).toEqual(['ho-so-TT25', 'ho-so-TT25-muc-do-2', 'ho-so-TT25-chua-du', 'ho-so-TT44']);
  });

  it('never leave a signature block alone on a page', () => {
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        const signature = signatureWords(doc);
        pages.forEach((page, i) => {
          expect(signatureOnly(page, signature), `${name}: ${doc.title}, trang ${i + 1}:\n${page}`).toBe(false);
        });
      }
    }
  });

  it('never leave the closing sentence alone with the signature on its page', () => {
    const stubs: string[] = [];
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        const signature = signatureWords(doc);
        const names = signerNames(doc);
        pages.forEach((page, i) => {
          const above = linesAboveSignature(page, signature, names);
          if (above !== null && above < MIN_LINES_ABOVE_SIGNATURE) stubs.push(`${name}: ${doc.title}, trang ${i + 1} (${above} dòng):\n${page}`);
        });
      }
    }
    expect(stubs).toEqual([]);
  });

  /**
   * A part that starts on a page of its own (the TT44 phiếu after the minutes' signatures) is a
   * one-page form: its title, the last row of its table and its signer's name print on that page,
   * never its total and signature alone on a second page.
   */
  it('print a part that starts a page of its own on that one page', () => {
    const parts: string[] = [];
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        const start = doc.blocks.findIndex((b) => b.kind === 'pageBreak');
        if (start < 0) continue;
        const part = doc.blocks.slice(start + 1);
        const title = part.find((b) => b.kind === 'title');
        const table = part.find((b): b is TableBlock => b.kind === 'table');
        const signature = part.find((b) => b.kind === 'signature');
        if (title?.kind !== 'title' || !table || signature?.kind !== 'signature') throw new Error(`${name}: ${doc.title} has a part without title, table or signature`);
        // A wrapped cell's lines interleave with its neighbours' in pdftotext's layout: the last row's words are looked up one by one.
        const last = words(table.rows[table.rows.length - 1].cells.map(cellText).join(' '));
        const page = pages.findIndex((p) => words(p).join(' ').includes(title.typeName));
        const text = words(pages[page] ?? '');
        const joined = text.join(' ');
        parts.push(`${name}: ${title.typeName}, trang ${page + 1}: dòng cuối ${last.every((w) => text.includes(w))}, người ký ${signature.signers.every((s) => joined.includes(s.name))}`);
      }
    }
    expect(parts).toEqual(['ho-so-TT44: PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM, trang 3: dòng cuối true, người ký true']);
  });

  /**
   * A label and its number are read as one ("Mức độ 1", "chỉ tiêu 2.2", "≥ 80%", "năm 2025"): a
   * line that ends on the label and leaves the number to the next ("không đạt Mức / độ 1") reads
   * as a typo. Every line of every page, a table's full-width rows included.
   */
  it('never break a line between a label and its number', () => {
    const broken: string[] = [];
    const label = /(?:^|\s)(?:[Mm]ức|[Mm]ức độ|[Tt]iêu chí|[Cc]hỉ tiêu|Điều|khoản|năm|≥|≤)$/u;
    const number = /^(?:độ\s+)?\d/u;
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        // A chart's title stands above its axis labels, which are numbers.
        const charts = new Set(doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b.title] : [])));
        pages.forEach((page, p) => {
          const rows = page.split('\n').map((r) => r.replace(/\u00a0/g, ' ').trim());
          rows.forEach((text, i) => {
            if (!charts.has(text) && label.test(text) && number.test(rows[i + 1] ?? '')) broken.push(`${name}: ${doc.title}, trang ${p + 1}: "${text}" / "${rows[i + 1]}"`);
          });
        });
      }
    }
    expect(broken).toEqual([]);
  });

  it("never open a page with a criterion's verdict, cut off from the indicators it sums up", () => {
    const opened: string[] = [];
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        pages.forEach((page, i) => {
          const first =
            lines(page)
              .slice(numbered(page) ? 1 : 0)[0]
              ?.trim() ?? '';
          if (/^Tự đánh giá tiêu chí/.test(first)) opened.push(`${name}: ${doc.title}, trang ${i + 1}: ${first}`);
        });
      }
    }
    expect(opened).toEqual([]);
  });

  it("never end a page on a table's heading row", () => {
    for (const [name, docs] of printed) {
      for (const { doc, pages } of docs) {
        const headed = lower(doc.blocks).filter((b): b is TableBlock => b.kind === 'table' && b.rows[0]?.header === true);
        for (const table of headed) {
          const heading = words(table.rows[0].cells.map(cellText).join(' '));
          pages.forEach((page, i) => {
            expect(endsOnHeading(page, heading), `${name}: ${doc.title}, trang ${i + 1} kết thúc bằng dòng tiêu đề bảng`).toBe(false);
          });
        }
      }
    }
  });
});

/** The addresses a document links to, in order, each once (Run.link). */
function linkRuns(doc: ReportDocument): string[] {
  const cells = doc.blocks.flatMap((b): Array<Block | CellBlock> => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => ('text' in c ? [] : c.blocks))) : [b]));
  return [...new Set(cells.flatMap((b) => (b.kind === 'paragraph' ? b.runs.flatMap((r) => (r.link === undefined ? [] : [r.link])) : [])))];
}

describe('the links of the printed samples', () => {
  it("are link annotations of the PDF, on the Danh mục minh chứng's pages only, one address for each link it lists", () => {
    const found: string[] = [];
    for (const [name, docs] of printed) {
      const annex = docs.find((d) => d.doc.kind === 'evidence');
      if (!annex) continue;
      const expected = linkRuns(annex.doc);
      expect(expected.length, name).toBeGreaterThan(2);
      const pdf = links.get(name) ?? [];
      const last = annex.firstPage + annex.pages.length - 1;
      expect(
        pdf.filter((l) => l.page < annex.firstPage || l.page > last),
        name,
      ).toEqual([]);
      // A link that wraps onto a second line is one annotation a line, with the same address.
      expect([...new Set(pdf.map((l) => l.href))], name).toEqual(expected);
      found.push(name);
    }
    expect(found).toEqual(['ho-so-TT25', 'ho-so-TT25-muc-do-2', 'ho-so-TT25-chua-dat', 'ho-so-TT25-chua-du', 'ho-so-TT44']);
  });
});

describe('the page checks themselves', () => {
  const heading = words('Mã Tiêu chí, chỉ tiêu Yêu cầu Mức độ 1 Kết quả của xã Đánh giá');
  it('see a page ending on a heading row, and not one where a row follows it', () => {
    const foot = '  1.3   Xây dựng kế hoạch   Đạt   Đạt\n                      Yêu cầu   Kết quả của\n Mã   Tiêu chí, chỉ tiêu     Đánh giá\n                      Mức độ 1   xã\n';
    expect(endsOnHeading(foot, heading)).toBe(true);
    expect(endsOnHeading(`${foot}  2.1   Bố trí đủ kinh phí   Đạt   Đạt\n`, heading)).toBe(false);
  });

  it('see a page holding only a signature, and not one with a closing line', () => {
    const signature = new Set(signatureTokens('TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình'));
    const page = '4\n\n    TM. ỦY BAN NHÂN DÂN\n         CHỦ TỊCH\n\n       Nguyễn Văn Bình\n';
    expect(signatureOnly(page, signature)).toBe(true);
    expect(signatureOnly(page.replace('4\n', '4\nKết luận: xã Hòa An đạt.\n'), signature)).toBe(false);
  });

  it('count the lines above a signature that ends a page, and see no signature on a page without one', () => {
    const signature = new Set(signatureTokens('Nơi nhận: Như trên TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình'));
    const page = '6\n    Trên đây là báo cáo của Ủy ban nhân dân xã Hòa An./.\nNơi nhận:        TM. ỦY BAN NHÂN DÂN\n- Như trên;          CHỦ TỊCH\n\n     Nguyễn Văn Bình\n';
    expect(linesAboveSignature(page, signature, ['Nguyễn Văn Bình'])).toBe(1);
    expect(linesAboveSignature(page.replace('6\n', '6\nV. KIẾN NGHỊ, ĐỀ XUẤT\nĐề nghị cấp trên hỗ trợ kinh phí.\n'), signature, ['Nguyễn Văn Bình'])).toBe(3);
    expect(linesAboveSignature('3\n  Tiêu chí 4. Mạng lưới cơ sở giáo dục\n  - Minh chứng: H4.01.\n', signature, ['Nguyễn Văn Bình'])).toBeNull();
  });
});
