/**
 * The DOCX renderer, read back: the sample commune's TT25 and TT44 dossiers are rendered, unzipped
 * and their WordprocessingML checked for what Nghị định 30/2020/NĐ-CP asks (A4, margins, Times New
 * Roman, header block, page numbers from page 2) and for the texts and tables of the model.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import { renderDocx } from '../../src/docx/render-docx';
import { all, attr, bodyParts, rawTextOf, tableCells, tables, textOf, unzipDocx } from './docx-xml';
import { TODAY, sample, sampleDossiers } from '../fixtures/dossiers';

function documentsOf(rulesetId: 'TT25' | 'TT44'): ReportDocument[] {
  const result = buildDossier(sample(rulesetId), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents;
}

/** Millimetres in twips (1/1440 inch), as Word stores page sizes and margins. */
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

describe('DOCX of the TT25 dossier', () => {
  let bytes: Buffer;
  let files: Map<string, string>;
  let xml: string;

  beforeAll(async () => {
    bytes = await renderDocx(documentsOf('TT25'));
    files = unzipDocx(bytes);
    xml = files.get('word/document.xml')!;
  });

  it('is a zip that Word recognises as a document', () => {
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(files.get('[Content_Types].xml')).toContain('wordprocessingml.document.main+xml');
  });

  it("has one A4 section per document, the summary landscape, with the decree's margins", () => {
    const sections = all(xml, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
    expect(sections).toHaveLength(5);
    const sizes = sections.map((s) => [attr(s, 'w:pgSz', 'w:w'), attr(s, 'w:pgSz', 'w:h'), attr(s, 'w:pgSz', 'w:orient')]);
    expect(sizes).toEqual([
      ['11906', '16838', 'portrait'],
      ['11906', '16838', 'portrait'],
      ['16838', '11906', 'landscape'],
      ['16838', '11906', 'landscape'],
      ['11906', '16838', 'portrait'],
    ]);
    for (const section of sections) {
      // Top and bottom 20 mm, left 30 mm, right 15 mm: the smallest Nghị định 30 allows.
      expect(attr(section, 'w:pgMar', 'w:top')).toBe(String(twips(20)));
      expect(attr(section, 'w:pgMar', 'w:bottom')).toBe(String(twips(20)));
      expect(attr(section, 'w:pgMar', 'w:left')).toBe(String(twips(30)));
      expect(attr(section, 'w:pgMar', 'w:right')).toBe(String(twips(15)));
    }
  });

  it('numbers pages from page 2: a blank first-page header and a centred PAGE field in the others', () => {
    const sections = all(xml, /<w:sectPr>[\s\S]*?<\/w:sectPr>/g);
    const rels = files.get('word/_rels/document.xml.rels')!;
    for (const section of sections) {
      expect(section).toContain('<w:titlePg/>');
      expect(attr(section, 'w:pgNumType', 'w:start')).toBe('1');
      const target = (type: string) => {
        const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(section)![1];
        return files.get(`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]}`)!;
      };
      expect(target('default')).toContain('PAGE');
      expect(attr(target('default'), 'w:jc', 'w:val')).toBe('center');
      expect(target('first')).not.toContain('PAGE');
    }
  });

  it('sets Times New Roman 14 pt as the document font', () => {
    const styles = files.get('word/styles.xml')!;
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)![0];
    expect(attr(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(attr(defaults, 'w:rFonts', 'w:hAnsi')).toBe('Times New Roman');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('28');
  });

  it('opens with the header block as a borderless two-column table', () => {
    const [first] = bodyParts(xml);
    expect(first.startsWith('<w:tbl>')).toBe(true);
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(first)![0];
    expect(all(borders, /w:val="(?:none|nil)"/g).length).toBeGreaterThanOrEqual(4);
    expect(all(borders, /w:val="single"/g)).toHaveLength(0);
    expect(tableCells(first)).toEqual([
      ['UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN / XÃ HÒA AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc'],
      ['Số: 15/TTr-UBND', 'Hòa An, ngày 05 tháng 3 năm 2026'],
    ]);
    // Quốc hiệu bold; the date italic; a rule (bottom border) under the Tiêu ngữ.
    const paragraphsOf = (x: string) => all(x, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g);
    const nation = paragraphsOf(first).find((p) => textOf(p) === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!;
    expect(nation).toContain('<w:b/>');
    expect(paragraphsOf(first).find((p) => textOf(p).startsWith('Hòa An, ngày'))).toContain('<w:i/>');
    const afterMotto = paragraphsOf(first)[paragraphsOf(first).findIndex((p) => textOf(p) === 'Độc lập - Tự do - Hạnh phúc') + 1];
    expect(afterMotto).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // The body's name never breaks inside a line: its spaces are non-breaking.
    expect(paragraphsOf(first).map(rawTextOf)).toContain('UBND\u00a0TỈNH\u00a0SÔNG\u00a0LAM');
  });

  it('writes the type name and subject centred and bold, and the body justified with a first-line indent', () => {
    const parts = bodyParts(xml);
    const title = parts.find((p) => textOf(p) === 'TỜ TRÌNH')!;
    expect(attr(title, 'w:jc', 'w:val')).toBe('center');
    expect(title).toContain('<w:b/>');
    const basis = parts.find((p) => textOf(p).startsWith('Căn cứ Thông tư số 25/2023/TT-BGDĐT'))!;
    expect(attr(basis, 'w:jc', 'w:val')).toBe('both');
    expect(attr(basis, 'w:ind', 'w:firstLine')).toBe(String(twips(10)));
  });

  it('carries the texts of all five documents', () => {
    const text = bodyParts(xml).map(textOf).join('\n');
    for (const expected of [
      'Kính gửi: Sở Giáo dục và Đào tạo tỉnh Sông Lam.',
      'Tự đánh giá, công nhận “Cộng đồng học tập” cấp xã năm 2025',
      'Kết quả đánh giá các tiêu chí, chỉ tiêu “Cộng đồng học tập” cấp xã năm 2025',
      'Họp đánh giá, đề nghị công nhận “Cộng đồng học tập” cấp xã năm 2025',
      'Các chỉ tiêu không đạt Mức độ 2: chỉ tiêu 4.3, chỉ tiêu 5.1 và chỉ tiêu 5.2.',
      'DANH MỤC MINH CHỨNG',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('keeps each label on the line of its number and curls straight quotes, in body text and in table cells', () => {
    const parts = bodyParts(xml);
    const failing = parts.find((p) => textOf(p).startsWith('Các chỉ tiêu không đạt Mức độ 2'))!;
    expect(rawTextOf(failing)).toBe('Các chỉ tiêu không đạt Mức\u00a0độ\u00a02: chỉ\u00a0tiêu\u00a04.3, chỉ\u00a0tiêu\u00a05.1 và chỉ\u00a0tiêu\u00a05.2.');
    const summary = tables(xml).find((t) => textOf(t).includes('Tổng số chỉ tiêu đạt Mức độ 1'))!;
    expect(tableCells(summary).find((r) => r[0] === '5.1')?.[2]).toBe('≥ 60%');
    expect(rawTextOf(summary)).toContain('≥\u00a060%');
    // The ruleset writes TC5.1 with straight quotes; the printed page has the legal text's curly ones.
    expect(tableCells(summary).find((r) => r[0] === '5.1')?.[1]).toBe('Tỷ lệ công dân trong xã đạt danh hiệu “Công dân học tập” (Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023)');
    expect(textOf(xml)).not.toContain('"');
    // No label anywhere in the file is followed by an ordinary space and a number.
    expect(rawTextOf(xml)).not.toMatch(/(Mức độ|chỉ tiêu|Tiêu chí|năm|≥) \d/);
  });

  it('draws the summary as a bordered table whose heading row repeats on every page and keeps with the next row', () => {
    const summary = tables(xml).find((t) => textOf(t).includes('Yêu cầu Mức độ 1'))!;
    const rows = tableCells(summary);
    expect(rows).toHaveLength(23);
    expect(rows[0]).toEqual(['Mã', 'Tiêu chí, chỉ tiêu', 'Yêu cầu Mức độ 1', 'Kết quả của xã', 'Đánh giá', 'Mã minh chứng']);
    const tc51 = rows.find((r) => r[0] === '5.1')!;
    expect(tc51.slice(2, 6)).toEqual(['≥ 60%', '65,12%', 'Đạt', 'H5.01']);
    expect(summary).toContain('<w:tblHeader/>');
    const rowXml = all(summary, /<w:tr>[\s\S]*?<\/w:tr>/g);
    expect(rowXml[0]).toContain('<w:keepNext/>');
    // A criterion is one cell across the six columns, kept with its first indicator.
    expect(rowXml[1]).toContain('<w:gridSpan w:val="6"/>');
    expect(rowXml[1]).toContain('<w:keepNext/>');
    expect(rowXml[2]).not.toContain('<w:keepNext/>');
    expect(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(summary)![0]).toContain('w:val="single"');
  });

  it('puts the signature bottom right and Nơi nhận, bold italic, bottom left', () => {
    const signature = tables(xml).find((t) => textOf(t).includes('Nơi nhận:'))!;
    expect(tableCells(signature)).toEqual([['Nơi nhận: / - Như trên; / - Hội Khuyến học tỉnh; / - Đảng ủy xã; / - Lưu: VT, VHXH.', 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / Nguyễn Văn Bình']]);
    const label = all(signature, /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g).find((p) => textOf(p) === 'Nơi nhận:')!;
    expect(label).toContain('<w:b/>');
    expect(label).toContain('<w:i/>');
    // Not a heading row: a signature repeated at the top of a following page would be a second signature.
    expect(signature).not.toContain('<w:tblHeader/>');
  });

  it('highlights the placeholders of the narrative left blank (the incomplete sample)', async () => {
    const incomplete = sampleDossiers().find((s) => !s.complete)!;
    const result = buildDossier(incomplete.assessment, incomplete.date);
    if (!result.ok) throw new Error(result.missing.join(' '));
    const gaps = unzipDocx(await renderDocx(result.documents)).get('word/document.xml')!;
    const highlighted = all(gaps, /<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<\/w:r>/g).map(textOf);
    expect(highlighted).toHaveLength(3);
    expect(highlighted[0]).toContain('Cần bổ sung: kết quả thực hiện của chỉ tiêu 2.3');
    expect(highlighted[1]).toContain('Cần bổ sung: Kết quả nổi bật');
    // The complete sample has none.
    expect(xml).not.toContain('<w:highlight');
  });

  it('embeds the criteria chart as a native Word chart', () => {
    const chart = files.get('word/charts/chart1.xml')!;
    expect(chart).toContain('Số chỉ tiêu đạt theo từng tiêu chí');
    expect(chart).toContain('Tiêu chí 5');
    expect(xml).toContain('drawingml/2006/chart');
    // Tagged Vietnamese, number formats included, so figures read 6,5 and never 6.5.
    expect(chart).toContain('<c:lang val="vi-VN"/>');
    expect(chart).not.toContain('en-US');
    expect(all(chart, /formatCode="([^"]*)"/g).every((f) => f.includes('[$-42A]'))).toBe(true);
  });
});

describe('DOCX of the TT44 dossier', () => {
  it('starts the phiếu tự đánh giá on a new page, with its 15 criteria, the total and the rating', async () => {
    const xml = unzipDocx(await renderDocx(documentsOf('TT44'))).get('word/document.xml')!;
    expect(all(xml, /<w:sectPr>/g)).toHaveLength(4);
    const parts = bodyParts(xml);
    const sheetTitle = parts.findIndex((p) => textOf(p) === 'PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM');
    // The title itself starts the page, with no space above it and no empty paragraph before it
    // (the minutes' signature table comes right before): an empty line would push the phiếu over.
    expect(parts[sheetTitle]).toContain('<w:pageBreakBefore/>');
    expect(parts[sheetTitle]).toContain('<w:spacing w:after="0" w:before="0"');
    expect(parts[sheetTitle - 1].startsWith('<w:tbl>')).toBe(true);
    expect(all(xml, /<w:pageBreakBefore\/>/g)).toHaveLength(1);
    const sheet = tables(xml).find((t) => textOf(t).includes('Điểm tự chấm'))!;
    const rows = tableCells(sheet);
    expect(rows).toHaveLength(17);
    expect(rows[16].slice(1, 5)).toEqual(['Tổng số điểm', '100', '74,5', 'Xếp loại: Khá']);
  });
});

/** LibreOffice is what a commune without Word opens the file with; `npm test` installs it (scripts/test-deps.sh), so this never skips. */
describe('the TT25 DOCX opened by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts to an A4 PDF with the Vietnamese text intact', async () => {
    const docx = join(dir, 'ho-so.docx');
    writeFileSync(docx, await renderDocx(documentsOf('TT25')));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
    const pdf = join(dir, 'ho-so.pdf');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']).toString();
    expect(firstPage).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(firstPage).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(firstPage).toContain('TỜ TRÌNH');
    // No number on a document's first page; "2" alone on the first line of its second page.
    const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdf, '-']).toString();
    expect(['2', 'UBND TỈNH SÔNG LAM']).toContain(secondPage.trim().split('\n')[0].trim());
    expect(firstPage.trim().split('\n')[0].trim()).not.toBe('1');
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
  });
});
