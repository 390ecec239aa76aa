import type { IndicatorKind } from '../ruleset/types';
import { EVIDENCE_HEADER } from '../workbook/evidence';

/**
 * What the sidebar and the server exchange through google.script.run. Only plain JSON: Dates do
 * not survive the trip (the call silently fails), so dates travel as the sheet shows them (dd/mm/yyyy).
 */

/** The fields of an indicator row a committee member edits in the sidebar. */
export const EDITABLE_FIELDS = ['value', 'evidence', 'description', 'owner'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Each field as the sidebar labels it, and as messages about it name it. */
export const FIELD_LABELS: Record<EditableField, string> = {
  value: 'Kết quả tự đánh giá',
  evidence: 'Minh chứng (liên kết)',
  description: 'Kết quả thực hiện (việc đã làm, số liệu)',
  owner: 'Phụ trách',
};

/**
 * The most characters one Sheets cell holds. A longer write fails with Sheets' own error "Your
 * input contains more than the maximum of 50000 characters in a single cell." (the Sheets API
 * reference names it TOO_MANY_CHARS_PER_CELL; the figure is Google's error text as reported by
 * API users, e.g. qiita.com/koshilife/items/5aff56c1bb9e5d31067f; no Google help page that states
 * it was found). The sidebar refuses longer text before sending and the server before writing.
 */
export const MAX_CELL_CHARS = 50_000;

/**
 * The longest text "Lưu" writes: one less than a cell holds, because the server writes text behind
 * an apostrophe (so Sheets keeps it as text) and whether Sheets counts that apostrophe is not
 * documented; being one short is the safe side.
 */
export const MAX_TEXT_CHARS = MAX_CELL_CHARS - 1;

/** A cell value as JSON: numbers, text, booleans; a date as dd/mm/yyyy text. */
export type JsonCell = string | number | boolean;

export interface SidebarIndicator {
  code: string;
  criterion: string;
  name: string;
  kind: IndicatorKind;
  /** What each level requires, in words ("Đạt", "≥ 60%", "Mức độ 2"). */
  requirements: { MD1: string; MD2: string };
  /** Level items: the highest level (for the dropdown). */
  max?: number;
  /** Current cell contents, as loaded. */
  fields: Record<EditableField, JsonCell>;
}

/** The columns of a "Danh mục minh chứng" row, in sheet order (EVIDENCE_HEADER). */
export const EVIDENCE_FIELDS = ['code', 'name', 'reference', 'issuer', 'link', 'indicators'] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

/** Each evidence field's column heading, as the form labels it and messages name it ("Tên minh chứng"). */
export const EVIDENCE_LABELS = Object.fromEntries(EVIDENCE_FIELDS.map((f, i) => [f, EVIDENCE_HEADER[i]])) as Record<EvidenceField, string>;

/** An evidence row as text, as the sheet shows it (a date as dd/mm/yyyy); "indicators" as typed ("TC1.1, TC1.2"). */
export type EvidenceFields = Record<EvidenceField, string>;

/** One row of the evidence list. */
export interface SidebarEvidence {
  /** The row's index in the CDHT_MINH_CHUNG block (the header is 0): its identity while the sidebar is open. */
  row: number;
  fields: EvidenceFields;
}

/**
 * An evidence item added (row null, before null), edited, or removed (after null). `before` is the
 * row as loaded: if the sheet no longer holds it, someone else changed it.
 */
export interface EvidenceChange {
  row: number | null;
  before: EvidenceFields | null;
  after: EvidenceFields | null;
}

export interface EvidenceConflict extends EvidenceChange {
  /** What the row holds now (null: blank); for a new item, the row already holding its code. */
  current: EvidenceFields | null;
  /**
   * Why it was not written: another member changed the row, a new item's code is taken (by the
   * row `current` is on), or the list has no empty row. The sidebar words it (src/client), which
   * keeps the messages out of the Apps Script bundle.
   */
  reason: 'changed' | 'taken' | 'full';
  /** The row the reason is about (the edited row, or the one holding the code), as an index in the block. */
  at: number | null;
}

export interface SidebarState {
  commune: string;
  year: number;
  difficultArea: boolean;
  /** The "Bộ tiêu chí" table in force, so the browser evaluates with the same core code. */
  rulesetTable: JsonCell[][];
  indicators: SidebarIndicator[];
  /** Every non-blank row of "Danh mục minh chứng", in sheet order. */
  evidence: SidebarEvidence[];
  /** ISO time the state was read. */
  loadedAt: string;
}

export interface CellChange {
  code: string;
  field: EditableField;
  /** The value the sidebar loaded: if the sheet no longer holds it, someone else changed it. */
  before: JsonCell;
  after: JsonCell;
}

export interface SaveRequest {
  changes: CellChange[];
  /** Evidence items added, edited or removed (none: the list is left alone). */
  evidence?: EvidenceChange[];
  /** Write even where the sheet changed since loading (the user chose "keep mine"). */
  overwrite: boolean;
}

export interface Conflict {
  code: string;
  field: EditableField;
  before: JsonCell;
  /** What the sheet holds now. */
  current: JsonCell;
  after: JsonCell;
}

export interface SaveResult {
  /** Changes written. */
  saved: number;
  /** Changes not written because the sheet changed meanwhile; the sidebar asks the user. */
  conflicts: Conflict[];
  /** Changes whose indicator code is no longer in the sheet (a repair moved or removed it). */
  missing: string[];
  /**
   * What the sheet holds after the save, read back, for every change neither in conflict nor
   * missing: the sidebar's new "before" (Sheets may store a written value differently from how it
   * was sent, and the next save must compare with what is really there).
   */
  held: Array<{ code: string; field: EditableField; value: JsonCell }>;
  /** Evidence changes not written because the list changed meanwhile (or is full). */
  evidenceConflicts: EvidenceConflict[];
  /** The evidence list as the sheet holds it after the save, read back: the sidebar's new "before". */
  evidence: SidebarEvidence[];
}

/** The server functions the sidebar calls; src/addon/main.ts implements them. */
export interface SidebarServer {
  // Function properties, not methods: their parameters are then checked strictly, not bivariantly.
  getSidebarState: () => SidebarState;
  saveSidebarChanges: (request: SaveRequest) => SaveResult;
}
