import type { EvidenceChange, EvidenceConflict, EvidenceFields, SidebarEvidence } from '../core/sidebar/protocol';
import { sameEvidence } from '../core/sidebar/save-plan';
import { SHEETS } from '../core/template/layout';
import type { Criterion } from '../core/ruleset/types';
import { citedKey, EVIDENCE_HEADER_ROW, splitCodes } from '../core/workbook/evidence';

/**
 * The sidebar's working copy of "Danh mục minh chứng": the rows as last loaded or saved, and the
 * items the user added, edited or removed since. Sent on "Lưu" with each row's "before", so the
 * server can tell whether another member changed it meanwhile (planEvidenceSave).
 */

/** An item as the sidebar shows it: `key` names a loaded row ("r5") or an added item ("n0"). */
export interface DraftEvidence {
  key: string;
  fields: EvidenceFields;
}

export class EvidenceDraft {
  private loaded: SidebarEvidence[];
  /** Edits of loaded rows by row index; null removes the row. */
  private readonly edits = new Map<number, EvidenceFields | null>();
  private added: Array<EvidenceFields | null> = [];

  constructor(list: readonly SidebarEvidence[]) {
    this.loaded = [...list];
  }

  /** The list as the user sees it now, in sheet order, added items last. */
  items(): DraftEvidence[] {
    const kept = this.loaded.flatMap((e) => {
      const fields = this.edits.has(e.row) ? this.edits.get(e.row) : e.fields;
      return fields ? [{ key: `r${e.row}`, fields }] : [];
    });
    return [...kept, ...this.added.flatMap((fields, i) => (fields ? [{ key: `n${i}`, fields }] : []))];
  }

  /** The items citing `codes` (an indicator, the indicator it is part of, its criterion), whatever their case, their ranges read along the ruleset's `criteria`. */
  citing(codes: readonly string[], criteria: readonly Criterion[]): DraftEvidence[] {
    const keys = new Set(codes.filter(Boolean).map(citedKey));
    return this.items().filter((item) => splitCodes(item.fields.indicators, criteria).some((c) => keys.has(citedKey(c))));
  }

  add(fields: EvidenceFields): void {
    this.added.push(fields);
  }

  /**
   * Edits (fields) or removes (null) the item `shown`: its key and fields as the list showed them when
   * the user clicked. A key names a place, not an item: a save re-reads the rows and renumbers the
   * added items, and another member may have removed or moved a row meanwhile, so a form left open
   * would otherwise edit another item or a row no longer sent. The item is the one at that key while
   * it still holds those fields, else the first that does (saved or moved); when none does (changed
   * or removed meanwhile) nothing changes and the answer is false, for the form to say so. An edit
   * back to what was loaded is no change.
   */
  set(shown: DraftEvidence, fields: EvidenceFields | null): boolean {
    const items = this.items();
    const holds = (item: DraftEvidence) => sameEvidence(item.fields, shown.fields);
    const key = (items.find((item) => item.key === shown.key && holds(item)) ?? items.find(holds))?.key;
    if (key === undefined) return false;
    const index = Number(key.slice(1));
    if (key.startsWith('n')) this.added[index] = fields;
    else if (fields && sameEvidence(fields, this.loaded.find((e) => e.row === index)?.fields ?? null)) this.edits.delete(index);
    else this.edits.set(index, fields);
    return true;
  }

  changes(): EvidenceChange[] {
    const edited = this.loaded.filter((e) => this.edits.has(e.row)).map((e) => ({ row: e.row, before: e.fields, after: this.edits.get(e.row) ?? null }));
    return [...edited, ...this.added.flatMap((after) => (after ? [{ row: null, before: null, after }] : []))];
  }

  get count(): number {
    return this.changes().length;
  }

  /**
   * A save answered with the list as the sheet now holds it: it becomes the new "before". Changes
   * that came back as conflicts stay pending, so nothing the user typed is lost.
   */
  saved(list: readonly SidebarEvidence[], conflicts: readonly EvidenceConflict[]): void {
    const pending = this.changes().filter((c) => conflicts.some((k) => k.row === c.row && sameEvidence(k.after, c.after)));
    this.loaded = [...list];
    this.edits.clear();
    this.added = [];
    for (const change of pending) {
      if (change.row === null) this.added.push(change.after);
      else this.edits.set(change.row, change.after);
    }
  }
}

/** What the sidebar says about an evidence change the save did not write, naming the item and the sheet's row. */
export function evidenceConflictText(conflict: EvidenceConflict): string {
  const code = (conflict.after ?? conflict.before)?.code.trim();
  const item = `Minh chứng${code ? ` ${code}` : ''}`;
  const row = conflict.at === null ? '' : `dòng ${EVIDENCE_HEADER_ROW + conflict.at}`;
  if (conflict.reason === 'taken') return `${item}: mã này đã có ở ${row} của trang "${SHEETS.evidence}"; hãy đặt mã khác.`;
  if (conflict.reason === 'full') return `${item}: trang "${SHEETS.evidence}" đã hết dòng trống; hãy mở rộng danh mục rồi thêm lại.`;
  return `${item} (${row}) vừa được người khác sửa; bấm "Tải lại" để xem.`;
}
