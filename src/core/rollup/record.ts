import { thrownMessage, type Problem } from '../engine/problems';
import { formatViNumber } from '../cells/vi-number';
import { RESULT_WORDS } from '../cells/result-words';
import { assessWorkbook, type CommuneAssessment, type WorkbookSnapshot } from '../workbook/snapshot';
import { INFO_FIELDS, VERSION_LABEL } from '../workbook/info';
import { SHEETS } from '../template/layout';
import { NAMES } from '../workbook/names';
import { TEMPLATE_VERSION } from '../workbook/version';
import { builtInSummary, summarizeRuleset, type RulesetSummary } from './categories';
import { sameCommune, type RegisterEntry } from './register';

/**
 * One register row's result: what the roll-up keeps of a commune workbook once read (or of a
 * hand-typed result, or why it could not be read). Plain JSON, because a long update stores its
 * records between runs and aggregates them at the end.
 */
export type ReadStatus = 'read' | 'manual' | 'failed';

export const READ_STATUS_LABELS: Record<ReadStatus, string> = {
  read: 'Đã đọc',
  manual: 'Nhập tay',
  failed: 'Không đọc được',
};

export type FailureKind = 'register' | 'no_access' | 'not_found' | 'not_cdht' | 'old_version' | 'new_version' | 'other_commune' | 'missing_data' | 'invalid' | 'quota' | 'network';

export const FAILURE_LABELS: Record<FailureKind, string> = {
  register: 'Lỗi ở dòng danh sách',
  no_access: 'Không có quyền xem',
  not_found: 'Không tìm thấy bảng tính',
  not_cdht: 'Không phải bảng tính CĐHT',
  old_version: 'Mẫu bảng tính cũ',
  new_version: 'Mẫu bảng tính mới hơn tiện ích',
  other_commune: 'Bảng tính của xã khác',
  missing_data: RESULT_WORDS.missing,
  invalid: 'Dữ liệu không hợp lệ',
  quota: 'Google tạm giới hạn số lần đọc',
  network: 'Lỗi kết nối',
};

/**
 * The template versions this roll-up reads. A workbook below the floor was laid out differently
 * (its named ranges mean other things); one above it comes from a newer add-on than this one.
 */
export const READABLE_VERSIONS = { min: 1, max: TEMPLATE_VERSION } as const;

export interface CommuneRecord {
  row: number;
  commune: string;
  year: number;
  link: string;
  status: ReadStatus;
  failure?: FailureKind;
  /**
   * Why it failed, or remarks on a usable row (incomplete data, both a link and a typed result).
   * Never a register row number: a repeat keeps the row it repeats in `earlier`.
   */
  reason: string;
  /**
   * A register repeat (failure "register"): the earlier row, counted, that this row repeats. Kept
   * as data so that each reader names it its own way (reasonText): the per-commune sheet beside
   * the register by its number, the year's report, read away from the sheet, by its commune.
   */
  earlier?: RepeatedRow;
  /** '' when the row failed. */
  rulesetId: string;
  /** A rated category of the ruleset, or null for "Không xếp loại". */
  rating: string | null;
  /** Points (TT44) or indicators met at Mức độ 1 (TT25); null for typed results and failures. */
  score: number | null;
  /** Levels scheme: how many indicators there are, to show "12/15". */
  indicators?: number;
  /**
   * Indicators (levels) or criteria (points) with a value still blank, when any: why a record read
   * has no rating ("Không xếp loại"). Absent in records stored before it was kept.
   */
  incomplete?: number;
  /** Levels scheme: criteria not met at Mức độ 1 and at Mức độ 2. */
  failedMd1?: string[];
  failedMd2?: string[];
  /** Points scheme: points of each criterion whose values are all entered, and its maximum when known. */
  points?: Record<string, number>;
  maxima?: Record<string, number>;
  /** Only for a ruleset that is not built in: the roll-up needs its categories and criterion names. */
  ruleset?: RulesetSummary;
  /** When the workbook was read (ms since the epoch); rows needing no reading have none. */
  readAt?: number;
  /**
   * Kept only in the store: the row's result as read, judged a repeat of an earlier row by the
   * update that stored it (the reason). The next update judges afresh from what was read; the
   * year's report counts it as that update did (duplicates.ts `asCounted`).
   */
  repeatOf?: Pick<CommuneRecord, 'reason' | 'earlier'>;
}

/** The register row a repeat repeats: its number and its commune as the register holds it. */
export interface RepeatedRow {
  row: number;
  commune: string;
}

function base(entry: RegisterEntry): Pick<CommuneRecord, 'row' | 'commune' | 'year' | 'link'> {
  return { row: entry.row, commune: entry.commune, year: entry.year, link: entry.link };
}

export function failedRecord(entry: RegisterEntry, failure: FailureKind, reason: string): CommuneRecord {
  return { ...base(entry), status: 'failed', failure, reason, rulesetId: '', rating: null, score: null };
}

/** A row that needs no reading: a register problem, or a typed result. */
export function recordWithoutReading(entry: RegisterEntry): CommuneRecord | null {
  const source = entry.source;
  if (source.kind === 'invalid') return failedRecord(entry, 'register', source.reason);
  if (source.kind === 'workbook') return null;
  return { ...base(entry), status: 'manual', reason: entry.notes.join(' '), rulesetId: source.rulesetId, rating: source.rating, score: null };
}

const SHOWN_PROBLEMS = 2;

function problemsText(problems: Problem[]): string {
  const shown = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((p) => p.message)
    .join(' ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown} … và ${more} lỗi khác (mở bảng tính của xã, dùng CDHT_CHECK để xem hết).` : shown;
}

const COMMUNE_LABEL = INFO_FIELDS.find((f) => f.key === 'commune')?.label;

/**
 * A register row linking another commune's workbook (a link copied from the row above, a
 * workbook shared under the wrong name): that commune's result must not count as the row's. The
 * report shows the reason too, so it names the communes, not the sheet's rows.
 */
function otherCommuneText(inWorkbook: string, inRegister: string): string {
  return `bảng tính được liên kết là của ${inWorkbook} (ô ${COMMUNE_LABEL} ở trang ${SHEETS.info}), không phải của ${inRegister} ghi trong danh sách: hãy kiểm tra lại liên kết (nếu xã đã đổi tên, hãy sửa tên cho khớp).`;
}

/** Reads what a commune workbook holds into its record, or says why it cannot be used. */
export function recordFromAssessment(entry: RegisterEntry, assessment: CommuneAssessment): CommuneRecord {
  const fail = (failure: FailureKind, reason: string) => failedRecord(entry, failure, reason);
  const { version, info, ruleset, evaluation } = assessment;
  if (version === null) {
    return fail('not_cdht', `Trang "Thông tin" không có dòng "${VERSION_LABEL}" ghi số phiên bản: đây không phải bảng tính CĐHT, hoặc bảng tính đã bị sửa.`);
  }
  if (version < READABLE_VERSIONS.min) {
    return fail('old_version', `Bảng tính dùng mẫu phiên bản ${version}, cũ hơn phiên bản ${READABLE_VERSIONS.min} mà tiện ích tổng hợp đọc được: xã cần cập nhật bảng tính theo mẫu mới.`);
  }
  if (version > READABLE_VERSIONS.max) {
    return fail('new_version', `Bảng tính dùng mẫu phiên bản ${version}, mới hơn phiên bản ${READABLE_VERSIONS.max} của tiện ích tổng hợp: hãy cập nhật tiện ích tổng hợp.`);
  }
  if (info.commune && !sameCommune(info.commune, entry.commune)) return fail('other_commune', otherCommuneText(info.commune, entry.commune));
  const errors = assessment.problems.filter((p) => p.severity === 'error');
  if (!evaluation || !ruleset) return fail('invalid', `Bộ tiêu chí trong bảng tính không dùng được. ${problemsText(errors)}`.trim());
  if (evaluation.items.every((r) => r.reading.state === 'blank')) {
    return fail('missing_data', `Bảng tính chưa có giá trị nào cho các chỉ tiêu (cột giá trị của vùng ${NAMES.indicators} trống).`);
  }
  if (errors.length > 0) return fail('invalid', problemsText(errors));
  if (info.year && info.year !== entry.year) {
    return fail('invalid', `Năm đánh giá trong bảng tính là ${info.year}, khác năm ${entry.year} trong danh sách.`);
  }

  const notes = [...entry.notes];
  if (!info.year) notes.push('Bảng tính chưa ghi Năm đánh giá: dùng năm trong danh sách.');
  // ratingText is then what CDHT_RATING shows: "Chưa đủ dữ liệu: còn … chỉ tiêu chưa nhập (…)", or
  // a result already decided while values are blank, "Chưa đạt (…; còn … chỉ tiêu chưa nhập: …)"
  // (TT44: "tiêu chí"; its older workbooks still show "chỉ tiêu").
  if (evaluation.missing.length > 0) notes.unshift(`${evaluation.ratingText}.`);

  // One literal per scheme, every field at once: 16,500 records a run stay cheap to build.
  const { row, commune, year, link } = entry;
  const read: CommuneRecord = { row, commune, year, link, status: 'read', reason: notes.join(' '), rulesetId: ruleset.id, rating: evaluation.rating, score: evaluation.score };
  // TC5.2a and TC5.2b blank are one indicator to enter.
  if (evaluation.missing.length > 0) {
    const blank = new Set(evaluation.missing);
    read.incomplete = new Set(evaluation.items.filter((r) => blank.has(r.item.code)).map((r) => r.item.partOf ?? r.item.code)).size;
  }
  let record: CommuneRecord;
  if (ruleset.scheme === 'levels') {
    const failedAt = (level: 'MD1' | 'MD2') => evaluation.criteria.filter((c) => c.byLevel?.[level] === 'not_met').map((c) => c.criterion.code);
    const indicators = evaluation.criteria.reduce((n, c) => n + c.indicators.length, 0);
    record = { ...read, indicators, failedMd1: failedAt('MD1'), failedMd2: failedAt('MD2') };
  } else {
    const entered = new Set(evaluation.items.filter((r) => r.reading.state === 'ok').map((r) => r.item.code));
    const points: Record<string, number> = {};
    const maxima: Record<string, number> = {};
    for (const c of evaluation.criteria) {
      if (c.criterion.items.every((i) => entered.has(i.code))) points[c.criterion.code] = c.points;
      if (c.max !== undefined) maxima[c.criterion.code] = c.max;
    }
    record = { ...read, points, maxima };
  }
  if (!builtInSummary(ruleset.id)) record.ruleset = summarizeRuleset(ruleset);
  return record;
}

/**
 * The record of a workbook as read, or, when evaluating it throws (an answer of a shape nobody
 * foresaw, a bug the workbook's data reveals), that row failed with what went wrong: one
 * workbook must not stop the roll-up of the others. Not retried: the same answer throws again.
 */
export function recordFromSnapshot(entry: RegisterEntry, snapshot: WorkbookSnapshot): CommuneRecord {
  try {
    return recordFromAssessment(entry, assessWorkbook(snapshot));
  } catch (thrown) {
    const what = thrownMessage(thrown);
    return failedRecord(
      entry,
      'invalid',
      `Tiện ích gặp lỗi khi đánh giá bảng tính của ${entry.commune} (năm ${entry.year}): ${what.replace(/[.!?]?$/, '.')} Các xã khác vẫn được tổng hợp; hãy gửi thông báo này kèm liên kết bảng tính cho người hỗ trợ.`,
    );
  }
}

/**
 * "74,5 điểm", "12/15 chỉ tiêu đạt Mức độ 1": the score as the per-commune sheet and the year's
 * report show it. A record read without a rating says what is still blank, so that "14/15 chỉ tiêu
 * đạt" is never read as one indicator failed ("Không xếp loại" means data still missing).
 */
export function scoreText(record: CommuneRecord): string {
  if (record.score === null) return '';
  const levels = record.indicators !== undefined;
  const score = levels ? `${record.score}/${record.indicators} chỉ tiêu đạt Mức độ 1` : `${formatViNumber(record.score)} điểm`;
  // Only a record read has a score: one typed by hand or failed has none.
  if (record.rating !== null) return score;
  const unit = levels ? 'chỉ tiêu' : 'tiêu chí';
  return `${score}, còn ${record.incomplete === undefined ? unit : `${record.incomplete} ${unit}`} chưa nhập`;
}

/** "Mức độ 1: TC4 · Mức độ 2: TC4, TC5", or the criteria short of their maximum points: "TC3 (6/8)". */
export function failedCriteriaText(record: CommuneRecord): string {
  if (record.failedMd1 || record.failedMd2) {
    const parts: string[] = [];
    if (record.failedMd1?.length) parts.push(`Mức độ 1: ${record.failedMd1.join(', ')}`);
    if (record.failedMd2?.length) parts.push(`Mức độ 2: ${record.failedMd2.join(', ')}`);
    return parts.join(' · ');
  }
  const { points = {}, maxima = {} } = record;
  return Object.keys(maxima)
    .filter((code) => code in points && points[code] < maxima[code])
    .map((code) => `${code} (${formatViNumber(points[code])}/${formatViNumber(maxima[code])})`)
    .join(', ');
}

/** How the per-commune sheet, beside the register, names the row a repeat repeats. */
const sheetRow = (earlier: RepeatedRow) => `dòng ${earlier.row}`;

/**
 * The reason column: a failure names its kind first ("Không có quyền xem: …"), a repeat the row
 * it repeats as `earlierRow` names it ("Trùng với dòng 6: cùng tên xã và năm 2025.").
 */
export function reasonText(record: CommuneRecord, earlierRow: (earlier: RepeatedRow) => string = sheetRow): string {
  const reason = record.earlier ? `Trùng với ${earlierRow(record.earlier)}: ${record.reason}` : record.reason;
  return record.failure ? `${FAILURE_LABELS[record.failure]}: ${reason}` : reason;
}

/**
 * The records as the store keeps them: a ruleset that is not built in (a province's own table)
 * is summarised once per id, on its first record, not on each of thousands. resolveSummaries
 * finds it there.
 */
export function leanRecords(records: readonly CommuneRecord[]): CommuneRecord[] {
  const summarised = new Set<string>();
  return records.map((record) => {
    if (!record.ruleset) return record;
    if (!summarised.has(record.rulesetId)) {
      summarised.add(record.rulesetId);
      return record;
    }
    const { ruleset, ...lean } = record;
    return lean;
  });
}

/**
 * A record as the store keeps it: everything but the link, which the register holds and only the
 * per-commune sheet shows (about a quarter of a record's text).
 */
export function recordJson(record: CommuneRecord): string {
  const { link, ...stored } = record;
  return JSON.stringify(stored);
}

/** Reads a stored record back (its link blank until the register gives it); throws on anything that is not one (a hand-edited store row, an older shape). */
export function parseRecord(json: string): CommuneRecord {
  const value = JSON.parse(json) as CommuneRecord;
  const ok =
    value !== null &&
    typeof value === 'object' &&
    typeof value.row === 'number' &&
    typeof value.commune === 'string' &&
    typeof value.year === 'number' &&
    (value.status === 'read' || value.status === 'manual' || value.status === 'failed') &&
    // A repeat stored as prose (before the row it repeats was kept as data) would show that row's number in the report: read it again instead.
    (value.repeatOf === undefined || (typeof value.repeatOf === 'object' && value.repeatOf !== null));
  if (!ok) throw new Error(`Bản ghi không hợp lệ: ${json.slice(0, 80)}`);
  value.link ??= '';
  return value;
}
