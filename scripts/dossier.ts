/**
 * The sample commune's dossier as .docx files, one per ruleset (out/ho-so-TT25.docx,
 * out/ho-so-TT44.docx), each holding all its documents in filing order. `npm run demo` calls
 * writeSampleDossiers; run alone: `npx tsx scripts/dossier.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDossier } from '../src/core/documents/dossier/dossier';
import { sampleSnapshot } from '../test/fixtures/sample-commune';
import { assessWorkbook } from '../src/core/workbook/snapshot';
import { renderDocx } from '../src/docx/render-docx';

/** A fixed date, so that the files are the same on every run (dates in documents are "today"). */
export const SAMPLE_DATE = new Date(2026, 2, 5);

export async function writeSampleDossiers(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const paths: string[] = [];
  for (const rulesetId of ['TT25', 'TT44'] as const) {
    const assessment = assessWorkbook(sampleSnapshot(rulesetId));
    const dossier = buildDossier(assessment, SAMPLE_DATE);
    if (!dossier.ok) throw new Error(`Hồ sơ mẫu ${rulesetId} chưa lập được: ${dossier.missing.join(' ')}`);
    const path = join(outDir, `ho-so-${rulesetId}.docx`);
    writeFileSync(path, await renderDocx(dossier.documents, `Hồ sơ "Cộng đồng học tập" — ${assessment.info.commune} — ${assessment.info.year}`));
    paths.push(path);
  }
  return paths;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  const paths = await writeSampleDossiers(resolve(process.argv[2] ?? 'out'));
  for (const path of paths) console.log(`Đã ghi ${path}`);
}
