/**
 * The sample dossiers as .docx files, one per sample (out/ho-so-TT25.docx, ho-so-TT25-muc-do-2,
 * ho-so-TT25-chua-dat, ho-so-TT25-chua-du, ho-so-TT44), each holding all its documents in filing
 * order. `npm run demo` calls writeSampleDossiers; run alone: `npx tsx scripts/dossier.ts [outDir]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDossier } from '../src/core/documents/dossier/dossier';
import { sampleDossiers, TODAY } from '../test/fixtures/dossiers';
import { renderDocx } from '../src/docx/render-docx';

/** A fixed date, so that the files are the same on every run (dates in documents are "today"). */
export const SAMPLE_DATE = TODAY;

export interface WrittenDossier {
  path: string;
  about: string;
  checklist: string[];
}

export async function writeSampleDossiers(outDir: string): Promise<WrittenDossier[]> {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenDossier[] = [];
  for (const sample of sampleDossiers()) {
    const dossier = buildDossier(sample.assessment, sample.date);
    if (!dossier.ok) throw new Error(`Hồ sơ mẫu ${sample.name} chưa lập được: ${dossier.missing.join(' ')}`);
    const { info } = sample.assessment;
    const path = join(outDir, `${sample.name}.docx`);
    writeFileSync(path, await renderDocx(dossier.documents, `Hồ sơ "Cộng đồng học tập" — ${info.commune} — ${info.year}`));
    written.push({ path, about: sample.about, checklist: dossier.checklist });
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  for (const { path, about } of await writeSampleDossiers(resolve(process.argv[2] ?? 'out'))) console.log(`Đã ghi ${path} (${about})`);
}
