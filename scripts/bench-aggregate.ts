/**
 * Benchmarks of the roll-up, called by `npm run bench` (scripts/bench.ts):
 * - the pure aggregation that ends an update (stored records → roll-up → generated sheets) for
 *   3,300 communes × 5 years and for ten times that, with its time and heap;
 * - a province's five-year register read through the fakes of Google's services on a fake clock:
 *   how much Apps Script run time the first read takes and an update after 100 workbooks changed.
 */
import { runUpdate } from '../src/rollup/update';
import { failedRecord, parseRecord, recordFromAssessment, recordJson } from '../src/core/rollup/record';
import { REGISTER_COLUMNS, REGISTER_SHEET, type RegisterEntry } from '../src/core/rollup/register';
import { rollUp } from '../src/core/rollup/rollup';
import { generatedSheets } from '../src/core/rollup/sheets';
import { evaluate } from '../src/core/engine/evaluate';
import { TT25 } from '../src/core/ruleset/tt25';
import { TT44 } from '../src/core/ruleset/tt44';
import { allItems, type Ruleset } from '../src/core/ruleset/types';
import type { Cell } from '../src/core/cells/values';
import type { CommuneAssessment } from '../src/core/workbook/snapshot';
import { TEMPLATE_VERSION } from '../src/core/workbook/version';
import { SAMPLE_INFO, SAMPLE_NARRATIVE } from '../test/fixtures/sample-commune';
import { TT25_VALUES, TT44_VALUES, communeWorkbook } from '../test/fixtures/rollup-communes';
import { fakeId, harness, sheetLink } from '../test/rollup/harness';

/** Three TT44 years and two TT25 years, as a register spanning the change of rules would have. */
const YEARS = [2019, 2021, 2023, 2024, 2025];

import { seededRandom } from './lib/random';

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
  return { row, commune, year, link: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`, source: { kind: 'workbook', spreadsheetId }, notes: [], reread: false };
}

/** Assessments evaluated per year; the records of more communes reuse them (aggregation does not care who scored what). */
const POOL = 200;

/**
 * The store of an update of `communes` × 5 years as the last run reads it: one JSON text per
 * register row (one in 97 a failure), built from a pool of real evaluations.
 */
export function storedRecords(communes: number): string[] {
  const next = seededRandom(20251121);
  const pool = new Map(YEARS.map((year) => [year, Array.from({ length: POOL }, (_, i) => syntheticAssessment(`Xã Mẫu ${i + 1}`, year, next))]));
  const stored: string[] = [];
  let row = 2;
  for (let c = 0; c < communes; c++) {
    for (const year of YEARS) {
      const entry = syntheticEntry(row, `Xã Số ${c + 1}`, year);
      const assessment = (pool.get(year) as CommuneAssessment[])[Math.floor(next() * POOL)];
      const record = row % 97 === 96 ? failedRecord(entry, 'no_access', 'bench') : recordFromAssessment(entry, assessment);
      record.readAt = 0;
      stored.push(recordJson(record));
      row++;
    }
  }
  return stored;
}

export interface AggregateFigures {
  records: number;
  ms: number;
  /** CPU time of this process meanwhile (all its threads, the collector's included): less swayed by other load than `ms`. */
  cpuMs: number;
  /** Largest heap in use seen after each stage, over what the input already held (MB). */
  peakHeapMb: number;
  /** Heap still held, the sheets included, after a full collection (MB). */
  retainedHeapMb: number;
  storeMb: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => process.memoryUsage().heapUsed / 2 ** 20;

/**
 * What the last run of an update does, timed once: parse the store, roll up, build the sheets.
 * The heap is measured with a collection before (so only the input is in it) and after; run node
 * with --expose-gc, else the heap figures are NaN.
 */
export function benchAggregate(communes: number): AggregateFigures {
  const stored = storedRecords(communes);
  gc?.();
  const base = gc ? heapMb() : NaN;
  let peak = 0;
  const seen = () => {
    peak = Math.max(peak, heapMb() - base);
  };
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const records = stored.map(parseRecord);
  seen();
  const summary = rollUp(records);
  seen();
  const sheets = generatedSheets(summary, new Date(2026, 0, 15));
  seen();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  if (sheets[1].rows.length !== stored.length + 1) throw new Error('bench: the per-commune sheet lost rows');
  gc?.();
  const retained = heapMb() - base;
  return { records: stored.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakHeapMb: peak, retainedHeapMb: retained, storeMb: stored.reduce((n, s) => n + s.length, 0) / 2 ** 20 };
}

export interface UpdateFigures {
  rows: number;
  runs: number;
  /** Apps Script run time of every run together, sleeps included (Google counts them). */
  runMinutes: number;
  /** From the first run's start to the last one's end, the minute between runs included. */
  elapsedMinutes: number;
  reads: number;
}

/** Runs the update to its end as the trigger would: a run, a minute, the next run. */
function updateToEnd(h: ReturnType<typeof harness>): UpdateFigures {
  const asked = h.api.asked.length;
  const first = h.clock.now();
  let runMs = 0;
  let runs = 0;
  for (let mode: 'start' | 'continue' = 'start'; ; mode = 'continue') {
    const start = h.clock.now();
    const outcome = runUpdate(h.services, mode);
    runMs += h.clock.now() - start;
    runs++;
    if (outcome.kind === 'done') break;
    if (outcome.kind !== 'paused') throw new Error(`bench: ${outcome.message}`);
    h.clock.advance(60_000);
  }
  const rows = h.spreadsheet.sheet(REGISTER_SHEET).getLastRow() - 1;
  return { rows, runs, runMinutes: runMs / 60_000, elapsedMinutes: (h.clock.now() - first) / 60_000, reads: h.api.asked.length - asked };
}

/**
 * A province of `communes` communes × 5 years, every workbook readable, each fetchAll taking
 * `latencyMs`; read at Google's default pace. Returns the first full read, then an update after
 * `changed` workbooks were changed and their rows marked "Đọc lại" a day later.
 */
export function benchProvinceUpdate(communes: number, changed: number, latencyMs = 2_000): { first: UpdateFigures; update: UpdateFigures } {
  const h = harness(latencyMs);
  // The clock is set after every year's deadline: a register of past years, all final.
  h.clock.time = new Date(2026, 2, 15, 8, 0).getTime();
  const workbooks = new Map(
    YEARS.map((year) => [year, communeWorkbook({ commune: 'Xã Mẫu', year, rulesetId: year <= 2023 ? 'TT44' : 'TT25', values: year <= 2023 ? TT44_VALUES.KHA : TT25_VALUES.MD1 })]),
  );
  const rows: Cell[][] = [];
  for (let c = 0; c < communes; c++) {
    for (const year of YEARS) {
      const id = fakeId(`${c}-${year}`);
      // The workbook names another commune: the update notes it and reads on, as it would.
      h.workbook(id, workbooks.get(year) as never);
      rows.push([`Xã Số ${c + 1}`, year, sheetLink(id)]);
    }
  }
  const sheet = h.register(rows);
  const first = updateToEnd(h);
  h.clock.advance(86_400_000);
  const marks = rows.map((_, i): Cell[] => [i % Math.floor(rows.length / changed) === 0 && i / Math.floor(rows.length / changed) < changed ? true : '']);
  sheet.getRange(2, REGISTER_COLUMNS.reread, marks.length, 1).setValues(marks);
  const update = updateToEnd(h);
  if (first.reads !== rows.length || update.reads !== changed) throw new Error(`bench: read ${first.reads} then ${update.reads}`);
  return { first, update };
}
