/**
 * Benchmark of the roll-up: 3,300 communes (the whole country after 07/2025) × 5 assessment
 * years of synthetic assessments, aggregated into the Tổng hợp sheets by the pure code that runs
 * in Apps Script at the end of an update. Also counts what reading them costs in UrlFetch calls.
 * Called by `npm run bench` (scripts/bench.ts); `npx tsx scripts/bench-aggregate.ts` prints it.
 */
import { pathToFileURL } from 'node:url';
import { failedRecord, recordFromAssessment, type CommuneRecord } from '../src/core/rollup/record';
import type { RegisterEntry } from '../src/core/rollup/register';
import { newState, takeBatch } from '../src/core/rollup/resume';
import { rollUp } from '../src/core/rollup/rollup';
import { generatedSheets } from '../src/core/rollup/sheets';
import { BATCH_SIZE, readRequest } from '../src/core/rollup/sheets-api';
import { evaluate } from '../src/core/engine/evaluate';
import { SAMPLE_INFO, SAMPLE_NARRATIVE } from '../test/fixtures/sample-commune';
import { TT25 } from '../src/core/ruleset/tt25';
import { TT44 } from '../src/core/ruleset/tt44';
import { allItems, type Ruleset } from '../src/core/ruleset/types';
import type { Cell } from '../src/core/cells/values';
import type { CommuneAssessment } from '../src/core/workbook/snapshot';
import { TEMPLATE_VERSION } from '../src/core/workbook/version';

const COMMUNES = 3_300;
/** Three TT44 years and two TT25 years, as a register spanning the change of rules would have. */
const YEARS = [2019, 2021, 2023, 2024, 2025];
const RUNS = 5;

/** mulberry32: the same numbers on every run, so every run times the same work (and scripts/summary.ts writes the same report). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticValue(ruleset: Ruleset, code: string, next: () => number): Cell {
  const item = allItems(ruleset).find((i) => i.code === code);
  const roll = next();
  if (roll < 0.01) return ''; // about one commune in seven has some value still blank
  switch (item?.kind) {
    case 'yesno':
      return roll < 0.93 ? 'Đạt' : 'Không đạt';
    case 'level':
      return `Mức độ ${1 + Math.floor(roll * (item.max ?? 3))}`;
    case 'percent':
      return 0.4 + roll * 0.5;
    default:
      return Math.round(roll * 80) / 10; // 0–8 points of 15 criteria
  }
}

/** A commune's assessment with random values: TT44 up to 2023, TT25 from 2024. */
export function syntheticAssessment(commune: string, year: number, next: () => number): CommuneAssessment {
  const ruleset = year <= 2023 ? TT44 : TT25;
  const cells = new Map(allItems(ruleset).map((i) => [i.code, syntheticValue(ruleset, i.code, next)]));
  const evaluation = evaluate(ruleset, cells, next() < 0.2);
  return {
    info: { ...SAMPLE_INFO, commune, year, rulesetId: ruleset.id },
    narrative: SAMPLE_NARRATIVE,
    version: TEMPLATE_VERSION,
    ruleset,
    evaluation,
    evidence: new Map(),
    evidenceList: [],
    problems: evaluation.problems,
  };
}

export function syntheticEntry(row: number, commune: string, year: number): RegisterEntry {
  const spreadsheetId = `1${String(row).padStart(8, '0')}${'B'.repeat(35)}`;
  return { row, commune, year, link: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`, source: { kind: 'workbook', spreadsheetId }, notes: [] };
}

/** UrlFetch requests and fetchAll batches the update plans for 100 linked communes. */
function requestsFor(count: number): { requests: number; batches: number } {
  const entries = Array.from({ length: count }, (_, i) => syntheticEntry(i + 2, `Xã ${i + 1}`, 2025));
  const state = newState('bench', entries.length, 0);
  let requests = 0;
  let batches = 0;
  for (;;) {
    const batch = takeBatch(state, (i) => entries[i].source.kind === 'workbook', BATCH_SIZE);
    if (batch.indices.length === 0) break;
    for (const i of batch.indices) {
      const source = entries[i].source;
      if (source.kind === 'workbook' && readRequest(source.spreadsheetId, 'token').url) requests++;
    }
    batches++;
    state.next = batch.next;
    state.retry = batch.retry;
  }
  return { requests, batches };
}

export function benchAggregate(): { communes: number; years: number; ms: number; requestsPer100: number; batchesPer100: number; records: number } {
  const next = random(20251121);
  const entries: RegisterEntry[] = [];
  const assessments: CommuneAssessment[] = [];
  for (let c = 0; c < COMMUNES; c++) {
    for (const year of YEARS) {
      const commune = `Xã Số ${c + 1}`;
      entries.push(syntheticEntry(entries.length + 2, commune, year));
      assessments.push(syntheticAssessment(commune, year, next));
    }
  }
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    // What the last run of an update does: records (kept between runs), the roll-up, the sheets.
    const records: CommuneRecord[] = entries.map((e, i) => (i % 97 === 96 ? failedRecord(e, 'no_access', 'bench') : recordFromAssessment(e, assessments[i])));
    const sheets = generatedSheets(rollUp(records), new Date(2026, 0, 15));
    timings.push(performance.now() - start);
    if (sheets[1].rows.length !== entries.length + 1) throw new Error('bench: the per-commune sheet lost rows');
  }
  timings.sort((a, b) => a - b);
  const per100 = requestsFor(100);
  return {
    communes: COMMUNES,
    years: YEARS.length,
    ms: Math.round(timings[Math.floor(RUNS / 2)] * 10) / 10,
    requestsPer100: per100.requests,
    batchesPer100: per100.batches,
    records: entries.length,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(benchAggregate());
}
