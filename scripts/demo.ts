/**
 * npm run demo: the built add-on (dist/Code.js) loaded in a fresh V8 context, as Apps Script
 * would, runs its formulas on the built-in fictional sample commune for both rulesets.
 */
import { TT25 } from '../src/core/ruleset/tt25';
import { allItems, type Ruleset } from '../src/core/ruleset/types';
import { SAMPLE_INFO, SAMPLE_TT25_ROWS, SAMPLE_TT44_ROWS, sampleColumns, sampleTT44Ruleset } from '../test/fixtures/sample-commune';
import { rulesetToTable } from '../src/core/ruleset/table';
import type { Cell } from '../src/core/cells/values';
import { formatViNumber, formatViPercent } from '../src/core/cells/vi-number';
import { writeSampleDossiers } from './dossier';
import { writeSampleSummary } from './summary';
import { pdfUnavailable, writePdfs } from './render-pdf';
import { loadBundle } from './lib/load-bundle';
import { textTable } from './lib/text-table';

process.env.TZ = 'Asia/Ho_Chi_Minh';
const gas = loadBundle();

const show = (cell: Cell, percent: boolean) => (typeof cell === 'number' ? (percent ? formatViPercent(cell) : formatViNumber(cell)) : String(cell ?? ''));

function printTable(title: string, header: string[], rows: Cell[][], widths: number[]) {
  console.log(`\n${title}`);
  for (const line of textTable(
    header,
    rows.map((row) => row.map((c) => String(c ?? ''))),
    widths,
  ))
    console.log(line);
}

/**
 * `table`: pass the ruleset as its "Bộ tiêu chí" rows, as a workbook whose province entered its
 * own figures does (the TT44 sample: the maxima of its scoring guide), rather than by its id.
 */
function demo(ruleset: Ruleset, rows: ReadonlyArray<readonly [string, Cell]>, year: number, { table = false } = {}) {
  const { codes, values } = sampleColumns(rows);
  const args = [codes, values, table ? rulesetToTable(ruleset) : ruleset.id, SAMPLE_INFO.difficultArea];
  const names = new Map(allItems(ruleset).map((i) => [i.code, i] as const));
  const results = gas.CDHT_RESULTS(...args) as Cell[][];
  console.log(`\n━━━ ${SAMPLE_INFO.commune}, ${SAMPLE_INFO.province} — năm ${year} — ${ruleset.name} ━━━`);
  printTable(
    'Bảng chỉ tiêu (=CDHT_RESULTS)',
    ['Mã', 'Nội dung', 'Giá trị', ...(ruleset.scheme === 'levels' ? ['Mức độ 1', 'Mức độ 2'] : ['Điểm', 'Tối đa'])],
    rows.map(([code, value], i) => {
      const item = names.get(code);
      const name = item?.name ?? ruleset.criteria.find((c) => c.code === code)?.name.toUpperCase() ?? '';
      return [code, name, show(value, item?.kind === 'percent'), ...results[i].map((c) => show(c, false))];
    }),
    [7, 58, 10, 13, 13],
  );
  const criteria = gas.CDHT_CRITERIA(...args) as Cell[][];
  const criteriaRows = criteria.slice(1).map((row) => row.map((c) => show(c, false)));
  printTable('Kết quả theo tiêu chí (=CDHT_CRITERIA)', criteria[0].map(String), criteriaRows, [8, 48, 10, 10, 21, 11]);
  console.log(`\nĐiểm (=CDHT_SCORE): ${formatViNumber(gas.CDHT_SCORE(...args) as number)}${ruleset.scheme === 'levels' ? ' chỉ tiêu đạt Mức độ 1' : ' điểm'}`);
  console.log(`Kết quả (=CDHT_RATING): ${gas.CDHT_RATING(...args)}`);
  const check = gas.CDHT_CHECK(...args) as Cell[][];
  console.log('Kiểm tra (=CDHT_CHECK):');
  for (const row of check) console.log(`  • ${row.filter((c) => c !== '').join(' — ')}`);
}

demo(TT25, SAMPLE_TT25_ROWS, SAMPLE_INFO.year);
demo(sampleTT44Ruleset(), SAMPLE_TT44_ROWS, 2021, { table: true });

const literacy = gas.CDHT_RATE(11_802, 12_040, 96) as number;
console.log(`\nTỷ lệ biết chữ 15–60 tuổi (=CDHT_RATE(11802; 12040; 96)): ${formatViPercent(literacy)}`);
try {
  gas.CDHT_RATE(12_000, 12_040, 96);
} catch (e) {
  console.log(`Số liệu sai (=CDHT_RATE(12000; 12040; 96)) báo lỗi: ${(e as Error).message}`);
}

// The dossier the sample commune would file, written as DOCX (the add-on writes the same model to Google Docs).
console.log('\n━━━ Hồ sơ mẫu (DOCX, cùng mô hình văn bản với Google Tài liệu) ━━━');
const dossiers = await writeSampleDossiers('out');
for (const { path, about, checklist } of dossiers) console.log(`Đã ghi ${path} (${about}; ${checklist.length} mục cần kiểm tra trước khi ký)`);
console.log('\n━━━ Báo cáo tổng hợp mẫu của cấp tỉnh (DOCX) ━━━');
const summary = await writeSampleSummary('out');
console.log(`Đã ghi ${summary}`);
console.log('\n━━━ Bản PDF (LibreOffice) ━━━');
const unavailable = pdfUnavailable();
if (unavailable) console.log(unavailable);
else for (const pdf of writePdfs([...dossiers.map((d) => d.path), summary], 'out')) console.log(`Đã ghi ${pdf}`);
