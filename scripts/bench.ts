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
import type { Cell } from '../src/core/cells/values';
import { formatViNumber } from '../src/core/cells/vi-number';
import { workbookSpec } from '../src/core/template/spec';
import { buildDossier } from '../src/core/documents/dossier';
import { sampleSnapshot } from '../test/fixtures/sample-commune';
import { assessWorkbook } from '../src/core/workbook/snapshot';
import { renderGoogleDoc } from '../src/gas/render-doc';
import { FakeDocsApi } from '../test/fakes/docs-api';
import { FakeDocumentApp } from '../test/fakes/document-app';
import { benchAggregate, benchProvinceUpdate } from './bench-aggregate';
import { benchSetupCalls } from './lib/setup-calls';
import { seededRandom } from './lib/random';
import { DEFAULT_PACE } from '../src/core/rollup/resume';
import { RULESET_ROWS } from '../src/core/template/ruleset-sheet';
import { INDICATOR_COLUMNS, NAMES } from '../src/core/workbook/names';
import { PCGD_RATES } from '../src/core/pcgd/standards';
import { cpus, loadavg } from 'node:os';
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

// The calls the template makes (src/core/template/results-sheet.ts, pcgd-sheet.ts): code and value
// columns, the whole 150-row "Bộ tiêu chí" range as Sheets passes it (blank rows as ''), and the
// "vùng khó khăn" cell.
const template = sampleSnapshot('TT25');
const table = [...(template[NAMES.ruleset] ?? [])];
while (table.length < RULESET_ROWS) table.push(new Array<Cell>(table[0].length).fill(''));
const indicators = template[NAMES.indicators] ?? [];
const codes = indicators.map((r) => [r[INDICATOR_COLUMNS.code]]);
const values = indicators.map((r) => [r[INDICATOR_COLUMNS.value]]);
const difficult = (template[NAMES.info] ?? []).find((r) => r[0] === 'Xã thuộc vùng khó khăn')?.[1] ?? '';
const pcgd = PCGD_RATES.map((_, i) => [950 - i, 1000, 10]);
const column = (c: number) => pcgd.map((r) => [r[c]]);
const RESULT_FORMULAS = ['CDHT_RESULTS', 'CDHT_RATING', 'CDHT_SCORE', 'CDHT_CRITERIA', 'CDHT_CHECK'];
const recompute = (gas: ReturnType<typeof loadBundle>) => {
  for (const name of RESULT_FORMULAS) gas[name](codes, values, table, difficult);
  gas.CDHT_RATE(column(0), column(1), column(2));
};
// Cold: Apps Script loads the whole file for a custom-function call; a fresh context each time.
report('CDHT_RATING như mẫu gọi (bảng 150 dòng), nguội (trung vị)', ms(timeMs(() => loadBundle().CDHT_RATING(codes, values, table, difficult), 30)), 'nạp + gọi');
const gas = loadBundle();
report('CDHT_RATING như mẫu gọi (bảng 150 dòng), ấm (trung vị)', ms(timeMs(() => gas.CDHT_RATING(codes, values, table, difficult), 200)), '≤ 2 ms');
report(`Tính lại toàn bộ công thức của mẫu, ấm (${RESULT_FORMULAS.length + 1} lời gọi, trung vị)`, ms(timeMs(() => recompute(gas), 200)), '≤ 10 ms');

const random = seededRandom(2025);
const communes = Array.from({ length: 3300 }, () => [randomCommune(TT25, random), randomCommune(TT44, random)] as const);
const everyCommune = () => {
  for (const pair of communes) {
    pair.forEach((commune, i) => {
      const ruleset = i === 0 ? TT25 : TT44;
      evaluate(ruleset, readEntries(commune.codes, commune.values, ruleset).cells, false);
    });
  }
};
// Process CPU time beside the wall time: the machine is shared, and the wall time grows with its load.
const cpuSamples: number[] = [];
const evaluationMs = timeMs(() => {
  const before = process.cpuUsage();
  everyCommune();
  const used = process.cpuUsage(before);
  cpuSamples.push((used.user + used.system) / 1000);
}, 7);
report('Đánh giá 3.300 xã × 2 bộ tiêu chí (trung vị)', ms(evaluationMs), '≤ 200 ms');
report('  thời gian CPU của tiến trình (trung vị)', ms(median(cpuSamples)), 'ít bị tải máy ảnh hưởng');

console.log('');
for (const ruleset of [TT25, TT44]) {
  const cells = workbookSpec(ruleset).sheets.flatMap((sheet) => sheet.cells.flat());
  const calls = cells.filter((c) => c?.kind === 'formula' && /CDHT_/.test(c.formula)).length;
  report(`Lời gọi hàm CDHT_* mỗi lần tính lại toàn bảng (${ruleset.id})`, String(calls), 'một lời gọi mỗi khối kết quả');
}
const setupCalls = benchSetupCalls();
report('Lời gọi Spreadsheet service khi thiết lập lần đầu', String(setupCalls.first.total), '≤ 40 (issue 9; xem README)');
console.log(`  gồm: ${setupCalls.first.parts.join('; ')}`);
report('Lời gọi Spreadsheet service khi sửa mẫu (chạy lại)', String(setupCalls.repair.total), 'nhỏ');
console.log(`  gồm: ${setupCalls.repair.parts.join('; ')}`);
report('Kích thước dist/Sidebar.html', `${formatViNumber(statSync('dist/Sidebar.html').size / 1024, 1)} KB`, 'nhỏ gọn');
report('Kích thước dist-rollup/Sidebar.html (tiến độ cập nhật)', `${formatViNumber(statSync('dist-rollup/Sidebar.html').size / 1024, 1)} KB`, 'nhỏ gọn');

console.log('');
for (const rulesetId of ['TT25', 'TT44'] as const) {
  const result = buildDossier(assessWorkbook(sampleSnapshot(rulesetId)), new Date());
  if (!result.ok) throw new Error(result.missing.join(' '));
  const app = new FakeDocumentApp();
  const docs = new FakeDocsApi(app);
  for (const doc of result.documents) renderGoogleDoc(doc, doc.title, { documentApp: app.service, docs: docs.service });
  const blocks = result.documents.reduce((n, d) => n + d.blocks.length, 0);
  report(`Lời gọi DocumentApp cho hồ sơ mẫu ${rulesetId} (${result.documents.length} văn bản, ${blocks} khối)`, String(app.calls.length), 'tỷ lệ với số khối');
  report(`Lời gọi Google Docs API (gộp ô, ghim hàng tiêu đề) cho hồ sơ mẫu ${rulesetId}`, String(docs.calls.length), 'tối đa 2 mỗi văn bản');
}

console.log('');
const loadAverage = loadavg()[0];
console.log(`Tổng hợp (máy đang tải trung bình ${formatViNumber(loadAverage, 1)} trên ${cpus().length} nhân: thời gian đo được dài hơn khi máy rảnh)`);
for (const communes of [3_300, 33_000]) {
  const figures = benchAggregate(communes);
  const label = `${formatViNumber(communes)} xã × 5 năm = ${formatViNumber(figures.records)} bản ghi`;
  report(`Tổng hợp thuần ${label} (một lần chạy)`, ms(figures.ms), communes === 3_300 ? '≤ 300 ms' : '≤ 5 giây');
  report('  thời gian CPU của tiến trình trong lúc đó', ms(figures.cpuMs), 'ít bị tải máy ảnh hưởng');
  report(`  bộ nhớ heap lớn nhất thêm vào (đầu vào ${formatViNumber(figures.storeMb, 1)} MB JSON)`, `${formatViNumber(figures.peakHeapMb, 1)} MB`, communes === 3_300 ? '≤ 100 MB' : 'chạy hết');
  report('  heap còn giữ sau khi dọn rác (kết quả)', `${formatViNumber(figures.retainedHeapMb, 1)} MB`, 'nhỏ');
}

const minutes = (n: number) => `${formatViNumber(n, 1)} phút`;
const province = benchProvinceUpdate(100, 100);
console.log(`\nTỉnh 100 xã × 5 năm = ${formatViNumber(province.first.rows)} dòng, ${DEFAULT_PACE} lần đọc/phút, 2 giây mỗi lô fetchAll (giả lập, đồng hồ giả)`);
report(`Lần đọc đầu: thời gian chạy Apps Script (${province.first.runs} lượt)`, minutes(province.first.runMinutes), '≤ 90 phút/ngày (tài khoản thường)');
report('Lần đọc đầu: từ lúc bấm đến khi xong', minutes(province.first.elapsedMinutes), 'trong một ngày');
report(`Cập nhật sau khi 100 bảng tính đổi: thời gian chạy (${province.update.runs} lượt)`, minutes(province.update.runMinutes), 'một lượt (≤ 6 phút)');
report('Cập nhật khi danh sách không đổi: số lần đọc', '0', '0 (xem test/rollup/incremental.test.ts)');
// The whole country at the throughput just measured: a figure derived from the run above, not simulated.
const perRunMinute = province.first.rows / province.first.runMinutes;
const country = 3_300 * 5;
report(
  `Cả nước 3.300 xã × 5 năm (ước tính từ tốc độ trên: ${formatViNumber(perRunMinute, 1)} bảng tính/phút chạy)`,
  minutes(country / perRunMinute),
  `${formatViNumber(Math.ceil(country / perRunMinute / 90))} ngày × 90 phút`,
);
