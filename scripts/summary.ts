/**
 * A sample of the roll-up's year report (out/bao-cao-tong-hop.docx): 36 generated communes over
 * 2024 and 2025 (the benchmark's deterministic generator), a few of them unreadable, rolled up
 * and written with the DOCX renderer the dossier uses. `npm run demo` calls writeSampleSummary;
 * run alone: `npx tsx scripts/summary.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { failedRecord, recordFromAssessment, type CommuneRecord } from '../src/core/rollup/record';
import { rollUp } from '../src/core/rollup/rollup';
import { buildSummaryReport, type SummaryContext } from '../src/core/documents/rollup-report/report';
import { renderDocx } from '../src/docx/render-docx';
import type { ReportDocument } from '../src/core/documents/model';
import { syntheticAssessment, syntheticEntry } from './bench-aggregate';
import { seededRandom } from './lib/random';
import { SAMPLE_DATE } from './dossier';

const COMMUNES = 36;
const YEARS = [2024, 2025];
const REPORT_YEAR = 2025;

/** A fictional province office (since 07/2025 the assessing level is the province). */
export const SAMPLE_SUMMARY_CONTEXT: SummaryContext = {
  body: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam',
  place: 'Sông Lam',
  signerName: 'Nguyễn Văn Minh',
  signerTitle: 'Giám đốc',
  signerAuthority: '',
  number: '',
};

function sampleRecords(): CommuneRecord[] {
  const next = seededRandom(20260305);
  const records: CommuneRecord[] = [];
  for (const year of YEARS) {
    for (let c = 0; c < COMMUNES; c++) {
      const commune = `Xã Số ${c + 1}`;
      const entry = syntheticEntry(records.length + 2, commune, year);
      const assessment = syntheticAssessment(commune, year, next);
      // Every ninth workbook of the report year is shared with no one: listed as unreadable.
      records.push(year === REPORT_YEAR && c % 9 === 8 ? failedRecord(entry, 'no_access', 'Bảng tính chưa chia sẻ quyền xem cho tài khoản tổng hợp.') : recordFromAssessment(entry, assessment));
    }
  }
  return records;
}

/** The sample year report as a document model. */
export function sampleSummary(): ReportDocument {
  return buildSummaryReport(rollUp(sampleRecords()), REPORT_YEAR, SAMPLE_SUMMARY_CONTEXT, SAMPLE_DATE);
}

export async function writeSampleSummary(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const doc = sampleSummary();
  const path = join(outDir, 'bao-cao-tong-hop.docx');
  writeFileSync(path, await renderDocx([doc], doc.title));
  return path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  console.log(`Đã ghi ${await writeSampleSummary(resolve(process.argv[2] ?? 'out'))}`);
}
