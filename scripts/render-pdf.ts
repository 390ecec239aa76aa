/**
 * Turns the sample .docx files into PDF with LibreOffice, and their pages into PNG images to look
 * at the layout as it will print. `npm run demo` calls writePdfs; run alone it writes the sample
 * dossiers and the roll-up report first, then PDF, then a PNG of every page (out/png/…):
 *
 *   npx tsx scripts/render-pdf.ts [outDir]
 *
 * Where LibreOffice or poppler-utils is not installed it says so and skips only that step.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeSampleDossiers } from './dossier';
import { writeSampleSummary } from './summary';

const has = (command: string, versionFlag = '--version') => spawnSync(command, [versionFlag], { stdio: 'ignore' }).status === 0;

/** Why PDF cannot be made on this machine, or null when it can. */
export function pdfUnavailable(): string | null {
  return has('soffice') ? null : 'Bỏ qua bản PDF: máy này không có LibreOffice (soffice). Cài libreoffice-writer (Debian: apt-get install libreoffice-writer) rồi chạy lại.';
}

/** Converts `docxFiles` to PDF in `outDir` with a private LibreOffice profile; returns the PDF paths. */
export function writePdfs(docxFiles: string[], outDir: string): string[] {
  // A private profile: a LibreOffice already open on this machine would otherwise swallow the job.
  const profile = mkdtempSync(join(tmpdir(), 'cdht-soffice-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], { stdio: 'ignore' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxFiles.map((docx) => join(outDir, `${basename(docx, '.docx')}.pdf`));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.TZ = 'Asia/Ho_Chi_Minh';
  const outDir = resolve(process.argv[2] ?? 'out');
  const docxFiles = [...(await writeSampleDossiers(outDir)).map((d) => d.path), await writeSampleSummary(outDir)];
  const unavailable = pdfUnavailable();
  if (unavailable) {
    console.log(unavailable);
    process.exit(0);
  }
  const pdfs = writePdfs(docxFiles, outDir);
  if (!has('pdftoppm', '-v')) {
    console.log(`Đã ghi ${pdfs.join(', ')}. Bỏ qua ảnh PNG: không có pdftoppm (Debian: apt-get install poppler-utils).`);
    process.exit(0);
  }
  const pngDir = join(outDir, 'png');
  mkdirSync(pngDir, { recursive: true });
  for (const pdf of pdfs) {
    const name = basename(pdf, '.pdf');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pngDir, name)]);
    // Page 1 at a readable size, for the README.
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', '-singlefile', pdf, join(outDir, `${name}-trang-1`)]);
    console.log(`Đã ghi ${pdf} và ảnh từng trang ${join(pngDir, name)}-*.png`);
  }
}
