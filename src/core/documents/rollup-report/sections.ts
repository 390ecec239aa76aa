import { UNRATED } from '../../rollup/categories';
import { DIRECTION_LABELS, type CommuneChange, type CountChange } from '../../rollup/changes';
import type { CriteriaBlock, LevelsCriterionRow, PointsCriterionRow } from '../../rollup/criteria';
import { FAILURE_LABELS, reasonText, scoreText, type CommuneRecord, type FailureKind, type RepeatedRow } from '../../rollup/record';
import { communesOf } from '../../rollup/duplicates';
import type { RollUp } from '../../rollup/rollup';
import { shareText, type RulesetStats, type YearCounts } from '../../rollup/statistics';
import { formatViNumber } from '../../cells/vi-number';
import { heading, para, row } from '../blocks';
import { keepTogether } from '../layout';
import type { Align, Block, TableBlock, TableRow } from '../model';
import { CELL } from '../styles';
import { communeNames, criterionLabel, listText } from '../wording';

/** A criterion under the "Tiêu chí" heading: its number ("4" for the workbook's "TC4"), never the internal code. */
const criterionNumber = (code: string) => criterionLabel(code).replace(/^Tiêu chí /, '');

/**
 * The figures of the year's summary report (src/core/documents/rollup-report/report.ts), section by section, from
 * the roll-up the Tổng hợp sheets show: the same numbers, so the report and the sheets never differ.
 * Every sentence here states a count; what the figures mean is left to people ("[Cần bổ sung: …]").
 */

const n = (value: number) => formatViNumber(value);
/** Shares as the roll-up's sheets show them (one decimal at most, vi-VN: "81,3%"), "–" when nothing to divide by. */
const share = (part: number, whole: number) => shareText(part, whole, '–');
const signed = (value: number) => (value > 0 ? `+${n(value)}` : n(value));
/** A commune's name as the register holds it, written as a name ("XÃ HÒA AN" reads "Xã Hòa An"). */
const communeName = (commune: string) => (commune ? communeNames(commune).full : '(chưa có tên)');

function dataTable(widths: number[], aligns: Align[], header: string[], rows: TableRow[]): TableBlock {
  return { kind: 'table', widths, borders: true, cellStyle: CELL, aligns, rows: [row(header, { header: true }), ...rows] };
}

/** A sub-heading per ruleset only when the year has several, so a one-ruleset year reads plainly. */
function perRuleset<T>(items: T[], name: (item: T) => string, body: (item: T) => Block[]): Block[] {
  if (items.length === 1) return [para(`Theo ${name(items[0])}:`), ...body(items[0])];
  return items.flatMap((item, i) => [heading(2, `${i + 1}. Theo ${name(item)}`), ...body(item)]);
}

const rulesetName = (stats: RulesetStats) => stats.ruleset.name;

/** The rulesets that rated communes in `year`, with that year's counts. */
export function rulesetsOfYear(rollUp: RollUp, year: number): Array<{ stats: RulesetStats; counts: YearCounts }> {
  return rollUp.rulesets.flatMap((stats) => {
    const counts = stats.years.find((y) => y.year === year);
    return counts ? [{ stats, counts }] : [];
  });
}

const recordsOf = (rollUp: RollUp, year: number) => rollUp.records.filter((r) => r.year === year);

/** "Không có quyền xem: 2 xã; Mẫu bảng tính cũ: 1 xã", most frequent first, then in the labels' order. */
function failureSummary(failed: CommuneRecord[]): string {
  const order = Object.keys(FAILURE_LABELS) as FailureKind[];
  const counts = new Map<FailureKind, number>();
  for (const record of failed) if (record.failure) counts.set(record.failure, (counts.get(record.failure) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || order.indexOf(a) - order.indexOf(b))
    .map(([kind, count]) => `${FAILURE_LABELS[kind]}: ${n(count)} xã`)
    .join('; ');
}

/**
 * Why a commune with a result has no rating, by where the result comes from: a workbook whose
 * data is incomplete, or a result typed as "Không xếp loại" (a typed result left blank is a
 * register error, never a result: src/core/rollup/register.ts).
 */
const UNRATED_WHY = { read: 'bảng tính chưa nhập đủ dữ liệu', manual: `kết quả nhập tay ghi "${UNRATED}"` } as const;

/**
 * What "Không xếp loại" counts in this report: communes listed with a result that holds no rating
 * (UNRATED_WHY), not communes that failed.
 */
export const UNRATED_MEANING = `"${UNRATED}" là các xã có tên trong danh sách tổng hợp nhưng chưa có kết quả xếp loại (${UNRATED_WHY.read} hoặc ${UNRATED_WHY.manual}); các xã này không được tính là chưa đạt.`;

/** "1 xã vì bảng tính chưa nhập đủ dữ liệu, 1 xã vì kết quả nhập tay ghi …": each source of unrated results that has any. */
function unratedSummary(unrated: CommuneRecord[]): string {
  return (['read', 'manual'] as const)
    .map((status) => [unrated.filter((r) => r.status === status).length, UNRATED_WHY[status]] as const)
    .filter(([count]) => count > 0)
    .map(([count, why]) => `${n(count)} xã vì ${why}`)
    .join(', ');
}

/**
 * The year's communes (`communesOf`: a commune listed on several rows counted once, how many rows
 * that set aside said): those with a rating (the only ones "có kết quả xếp loại"), those listed
 * with a result but no rating ("Không xếp loại", and why), those that could not be read (and why).
 */
export function generalSituation(rollUp: RollUp, year: number): Block[] {
  const records = recordsOf(rollUp, year);
  const { communes, again } = communesOf(records);
  const rated = communes.filter((r) => r.status !== 'failed' && r.rating !== null);
  const unrated = communes.filter((r) => r.status !== 'failed' && r.rating === null);
  const failed = communes.filter((r) => r.status === 'failed');
  const ratedFrom = (status: CommuneRecord['status']) => n(rated.filter((r) => r.status === status).length);
  const listed =
    again.length === 0
      ? `có ${n(communes.length)} xã`
      : `có ${n(records.length)} dòng, ứng với ${n(communes.length)} xã: mỗi xã chỉ tính một lần, ${n(again.length)} dòng của một xã đã tính ở dòng khác không được tính thêm (danh sách tại mục VI)`;
  const blocks = [
    para(
      `Danh sách tổng hợp năm ${year} ${listed}. Có kết quả xếp loại của ${n(rated.length)} xã ` +
        `(${ratedFrom('read')} xã đọc từ bảng tính CĐHT, ${ratedFrom('manual')} xã nhập tay kết quả); ${n(unrated.length)} xã "${UNRATED}"; ` +
        `không đọc được kết quả của ${n(failed.length)} xã.`,
    ),
  ];
  if (unrated.length > 0) blocks.push(para(`Chưa có kết quả xếp loại ("${UNRATED}"): ${unratedSummary(unrated)} (danh sách tại mục V).`));
  if (failed.length > 0) blocks.push(para(`Lý do không đọc được: ${failureSummary(failed)} (danh sách tại mục VI).`));
  return blocks;
}

/**
 * One ruleset's table: each rated category's share of the communes rated (never of those
 * unrated, who have no result to share in), their total, then "Không xếp loại" counted without a share.
 */
function statisticsTable({ stats, counts }: { stats: RulesetStats; counts: YearCounts }): Block[] {
  const unratedAt = stats.categories.indexOf(UNRATED);
  const unrated = counts.counts[unratedAt];
  const rated = counts.total - unrated;
  const rows = stats.categories.flatMap((category, i) => (i === unratedAt ? [] : [row([category, n(counts.counts[i]), share(counts.counts[i], rated)])]));
  return [
    dataTable(
      [0.5, 0.25, 0.25],
      ['left', 'center', 'center'],
      ['Kết quả', 'Số xã', 'Tỷ lệ trên số xã đã xếp loại'],
      [...rows, row(['Số xã đã xếp loại', n(rated), share(rated, rated)], { bold: true }), row([UNRATED, n(unrated), '–'])],
    ),
  ];
}

export function statisticsSection(rollUp: RollUp, year: number): Block[] {
  const present = rulesetsOfYear(rollUp, year);
  if (present.length === 0) return [para(`Năm ${year} chưa có xã nào có kết quả.`)];
  const unrated = present.some((p) => p.counts.counts[p.stats.categories.indexOf(UNRATED)] > 0);
  return [
    para(`Tỷ lệ của mỗi kết quả tính trên số xã đã xếp loại theo cùng bộ tiêu chí (đọc từ bảng tính CĐHT hoặc nhập tay); các xã "${UNRATED}" không tính vào tỷ lệ.`),
    ...(unrated ? [para(UNRATED_MEANING)] : []),
    ...perRuleset(present, (p) => rulesetName(p.stats), statisticsTable),
  ];
}

/** "Tiêu chí 4 và Tiêu chí 5 (mỗi tiêu chí 3 xã)": every criterion tied at the top count. */
function mostFailed(rows: LevelsCriterionRow[], key: 'failedMd1' | 'failedMd2', level: string): Block[] {
  const top = Math.max(0, ...rows.map((r) => r[key]));
  if (top === 0) return [];
  const names = rows.filter((r) => r[key] === top).map((r) => criterionLabel(r.code));
  const each = names.length > 1 ? 'mỗi tiêu chí ' : '';
  return [para(`Tiêu chí có nhiều xã không đạt ${level} nhất: ${listText(names)} (${each}${n(top)} xã).`)];
}

function levelsCriteria(block: CriteriaBlock & { scheme: 'levels' }): Block[] {
  const rows = block.rows.filter((r) => r.failedMd1 + r.failedMd2 > 0);
  if (rows.length === 0) return [para('Không có tiêu chí nào có xã không đạt.')];
  const cells = rows.map((r) => row([criterionNumber(r.code), r.name, n(r.failedMd1), share(r.failedMd1, block.assessed), n(r.failedMd2), share(r.failedMd2, block.assessed)]));
  return [
    ...mostFailed(rows, 'failedMd1', 'Mức độ 1'),
    ...mostFailed(rows, 'failedMd2', 'Mức độ 2'),
    dataTable(
      // "Mức độ 1" in bold 13 pt needs a column of 0,15 to stay on one line.
      [0.1, 0.38, 0.15, 0.11, 0.15, 0.11],
      ['center', 'left', 'center', 'center', 'center', 'center'],
      ['Tiêu chí', 'Nội dung', 'Số xã không đạt Mức độ 1', 'Tỷ lệ', 'Số xã không đạt Mức độ 2', 'Tỷ lệ'],
      cells,
    ),
  ];
}

const ratio = (r: PointsCriterionRow) => (r.average ?? 0) / (r.max ?? 1);

function pointsCriteria(block: CriteriaBlock & { scheme: 'points' }): Block[] {
  const cells = block.rows.map((r) =>
    row([criterionNumber(r.code), r.name, n(r.entered), r.average === null ? '' : n(r.average), r.max === null ? '' : n(r.max), r.average !== null && r.max ? share(r.average, r.max) : '']),
  );
  const table = dataTable(
    [0.1, 0.38, 0.13, 0.13, 0.13, 0.13],
    ['center', 'left', 'center', 'center', 'center', 'center'],
    ['Tiêu chí', 'Nội dung', 'Số xã đã chấm', 'Điểm trung bình', 'Điểm tối đa', 'Tỷ lệ so với tối đa'],
    cells,
  );
  if (!block.ranked) return [table, para('Bảng tính của các xã chưa có đủ điểm tối đa của các tiêu chí nên chưa xếp được tiêu chí có điểm thấp nhất.')];
  // Ranked rows are sorted weakest first: every row tied with the first is named.
  const weakest = block.rows.filter((r) => ratio(r) === ratio(block.rows[0]));
  const each = weakest.length > 1 ? 'mỗi tiêu chí ' : '';
  return [
    para(`Tiêu chí có điểm trung bình thấp nhất so với điểm tối đa: ${listText(weakest.map((r) => criterionLabel(r.code)))} (${each}${share(weakest[0].average ?? 0, weakest[0].max ?? 1)}).`),
    table,
  ];
}

/**
 * Which communes a ruleset's criteria figures count, said outright because it is not section
 * II's base (the communes rated, read or typed): every commune read from its workbook, those "Không
 * xếp loại" for data still missing among them, and none typed by hand.
 */
function criteriaBase(rollUp: RollUp, block: CriteriaBlock): Block {
  const read = recordsOf(rollUp, block.year).filter((r) => r.status === 'read' && r.rulesetId === block.ruleset.id);
  const unrated = read.filter((r) => r.rating === null).length;
  const who = unrated > 0 ? ` (${n(read.length - unrated)} xã đã xếp loại và ${n(unrated)} xã "${UNRATED}" vì ${UNRATED_WHY.read})` : '';
  const of = block.scheme === 'levels' ? `tỷ lệ trong bảng dưới đây tính trên ${n(block.assessed)} xã này` : 'điểm trung bình của mỗi tiêu chí tính trên số xã đã chấm tiêu chí đó';
  return para(`Số xã đọc từ bảng tính: ${n(block.assessed)}${who}; ${of}, không phải trên số xã đã xếp loại ở mục II.`);
}

export function criteriaSection(rollUp: RollUp, year: number): Block[] {
  const blocks = rollUp.criteria.filter((b) => b.year === year);
  if (blocks.length === 0) return [para(`Năm ${year} không có bảng tính CĐHT nào đọc được nên chưa có số liệu theo tiêu chí.`)];
  return [
    para('Chỉ tính các xã đọc được từ bảng tính CĐHT: kết quả nhập tay không có số liệu theo tiêu chí.'),
    ...perRuleset(
      blocks,
      (b) => b.ruleset.name,
      (b) => [criteriaBase(rollUp, b), ...(b.scheme === 'levels' ? levelsCriteria(b) : pointsCriteria(b))],
    ),
  ];
}

function countChangeTable(changes: CountChange[]): Block[] {
  const from = changes[0].fromYear;
  const to = changes[0].toYear;
  return [
    dataTable(
      [0.4, 0.2, 0.2, 0.2],
      ['left', 'center', 'center', 'center'],
      ['Kết quả', `Năm ${from}`, `Năm ${to}`, 'Tăng (+), giảm (-)'],
      changes.map((c) => row([c.category, n(c.fromCount), n(c.toCount), signed(c.toCount - c.fromCount)])),
    ),
  ];
}

function communeChangeTable(changes: CommuneChange[], year: number): Block[] {
  if (changes.length === 0) return [para('Không có xã nào thay đổi kết quả so với lần đánh giá trước của xã theo cùng bộ tiêu chí.')];
  const up = changes.filter((c) => c.direction === 'up');
  const down = changes.filter((c) => c.direction === 'down');
  return [
    para(`So với lần đánh giá trước của xã theo cùng bộ tiêu chí: ${n(up.length)} xã tăng hạng, ${n(down.length)} xã giảm hạng.`),
    dataTable(
      [0.08, 0.32, 0.22, 0.2, 0.18],
      ['center', 'left', 'left', 'left', 'left'],
      ['STT', 'Tên xã', 'Kết quả lần trước', `Kết quả năm ${year}`, 'Thay đổi'],
      [...up, ...down].map((c, i) => row([String(i + 1), communeName(c.commune), `${c.fromRating} (năm ${c.fromYear})`, c.toRating, DIRECTION_LABELS[c.direction]])),
    ),
  ];
}

export function changesSection(rollUp: RollUp, year: number): Block[] {
  const counts = rollUp.countChanges.filter((c) => c.toYear === year);
  const rulesets = rollUp.rulesets.filter((s) => counts.some((c) => c.rulesetId === s.ruleset.id));
  const countBlocks =
    rulesets.length === 0
      ? [para(`Chưa so sánh được: cần kết quả năm ${year} và một năm đánh giá trước đó theo cùng bộ tiêu chí.`)]
      : perRuleset(rulesets, rulesetName, (s) => countChangeTable(counts.filter((c) => c.rulesetId === s.ruleset.id)));
  return [
    heading(2, '1. Số xã theo kết quả, so với năm đánh giá trước'),
    ...countBlocks,
    heading(2, '2. Các xã thay đổi kết quả'),
    ...communeChangeTable(
      rollUp.communeChanges.filter((c) => c.toYear === year),
      year,
    ),
  ];
}

const SOURCE = { read: 'Bảng tính CĐHT', manual: 'Nhập tay', failed: '' } as const;

/** One table per ruleset: a bold row per result ("Mức độ 2: 3 xã"), then its communes in register order. */
function communeListTable(stats: RulesetStats, records: CommuneRecord[]): Block[] {
  const rows = stats.categories.flatMap((category) => {
    const members = records.filter((r) => (r.rating ?? UNRATED) === category);
    if (members.length === 0) return [];
    return [
      row([`${category}: ${n(members.length)} xã`], { bold: true, span: true }),
      ...members.map((r, i) => row([String(i + 1), communeName(r.commune), keepTogether(scoreText(r), ['Mức độ 1', 'Mức độ 2']), SOURCE[r.status]])),
    ];
  });
  return [dataTable([0.1, 0.38, 0.3, 0.22], ['center', 'left', 'left', 'left'], ['STT', 'Tên xã', 'Điểm, số chỉ tiêu đạt', 'Nguồn kết quả'], rows)];
}

export function communeListsSection(rollUp: RollUp, year: number): Block[] {
  const present = rulesetsOfYear(rollUp, year).map((p) => p.stats);
  if (present.length === 0) return [para(`Năm ${year} chưa có xã nào có kết quả.`)];
  // A row that failed has no ruleset (CommuneRecord.rulesetId ''), so each ruleset's rows are the ones read or typed.
  const records = recordsOf(rollUp, year);
  return perRuleset(present, rulesetName, (stats) =>
    communeListTable(
      stats,
      records.filter((r) => r.rulesetId === stats.ruleset.id),
    ),
  );
}

/** How the report names the register row a repeat repeats: by its commune, the report's reader having no sheet to look at. */
const repeatedRow = (earlier: RepeatedRow) => `dòng của ${communeName(earlier.commune)} (đã tính)`;

/** The table of communes (or rows) and why: STT, name, reason. */
function reasonTable(records: CommuneRecord[]): TableBlock {
  return dataTable(
    [0.08, 0.32, 0.6],
    ['center', 'left', 'left'],
    ['STT', 'Tên xã', 'Lý do'],
    records.map((r, i) => row([String(i + 1), communeName(r.commune), reasonText(r, repeatedRow)])),
  );
}

/**
 * The communes whose result could not be read, with the reason (the register's row numbers are the
 * sheet's business, not the report's: see repeatedRow); then the other rows of a commune counted
 * from one of its rows (`communesOf`; a failed row coming first among them: the commune is counted
 * from its later, read row), so that section I's count of rows can be checked.
 */
export function unreadableSection(rollUp: RollUp, year: number): Block[] {
  const { communes, again } = communesOf(recordsOf(rollUp, year));
  const failed = communes.filter((r) => r.status === 'failed');
  const blocks = failed.length === 0 ? [para(`Năm ${year} không có xã nào không đọc được kết quả.`)] : [reasonTable(failed)];
  if (again.length === 0) return blocks;
  return [...blocks, para(`Các dòng của một xã đã tính ở dòng khác, không được tính thêm (${n(again.length)} dòng):`), reasonTable(again)];
}
