/**
 * The width tables (font-widths.ts) are an upper bound of what LibreOffice prints (the PDF a commune
 * without Word gets), read back with pdftotext -bbox: the place and date line in italic as typeset
 * (its "ngày", "tháng", "năm" bound to their numbers by no-break spaces), and body and header text
 * in the three faces. Review rev13c F8: "Nguyễn Trung Trực, ngày 28 tháng 12" printed 78,35 mm
 * where the tables said 77,45 mm, LibreOffice printing an italic no-break space at about 0,34 em
 * instead of the font's 0,25; the line wrapped to leave "năm 2025" alone. Expected: every line
 * printed no wider than measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Face, printedWidthMm } from '../../src/core/documents/text-width';
import { typeset } from '../../src/core/documents/typeset';
import { writePdfs } from '../../scripts/render-pdf';

/** Places of long date lines (pdf-one-page.test.ts, the review's), dated late in the year and early. */
const PLACES = ['Nguyễn Trung Trực', 'Nông Trường Trần Phú', 'Văn Miếu - Quốc Tử Giám', 'Trương Quang Trọng', 'Đông Hưng Thuận', 'Hòa An'];
const DATES = ['ngày 28 tháng 12 năm 2025', 'ngày 28 tháng 12 năm 2021', 'ngày 05 tháng 3 năm 2026'];
/** Body and header text as the documents print it: numbers bound to their labels, Vietnamese letters LibreOffice takes from DejaVu Serif. */
const TEXTS = [
  'Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 27 tháng 12 năm 2023',
  'Ủy ban nhân dân phường đã tổ chức tự đánh giá theo 5 tiêu chí, 15 chỉ tiêu',
  'đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025',
  'THỊ TRẤN NÔNG TRƯỜNG TRẦN PHÚ',
];

const CASES: Array<{ text: string; face: Face; sizePt: number }> = [
  ...PLACES.flatMap((place) => DATES.flatMap((date) => [13, 14].map((sizePt) => ({ text: typeset(`${place}, ${date}`), face: 'italic' as Face, sizePt })))),
  ...TEXTS.flatMap((text) => (['regular', 'bold', 'italic'] as Face[]).flatMap((face) => [11, 13].map((sizePt) => ({ text: typeset(text), face, sizePt })))),
];

/** What LibreOffice's glyph positions (whole twips) and pdftotext's rounding add to a line: found up to 0,02 mm. */
const READ_MM = 0.05;

const dir = mkdtempSync(join(tmpdir(), 'cdht-widths-'));
/** Per case, its printed width in millimetres: from its first word's left to its last word's right, the marker "#i#" before it aside. */
const printed: number[] = [];

beforeAll(async () => {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ children: CASES.map((c, i) => new Paragraph({ children: [new TextRun({ text: `#${i}# ${c.text}`, italics: c.face === 'italic', bold: c.face === 'bold', size: c.sizePt * 2 })] })) }],
  });
  const path = join(dir, 'widths.docx');
  writeFileSync(path, await Packer.toBuffer(doc));
  const [pdf] = writePdfs([path], dir);
  execFileSync('pdftotext', ['-bbox-layout', pdf, join(dir, 'bbox.html')]);
  // Words by line (a glyph LibreOffice takes from DejaVu Serif is a word of its own, same line).
  for (const line of readFileSync(join(dir, 'bbox.html'), 'utf8').split('<line ').slice(1)) {
    const words = [...line.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), text: m[3] }));
    const marker = /^#(\d+)#$/.exec(words[0]?.text ?? '');
    if (!marker || words.length < 2) continue;
    printed[Number(marker[1])] = ((Math.max(...words.slice(1).map((w) => w.to)) - words[1].from) * 25.4) / 72;
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('printedWidthMm against LibreOffice (PDF)', () => {
  it('is never short of a printed line: the date lines in italic, body and header text in every face', () => {
    const short = CASES.flatMap((c, i) =>
      printed[i] > printedWidthMm(c.text, c.sizePt, c.face) + READ_MM
        ? [`${c.face} ${c.sizePt} pt "${c.text}": ${printed[i].toFixed(2)} mm > ${printedWidthMm(c.text, c.sizePt, c.face).toFixed(2)} mm`]
        : [],
    );
    expect(printed.filter((w) => w > 0)).toHaveLength(CASES.length);
    expect(short).toEqual([]);
  });
});
