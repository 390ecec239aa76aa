/**
 * npm run bench: the performance figures of the issues, from one run on this machine. Goals are
 * printed beside each figure; nothing here fails a build (timing belongs here, not in unit tests).
 */
import { statSync } from 'node:fs';
import { readEntries } from '../src/core/engine/entries';
import { evaluate } from '../src/core/engine/evaluate';
import { TT25 } from '../src/core/ruleset/tt25';
import { TT44 } from '../src/core/ruleset/tt44';
import { allItems, type Ruleset } from '../src/core/ruleset/types';
import { SAMPLE_TT25_ROWS, sampleColumns } from '../test/fixtures/sample-commune';
import type { Cell } from '../src/core/cells/values';
import { formatViNumber } from '../src/core/cells/vi-number';
import { workbookSpec } from '../src/core/template/spec';
import { setupWorkbook } from '../src/addon/setup/setup';
import { buildDossier } from '../src/core/documents/dossier';
import { sampleSnapshot } from '../test/fixtures/sample-commune';
import { assessWorkbook } from '../src/core/workbook/snapshot';
import { renderGoogleDoc } from '../src/gas/render-doc';
import { FakeDocumentApp } from '../test/fakes/document-app';
import { FakeSpreadsheet, fakeFactories } from '../test/fakes/spreadsheet';
import { benchAggregate } from './bench-aggregate';
import { loadBundle } from './lib/load-bundle';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run: () => void, repeat: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const report = (label: string, value: string, goal: string) => console.log(`${label.padEnd(52)} ${value.padStart(12)}   (mục tiêu ${goal})`);
const ms = (n: number) => `${formatViNumber(n, 3)} ms`;

/** A deterministic pseudo-random generator, so every run measures the same communes. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function randomCommune(ruleset: Ruleset, random: () => number): { codes: Cell[]; values: Cell[] } {
  const items = allItems(ruleset);
  const values = items.map((item): Cell => {
    if (item.kind === 'yesno') return random() < 0.9 ? 'Đạt' : 'Không đạt';
    if (item.kind === 'level') return 1 + Math.floor(random() * (item.max ?? 3));
    if (item.kind === 'percent') return Math.round(random() * 10_000) / 10_000;
    return Math.round(random() * 13) / 2;
  });
  return { codes: items.map((i) => i.code), values };
}

console.log('CĐHT Sheets — số đo hiệu năng (máy này: 2 nhân)\n');
const size = statSync('dist/Code.js').size;
report('Kích thước dist/Code.js', `${formatViNumber(size / 1024, 1)} KB`, '≤ 150 KB');

report('Nạp Code.js vào một ngữ cảnh V8 mới (trung vị)', ms(timeMs(() => loadBundle(), 50)), '≤ 15 ms');

const gas = loadBundle();
const { codes, values } = sampleColumns(SAMPLE_TT25_ROWS);
report('CDHT_RATING trên bảng TT25 đầy đủ (trung vị)', ms(timeMs(() => gas.CDHT_RATING(codes, values, 'TT25'), 500)), '≤ 1 ms');

const random = generator(2025);
const communes = Array.from({ length: 3300 }, () => [randomCommune(TT25, random), randomCommune(TT44, random)] as const);
const everyCommune = () => {
  for (const pair of communes) {
    pair.forEach((commune, i) => {
      const ruleset = i === 0 ? TT25 : TT44;
      evaluate(ruleset, readEntries(commune.codes, commune.values, ruleset).cells, false);
    });
  }
};
report('Đánh giá 3.300 xã × 2 bộ tiêu chí (trung vị)', ms(timeMs(everyCommune, 7)), '≤ 200 ms');

console.log('');
for (const ruleset of [TT25, TT44]) {
  const cells = workbookSpec(ruleset).sheets.flatMap((sheet) => sheet.cells.flat());
  const calls = cells.filter((c) => c?.kind === 'formula' && /CDHT_/.test(c.formula)).length;
  report(`Lời gọi hàm CDHT_* mỗi lần tính lại toàn bảng (${ruleset.id})`, String(calls), 'một lời gọi mỗi khối kết quả');
}
const fresh = new FakeSpreadsheet();
setupWorkbook(fresh, fakeFactories(fresh.log), new Date());
report('Lời gọi Spreadsheet service khi thiết lập lần đầu (gồm 9 lời gọi developer metadata)', String(fresh.log.calls.length), '≤ 40 (issue 9)');
fresh.log.reset();
setupWorkbook(fresh, fakeFactories(fresh.log), new Date());
report('Lời gọi Spreadsheet service khi sửa mẫu (chạy lại)', String(fresh.log.calls.length), 'nhỏ');
report('Kích thước dist/Sidebar.html', `${formatViNumber(statSync('dist/Sidebar.html').size / 1024, 1)} KB`, 'nhỏ gọn');

console.log('');
for (const rulesetId of ['TT25', 'TT44'] as const) {
  const result = buildDossier(assessWorkbook(sampleSnapshot(rulesetId)), new Date());
  if (!result.ok) throw new Error(result.missing.join(' '));
  const app = new FakeDocumentApp();
  for (const doc of result.documents) renderGoogleDoc(doc, doc.title, app.service);
  const blocks = result.documents.reduce((n, d) => n + d.blocks.length, 0);
  report(`Lời gọi DocumentApp cho hồ sơ mẫu ${rulesetId} (${result.documents.length} văn bản, ${blocks} khối)`, String(app.calls.length), 'tỷ lệ với số khối');
}

console.log('');
const rollUp = benchAggregate();
report(`Tổng hợp ${formatViNumber(rollUp.communes)} xã × ${rollUp.years} năm (thuần, trung vị)`, ms(rollUp.ms), 'dưới 1 giây');
report('Yêu cầu UrlFetch cho mỗi 100 xã (values.batchGet)', String(rollUp.requestsPer100), 'đọc theo lô');
report('Lô fetchAll cho mỗi 100 xã', String(rollUp.batchesPer100), 'đọc song song');
