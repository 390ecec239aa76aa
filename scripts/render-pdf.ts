/**
 * Turns out/*.docx into PDF with LibreOffice and page 1 of each into a PNG
 * (out/ho-so-TT25-trang-1.png), to look at the layout as it will print. Writes the sample
 * dossiers first. Skips, saying so, where LibreOffice or poppler-utils is not installed.
 *
 *   npx tsx scripts/render-pdf.ts [outDir]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { writeSampleDossiers } from './dossier';

process.env.TZ = 'Asia/Ho_Chi_Minh';

const has = (command: string, versionFlag = '--version') => spawnSync(command, [versionFlag], { stdio: 'ignore' }).status === 0;

const outDir = resolve(process.argv[2] ?? 'out');
await writeSampleDossiers(outDir);

if (!has('soffice')) {
  console.log('Bỏ qua: không có LibreOffice (soffice) để chuyển .docx sang PDF (Debian: apt-get install libreoffice-writer).');
  process.exit(0);
}
const docxFiles = readdirSync(outDir)
  .filter((f) => f.endsWith('.docx'))
  .map((f) => join(outDir, f));
// A private profile: a LibreOffice already open on this machine would otherwise swallow the job.
const profile = mkdtempSync(join(tmpdir(), 'cdht-soffice-'));
try {
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], { stdio: 'inherit' });
} finally {
  rmSync(profile, { recursive: true, force: true });
}
if (!has('pdftoppm', '-v')) {
  console.log('Bỏ qua ảnh PNG: không có pdftoppm (Debian: apt-get install poppler-utils).');
  process.exit(0);
}
for (const docx of docxFiles) {
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const png = join(outDir, `${basename(docx, '.docx')}-trang-1`);
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
  console.log(`Đã ghi ${pdf} và ${png}.png`);
}
