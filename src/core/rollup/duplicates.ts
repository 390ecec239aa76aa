import { failedRecord, type CommuneRecord, type RepeatedRow } from './record';
import { communeKey, type RegisterEntry, sameCommune } from './register';

/**
 * Counts each commune once a year and each workbook once a year, judged after reading: only rows
 * that were counted (read, or a typed result) can make a later row a repeat. A row rejected for
 * its own fault (a link that is not a spreadsheet, another commune's workbook, a workbook that
 * could not be read) never blocks the right row for the same commune-year, wherever it stands.
 *
 * `records` are aligned with `entries` (register order); the repeats come back as register
 * failures that keep the earlier row beside a reason without its number (reasonText writes
 * "Trùng với dòng 6: cùng tên xã và năm 2025." in the sheet), the others as they are. One commune
 * is one `communeKey` and year whose names `sameCommune` holds one ("An Lạc" and "Phường An Lạc";
 * not "Xã An Lạc" and "Phường An Lạc").
 */
export function countOnce(entries: readonly RegisterEntry[], records: readonly CommuneRecord[]): CommuneRecord[] {
  const communeRows = new Map<string, RepeatedRow[]>();
  const workbookRows = new Map<string, RepeatedRow>();
  return records.map((record, i) => {
    if (record.status === 'failed') return record;
    const entry = entries[i];
    const repeat = (earlier: RepeatedRow, reason: string): CommuneRecord => ({ ...failedRecord(entry, 'register', reason), earlier });
    const communeYear = `${communeKey(entry.commune)}|${entry.year}`;
    const countedNames = communeRows.get(communeYear) ?? [];
    const sameName = countedNames.find((earlier) => sameCommune(earlier.commune, entry.commune));
    if (sameName) return repeat(sameName, `cùng tên xã và năm ${entry.year}.`);
    // One workbook is one commune's assessment: linked twice the same year, it would be counted twice.
    const workbookYear = entry.source.kind === 'workbook' ? `${entry.source.spreadsheetId}|${entry.year}` : '';
    const sameWorkbook = workbookRows.get(workbookYear);
    if (sameWorkbook) return repeat(sameWorkbook, `cùng bảng tính, năm ${entry.year}.`);
    const counted = { row: entry.row, commune: entry.commune };
    communeRows.set(communeYear, [...countedNames, counted]);
    if (workbookYear) workbookRows.set(workbookYear, counted);
    return record;
  });
}

/**
 * The records to keep in the store: each as it was read, so that the next update judges afresh
 * (the earlier row may be gone by then), and a repeat marked with its reason so that the year's
 * report, built from the store alone, counts as the sheets do.
 */
export function markRepeats(read: readonly CommuneRecord[], judged: readonly CommuneRecord[]): CommuneRecord[] {
  return read.map((record, i) => (judged[i] === record ? record : { ...record, repeatOf: { reason: judged[i].reason, earlier: judged[i].earlier } }));
}

/** A kept record as the roll-up counts it: a marked repeat is a register failure with its reason. */
export function asCounted(record: CommuneRecord): CommuneRecord {
  if (record.repeatOf === undefined) return record;
  const { row, commune, year, link } = record;
  return { row, commune, year, link, status: 'failed', failure: 'register', ...record.repeatOf, rulesetId: '', rating: null, score: null };
}

/** A kept record as it was read, for judging afresh. */
export function asRead(record: CommuneRecord): CommuneRecord {
  if (record.repeatOf === undefined) return record;
  const { repeatOf, ...read } = record;
  return read;
}

/** A year's register rows read as communes: each commune once, and the rows that list one again. */
export interface YearCommunes {
  /** One record per commune, in the order communes first appear: its counted row where it has one, else its first row. */
  communes: CommuneRecord[];
  /** The other rows of a commune listed more than once (a repeat `countOnce` set aside, or a second failed row), in register order. */
  again: CommuneRecord[];
}

/**
 * A year's records (register order, repeats already judged by `countOnce`) as communes: rows of one
 * commune are those `countOnce` takes for one (one `communeKey`, names `sameCommune` holds one); a
 * row without a name is a commune of its own, there being nothing to match it by. A commune whose
 * row was counted takes that row's result even when a failed row of it comes first.
 */
export function communesOf(records: readonly CommuneRecord[]): YearCommunes {
  const communes: CommuneRecord[] = [];
  const again: CommuneRecord[] = [];
  for (const record of records) {
    const at = record.commune ? communes.findIndex((c) => c.commune && c.year === record.year && sameCommune(c.commune, record.commune)) : -1;
    if (at < 0) communes.push(record);
    else if (communes[at].status === 'failed' && record.status !== 'failed') again.push(communes.splice(at, 1, record)[0]);
    else again.push(record);
  }
  return { communes, again: again.sort((a, b) => a.row - b.row) };
}
