/**
 * npm run images: the README's pictures, committed under docs/img/ so they show in any clone.
 *   docs/img/sidebar.png            the data-entry sidebar on the sample commune (Chromium, 300 px)
 *   docs/img/ho-so-TT25-trang-1.png page 1 of the sample TT25 dossier, DOCX rendered by LibreOffice
 * Needs what `npm test` needs (scripts/test-deps.sh installs it). Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openLoaded, sampleState } from '../test/client/browser';

process.env.TZ = 'Asia/Ho_Chi_Minh';
const IMG = 'docs/img';
mkdirSync(IMG, { recursive: true });

// The sidebar as a committee member sees it after typing a TC5.1 rate.
const browser = await launch();
try {
  const s = await openLoaded(browser, { getSidebarState: { ok: sampleState() } });
  await s.page.click('.tab[data-criterion="TC5"]');
  await s.page.fill('.card[data-code="TC5.1"] [data-field="value"]', '85');
  await s.page.screenshot({ path: join(IMG, 'sidebar.png') });
} finally {
  await browser.close();
}
console.log(`Đã ghi ${IMG}/sidebar.png`);

// The dossier's first page, through the same path as scripts/render-pdf.ts.
const dir = mkdtempSync(join(tmpdir(), 'cdht-images-'));
try {
  execFileSync('npx', ['tsx', 'scripts/render-pdf.ts', dir], { stdio: 'inherit' });
  copyFileSync(join(dir, 'ho-so-TT25-trang-1.png'), join(IMG, 'ho-so-TT25-trang-1.png'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Đã ghi ${IMG}/ho-so-TT25-trang-1.png`);
