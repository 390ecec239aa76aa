import { failedRecord, type CommuneRecord } from './record';
import { communeKey, type RegisterEntry, sameCommune } from './register';

/**
 * Counts each commune once a year and each workbook once a year, judged after reading: only rows
 * that were counted (read, or a typed result) can make a later row a repeat. A row rejected for
 * its own fault (a link that is not a spreadsheet, another commune's workbook, a workbook that
 * could not be read) never blocks the right row for the same commune-year, wherever it stands.
 *
 * `records` are aligned with `entries` (register order); the repeats come back as register
 * failures naming the earlier row ("Trùng với dòng 6: …"), the others as they are. One commune is
 * one `communeKey` and year whose names `sameCommune` holds one ("An Lạc" and "Phường An Lạc"; not
 * "Xã An Lạc" and "Phường An Lạc").
 */
export function countOnce(entries: readonly RegisterEntry[], records: readonly CommuneRecord[]): CommuneRecord[] {
  const communeRows = new Map<string, Array<{ commune: string; row: number }>>();
  const workbookRows = new Map<string, number>();
  return records.map((record, i) => {
    if (record.status === 'failed') return record;
    const entry = entries[i];
    const communeYear = `${communeKey(entry.commune)}|${entry.year}`;
    const counted = communeRows.get(communeYear) ?? [];
    const earlier = counted.find((c) => sameCommune(c.commune, entry.commune));
    if (earlier !== undefined) return failedRecord(entry, 'register', `Trùng với dòng ${earlier.row}: cùng tên xã và năm ${entry.year}.`);
    // One workbook is one commune's assessment: linked twice the same year, it would be counted twice.
    const workbookYear = entry.source.kind === 'workbook' ? `${entry.source.spreadsheetId}|${entry.year}` : '';
    const sameWorkbook = workbookRows.get(workbookYear);
    if (sameWorkbook !== undefined) return failedRecord(entry, 'register', `Trùng với dòng ${sameWorkbook}: cùng bảng tính, năm ${entry.year}.`);
    communeRows.set(communeYear, [...counted, { commune: entry.commune, row: entry.row }]);
    if (workbookYear) workbookRows.set(workbookYear, entry.row);
    return record;
  });
}

/**
 * The records to keep in the store: each as it was read, so that the next update judges afresh
 * (the earlier row may be gone by then), and a repeat marked with its reason so that the year's
 * report, built from the store alone, counts as the sheets do.
 */
export function markRepeats(read: readonly CommuneRecord[], judged: readonly CommuneRecord[]): CommuneRecord[] {
  return read.map((record, i) => (judged[i] === record ? record : { ...record, repeatOf: judged[i].reason }));
}

/** A kept record as the roll-up counts it: a marked repeat is a register failure with its reason. */
export function asCounted(record: CommuneRecord): CommuneRecord {
  if (record.repeatOf === undefined) return record;
  const { row, commune, year, link } = record;
  return { row, commune, year, link, status: 'failed', failure: 'register', reason: record.repeatOf, rulesetId: '', rating: null, score: null };
}

/** A kept record as it was read, for judging afresh. */
export function asRead(record: CommuneRecord): CommuneRecord {
  if (record.repeatOf === undefined) return record;
  const { repeatOf, ...read } = record;
  return read;
}
