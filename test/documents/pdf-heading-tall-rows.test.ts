/**
 * A Danh mục of many items whose names take three lines in their column (a report of each ấp:
 * "Báo cáo kết quả hoạt động số 4 của ấp 4 về xây dựng xã hội học tập"), as LibreOffice prints it:
 * the heading row on every page, the signature's page too (review rev13f F3: of 64, 74 and 84 items
 * the last two rows went over with "Tổng số" and the signature without it). Each page of rows filled
 * to within a point of its foot: the estimate of where the rows fall (page-fit.ts
 * `keptRowsStartPage`) counted the line under each row but not the table's top line, which every
 * page the table runs onto draws again above its heading.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { renderDocx } from '../../src/docx/render-docx';
import { writePdfs } from '../../scripts/render-pdf';
import { TODAY } from '../fixtures/dossiers';
import { evidenceBlock, SAMPLE_TT25_EVIDENCE, sampleSnapshot } from '../fixtures/sample-commune';

const INDICATORS = ['TC1.1', 'TC1.2', 'TC1.3', 'TC2.1', 'TC2.2', 'TC2.3', 'TC3.1', 'TC3.2', 'TC3.3', 'TC4.1', 'TC4.2', 'TC4.3', 'TC4.4', 'TC5.1', 'TC5.2'];

/** The sample's 14 items, then `n - 14` reports of the ấp, each cited by one indicator in turn. */
function itemsOf(n: number): string[][] {
  const rows = SAMPLE_TT25_EVIDENCE.map((row) => [...row]);
  for (let i = 0; rows.length < n; i++) {
    const indicator = INDICATORS[i % INDICATORS.length];
    const day = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2025`;
    rows.push([
      `H${indicator.slice(2, 3)}.${String(10 + i).padStart(2, '0')}`,
      `Báo cáo kết quả hoạt động số ${i + 1} của ấp ${(i % 12) + 1} về xây dựng xã hội học tập`,
      `Số ${100 + i}/BC-UBND ngày ${day}`,
      'Ủy ban nhân dân xã',
      `https://drive.google.com/file/d/item-${i}`,
      indicator,
    ]);
  }
  return rows;
}

const COUNTS = [64, 74, 84];
const dir = mkdtempSync(join(tmpdir(), 'cdht-tall-rows-'));
const counts = new Map<number, number[]>();

beforeAll(async () => {
  const files = await Promise.all(
    COUNTS.map(async (n) => {
      const result = buildDossier(assessWorkbook({ ...sampleSnapshot('TT25'), [NAMES.evidence]: evidenceBlock(itemsOf(n)) }), TODAY);
      if (!result.ok) throw new Error(result.missing.join(' '));
      const annex = result.documents.filter((d) => d.kind === 'evidence');
      const path = join(dir, `danh-muc-${n}.docx`);
      writeFileSync(path, await renderDocx(annex, `Danh mục ${n}`));
      return path;
    }),
  );
  writePdfs(files, dir).forEach((pdf, i) => {
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').slice(0, -1);
    counts.set(
      COUNTS[i],
      pages.map((page) => page.split('\n').filter((line) => /^\s*STT\s+Mã\s+Tên minh chứng/.test(line)).length),
    );
  });
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Danh mục of many items of three-line names (LibreOffice PDF)', () => {
  it('prints its heading row once on every page, the last one too', () => {
    const once = (pages: number[] | undefined) => (pages?.length && pages.every((count) => count === 1) ? 'once a page' : pages);
    expect(Object.fromEntries(COUNTS.map((n) => [n, once(counts.get(n))]))).toEqual(Object.fromEntries(COUNTS.map((n) => [n, 'once a page'])));
  });
});
