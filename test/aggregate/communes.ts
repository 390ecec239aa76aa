/**
 * Commune workbooks for the roll-up tests, built from the project's sample commune in the
 * template's layout. The expected results of the value sets below are worked out by hand from
 * /work/shared/domain/README.md (§2 TT25, §3 TT44), not by running the code.
 */
import type { CommuneRecord } from '../../src/core/aggregate/record';
import type { RegisterEntry } from '../../src/core/aggregate/register';
import { SAMPLE_INFO, SAMPLE_NARRATIVE, sampleSnapshot } from '../../src/core/sample';
import { filledInfoSheet } from '../../src/core/template/info-sheet';
import type { Cell } from '../../src/core/values';
import { VERSION_LABEL } from '../../src/core/workbook/info';
import { INDICATOR_COLUMNS, NAMES } from '../../src/core/workbook/names';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';

/**
 * TT25 value sets (the sample commune is MD1):
 * - MD2: every yes/no "Đạt", TH and THCS at level 3, XMC at level 2, 85% công dân học tập,
 *   65% trained and 16% with a degree: every Mức độ 2 threshold (80%, 60%, 15%) is met.
 * - MD1 (the sample as it is): Mức độ 1 met everywhere; Mức độ 2 missed by TC4 (THCS level 2 < 3)
 *   and TC5 (65,12% < 80%, 54,83% < 60%).
 * - FAIL: the sample with TC1.2 "Không đạt": TC1 misses both levels, so Chưa đạt.
 * - INCOMPLETE: the sample with TC3.3 blank: no rating yet.
 */
export const TT25_VALUES = {
  MD2: { 'TC4.2': 'Mức độ 3', 'TC4.3': 'Mức độ 3', 'TC4.4': 'Mức độ 2', 'TC5.1': 0.85, 'TC5.2a': 0.65, 'TC5.2b': 0.16 },
  MD1: {},
  FAIL: { 'TC1.2': 'Không đạt' },
  INCOMPLETE: { 'TC3.3': '' },
} satisfies Record<string, Record<string, Cell>>;

/** TT44: 15 criteria of equal points; cut-offs Tốt ≥ 85, Khá ≥ 70, Trung bình ≥ 50. */
export const tt44Points = (each: number): Record<string, Cell> => Object.fromEntries(Array.from({ length: 15 }, (_, i) => [`TC${i + 1}`, each]));
export const TT44_VALUES = {
  /** 15 × 6 = 90 */
  TOT: tt44Points(6),
  /** the sample: 74,5 */
  KHA: {},
  /** 15 × 4 = 60 */
  TRUNG_BINH: tt44Points(4),
  /** 15 × 3 = 45 */
  CHUA_DAT: tt44Points(3),
} satisfies Record<string, Record<string, Cell>>;

export interface WorkbookOptions {
  commune: string;
  year: number;
  rulesetId?: 'TT25' | 'TT44';
  values?: Record<string, Cell>;
  /** The "Phiên bản mẫu" cell; null leaves it blank. */
  version?: number | null;
}

/** A commune workbook's named ranges: the sample commune renamed, re-dated, with some values changed. */
export function communeWorkbook(options: WorkbookOptions): WorkbookSnapshot {
  const rulesetId = options.rulesetId ?? 'TT25';
  const snapshot = sampleSnapshot(rulesetId);
  const info = filledInfoSheet({ ...SAMPLE_INFO, commune: options.commune, year: options.year, rulesetId }, SAMPLE_NARRATIVE);
  if (options.version !== undefined) {
    const row = info.find((r) => r[0] === VERSION_LABEL);
    if (!row) throw new Error('The info sheet has no version row.');
    row[1] = options.version ?? '';
  }
  const values = options.values ?? {};
  const indicators = (snapshot[NAMES.indicators] ?? []).map((row) => {
    const code = String(row[INDICATOR_COLUMNS.code]);
    const copy = [...row];
    if (code in values) copy[INDICATOR_COLUMNS.value] = values[code];
    return copy;
  });
  return { ...snapshot, [NAMES.info]: info, [NAMES.indicators]: indicators };
}

/** A register entry pointing at a workbook, as parseRegister would make it. */
export function workbookEntry(row: number, commune: string, year: number, spreadsheetId = `id-${row}-${'x'.repeat(30)}`): RegisterEntry {
  return { row, commune, year, link: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`, source: { kind: 'workbook', spreadsheetId }, notes: [] };
}

/** A record written by hand, for the aggregation tests: only what they look at. */
export function record(fields: Partial<CommuneRecord> & Pick<CommuneRecord, 'row' | 'commune' | 'year'>): CommuneRecord {
  return { link: '', status: 'read', reason: '', rulesetId: 'TT25', rating: null, score: null, ...fields };
}
