/**
 * The Tờ trình on paper (README "Layout on paper"; issue 13: no near-empty second page) for the
 * longest real names of phường and xã after the merger of 07/2025, with their own city or province,
 * as LibreOffice prints it (the PDF a commune without Word gets). Review 13b finding 2: a header of
 * four lines, or a date line wrapped to leave "năm 2026" alone, pushed the closing onto page 2.
 * Review rev13c F8: dated 28 tháng 12 (the longest date a dossier made at the year's end gets),
 * "Nguyễn Trung Trực, ngày 28 tháng 12 / năm 2025" wrapped, the width tables being short of
 * LibreOffice's italic no-break space; so is "Thị trấn Nông Trường Trần Phú" on TT25 and on TT44
 * (dated 28/12/2021, its assessment year). Every Tờ trình here is dated 28 tháng 12. Expected: the
 * date printed whole on one line (the place may stand above it), and one page where the text fits
 * with the decree's 6 pt between paragraphs (Nghị định 30/2020), else two pages whose first is
 * filled to the closing kept with the signature, never a page 1 left a quarter empty.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import type { CommuneInfo } from '../../src/core/workbook/commune';
import { renderDocx } from '../../src/docx/render-docx';
import { writePdfs } from '../../scripts/render-pdf';
import { sample, withInfo } from '../fixtures/dossiers';
import { FOURTEEN_RECIPIENTS, TEN_RECIPIENTS, WARD } from '../fixtures/long-distribution';

/** A commune of `province`, whose committee's chairman decides and whose Sở receives the dossier. */
const of = (commune: string, province: string, short = province): Partial<CommuneInfo> => ({
  commune,
  province,
  decidingAuthority: `Chủ tịch UBND ${short}`,
  recipientBody: `Sở Giáo dục và Đào tạo ${short}`,
});

/** The longest names of the 3.321 units (Nghị quyết of the Ủy ban Thường vụ Quốc hội, 06/2025), and those the reviews found. */
const COMMUNES: Array<[name: string, info: Partial<CommuneInfo>, ruleset?: 'TT25' | 'TT44']> = [
  ['Văn Miếu - Quốc Tử Giám', of('Phường Văn Miếu - Quốc Tử Giám', 'Thành phố Hà Nội')],
  ['Xuân Trường - Đà Lạt', of('Phường Xuân Trường - Đà Lạt', 'Tỉnh Lâm Đồng', 'tỉnh Lâm Đồng')],
  ['Trương Quang Trọng', of('Phường Trương Quang Trọng', 'Tỉnh Quảng Ngãi', 'tỉnh Quảng Ngãi')],
  ['Chân Mây - Lăng Cô', of('Xã Chân Mây - Lăng Cô', 'Thành phố Huế')],
  ['Đông Hưng Thuận', of('Phường Đông Hưng Thuận', 'Thành phố Hồ Chí Minh')],
  ['Nguyễn Đại Năng', of('Phường Nguyễn Đại Năng', 'Thành phố Hải Phòng')],
  ['Tân Phước Khánh', { commune: 'Phường Tân Phước Khánh', province: 'TP.HCM', decidingAuthority: 'Chủ tịch UBND TP.HCM', recipientBody: 'Sở GD&ĐT TP.HCM' }],
  ['Nguyễn Trung Trực', { commune: 'Phường Nguyễn Trung Trực' }],
  ['Nông Trường Trần Phú', { commune: 'Thị trấn Nông Trường Trần Phú' }],
  ['Nông Trường Trần Phú (TT44)', { commune: 'Thị trấn Nông Trường Trần Phú' }, 'TT44'],
];

/** Dated at the year's end, the longest date line ("ngày 28 tháng 12"): TT25 in 2025, TT44 in its sample's year 2021. */
const DATED = { TT25: { date: new Date(2025, 11, 28), text: 'ngày 28 tháng 12 năm 2025' }, TT44: { date: new Date(2021, 11, 28), text: 'ngày 28 tháng 12 năm 2021' } } as const;

function proposal(info: Partial<CommuneInfo>, ruleset: 'TT25' | 'TT44' = 'TT25'): ReportDocument {
  const result = buildDossier(withInfo(sample(ruleset), info), DATED[ruleset].date);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents.find((d) => d.kind === 'proposal') as ReportDocument;
}

/**
 * A ward with the Nơi nhận of ten lines a ward's văn thư lists, a KT. signer and Mức độ 2 findings
 * (review rev13c F1): before, its gaps alone could not take the overflow, and it printed on two
 * pages, page 1 a quarter empty (177 pt under its last line), the closing kept with the signature
 * going over whole. At the decree's 6 pt between paragraphs neither it nor WIDER (four lines more)
 * fits one page: two pages, the first filled.
 */
const TEN: Partial<CommuneInfo> = { ...WARD, distribution: TEN_RECIPIENTS };
const WIDER: Partial<CommuneInfo> = { ...WARD, distribution: FOURTEEN_RECIPIENTS };
/**
 * What page 1 may leave free under its last line when a page 2 follows: the closing sentence of two
 * or three lines alone goes over with the signature (layout.ts CLOSING_LINES; Nghị định 30/2020 asks only that the
 * signature's page carry text), up to three lines at 14 pt and 1,15 (48 pt) with its 6 pt gap, and
 * less than a line (16 pt) of what could not follow on page 1: 70 pt (measured here: 40 to 69 pt).
 * Review 13d F7: with the closing's three paragraphs kept (items 3 and 4 of "Hồ sơ kèm theo" with
 * it), page 2 always began at item 3, and page 1 was left 89 to 118 pt empty.
 */
const KEPT_CLOSING_PT = 70;
/** A4 less its 20 mm bottom margin, in points from the top: where page 1's text may end. */
const TEXT_FOOT_PT = 842 - (20 * 72) / 25.4;

const dir = mkdtempSync(join(tmpdir(), 'cdht-one-page-'));
/** Per Tờ trình, its pages (pdftotext -layout; a document's first page has no page number) and the room under the last line of its first page. */
let printed: Array<{ pages: string[]; freePt: number }> = [];
/** "filled" when a Tờ trình of two pages leaves no more than the closing's room under page 1's last line. */
const filled = ({ pages, freePt }: { pages: string[]; freePt: number }) => (pages.length === 1 || freePt <= KEPT_CLOSING_PT ? 'filled' : `${freePt} pt free`);

beforeAll(async () => {
  const path = join(dir, 'to-trinh.docx');
  writeFileSync(path, await renderDocx([...COMMUNES.map(([, info, ruleset]) => proposal(info, ruleset)), proposal(TEN), proposal(WIDER)], 'Tờ trình'));
  const [pdf] = writePdfs([path], dir);
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
  const numbered = (page: string) =>
    /^\d+$/.test(
      page
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '',
    );
  const starts = pages.flatMap((page, i) => (numbered(page) ? [] : [i]));
  printed = starts.map((start, i) => {
    const first = String(start + 1);
    const bottoms = [
      ...execFileSync('pdftotext', ['-bbox', '-f', first, '-l', first, pdf, '-'])
        .toString()
        .matchAll(/yMax="([\d.]+)"/g),
    ].map((m) => Number(m[1]));
    return { pages: pages.slice(start, starts[i + 1]), freePt: Math.round(TEXT_FOOT_PT - Math.max(...bottoms)) };
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Tờ trình of a commune with a long name (LibreOffice PDF)', () => {
  it('prints its date whole on one line, on one page or on two whose first is filled', () => {
    expect(
      printed.slice(0, COMMUNES.length).map((doc, i) => {
        const dated = DATED[COMMUNES[i][2] ?? 'TT25'].text;
        const date = doc.pages[0]?.split('\n').find((line) => line.includes(dated.slice(0, 16))) ?? '';
        return [COMMUNES[i][0], doc.pages.length <= 2, filled(doc), date.includes(dated)];
      }),
    ).toEqual(COMMUNES.map(([name]) => [name, true, 'filled', true]));
  });

  it('fits one page where the text allows at 6 pt between paragraphs: the shortest of the long names', () => {
    expect(printed[COMMUNES.findIndex(([name]) => name === 'Chân Mây - Lăng Cô')].pages).toHaveLength(1);
  });
});

describe('the Tờ trình of a ward with a long Nơi nhận (LibreOffice PDF)', () => {
  it('of ten or fourteen lines takes two pages, its first filled to the closing kept with the signature', () => {
    const [ten, fourteen] = printed.slice(COMMUNES.length);
    expect([ten.pages.length, filled(ten), fourteen.pages.length, filled(fourteen)]).toEqual([2, 'filled', 2, 'filled']);
  });
});

describe('the legal citations of a Tờ trình (LibreOffice PDF)', () => {
  // "Thông tư số 25/2023/TT-" | "BGDĐT" at 14 pt (review 13d F12): a document's number is its citation, kept whole (typeset.ts).
  it('never breaks a document number inside, at its hyphen or after a solidus', () => {
    const broken = printed.flatMap(({ pages }) => pages.flatMap((page) => page.split('\n').filter((line) => /\d+\/[\p{L}\d/-]*[/-]$/u.test(line.trim()))));
    expect(broken).toEqual([]);
  });
});
