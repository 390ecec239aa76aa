/// <reference lib="dom" />
import { EVIDENCE_FIELDS, EVIDENCE_LABELS as LABELS, type EvidenceFields } from '../../core/sidebar/protocol';
import { linkLines, oldLinkCell, readLinkCell } from '../../core/workbook/evidence';
import { linkKey } from '../../core/workbook/link-key';
import { el, fill } from '../dom';
import type { DraftEvidence } from '../evidence-draft';

/** What the card asks of the sidebar when the user adds, edits or removes an evidence item. */
export interface EvidenceActions {
  add(fields: EvidenceFields): void;
  /** Edits (fields) or removes (null) the item as shown; false when the list no longer holds it (EvidenceDraft.set). */
  set(shown: DraftEvidence, fields: EvidenceFields | null): boolean;
}

/** The form's button for an item not yet in the list. */
const ADD = 'Thêm vào danh mục';

/** Why "Cập nhật" stored nothing: the item as opened is no longer in the list (EvidenceDraft.set), named by its code, or its name while it has none. */
const goneText = (opened: DraftEvidence): string =>
  `Minh chứng ${opened.fields.code || opened.fields.name} đã bị xóa hoặc sửa trong danh mục sau khi bạn mở để sửa nên chưa cập nhật. Nội dung bạn nhập vẫn còn: bấm "${ADD}" để thêm thành mục mới, hoặc "Hủy" rồi "Sửa" mục đó trong danh sách.`;

/** What is wrong with a "Liên kết" cell (readLinkCell's faults), as the list and the form say it. */
const faultText = (faults: string[]): string => `Liên kết cần sửa: ${faults.join('; ')}.`;

/**
 * An item's "Liên kết" cell as the dossier's annex prints it (readLinkCell, linkLines): each link an
 * anchor to the address it means with the words typed beside it, what is wrong instead of any link
 * when it holds an address written wrong, or where the paper copy is kept.
 */
function linkView(text: string): HTMLElement[] {
  const { faults, note } = readLinkCell(text);
  if (faults.length > 0) return [el('span', { class: 'field-error link-fault' }, faultText(faults))];
  if (note) return [el('span', { class: 'gray evidence-note' }, ` ${note}`)];
  return linkLines(text).flatMap(({ before, href, after }) => [
    ...(before ? [el('span', { class: 'gray evidence-note' }, ` ${before}`)] : []),
    ...(href ? [linkAnchor(href)] : []),
    ...(after ? [el('span', { class: 'gray evidence-note' }, ` ${after}`)] : []),
  ]);
}

/** A link as the sidebar shows it: only http(s) links are ever made into anchors (never "javascript:"). */
function linkAnchor(href: string): HTMLElement {
  return el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer', title: href } }, `↗ ${href.replace(/^https?:\/\//i, '')}`);
}

/**
 * The evidence items citing one indicator, each with its link, "Sửa" and "Xóa", and "Thêm minh
 * chứng". An item is edited in a small form with the list's columns; a new one starts citing this
 * indicator. Below them, what the indicator row's old "Minh chứng (liên kết)" cell still holds that
 * no item lists: each link with "Đưa vào danh mục" (the form, filled with it), other text as typed.
 * The sidebar never writes that cell, so nothing in it is lost; the dossier lists its links too
 * (src/core/documents/dossier/evidence.ts).
 */
export class EvidenceList {
  readonly root: HTMLElement;
  private readonly list = el('ul', { class: 'evidence-items' });
  private readonly form = el('div', { class: 'evidence-form' });
  private readonly legacy = el('div', { class: 'legacy-evidence' });
  private items: DraftEvidence[] = [];

  constructor(
    private readonly code: string,
    private readonly actions: EvidenceActions,
  ) {
    const add = el('button', { class: 'add-evidence', attrs: { type: 'button' } }, 'Thêm minh chứng');
    add.addEventListener('click', () => this.open(null, { code: '', name: '', reference: '', issuer: '', link: '', indicators: code }));
    this.root = el('div', { class: 'field field-evidence-list' }, el('span', { class: 'label' }, 'Danh mục minh chứng'), this.list, add, this.legacy, this.form);
  }

  show(items: DraftEvidence[], legacy: string): void {
    this.items = items;
    this.showLegacy(legacy);
    fill(
      this.list,
      ...items.map((item) => {
        // A screen reader hears which item a button acts on: its code, or its name while it has none.
        const which = item.fields.code || item.fields.name;
        const edit = el('button', { class: 'edit-evidence', attrs: { type: 'button', 'aria-label': `Sửa minh chứng ${which}` } }, 'Sửa');
        const remove = el('button', { class: 'remove-evidence', attrs: { type: 'button', 'aria-label': `Xóa minh chứng ${which}` } }, 'Xóa');
        edit.addEventListener('click', () => this.open(item, item.fields));
        // The list is drawn again after every change, so the item it shows is still in the draft.
        remove.addEventListener('click', () => this.actions.set(item, null));
        const details = [item.fields.reference, item.fields.issuer].filter(Boolean).join(', ');
        return el(
          'li',
          { attrs: { 'data-evidence': item.fields.code } },
          el('span', { class: 'evidence-code' }, item.fields.code || '(chưa có mã)'),
          ` ${item.fields.name}`,
          details ? ` (${details})` : '',
          ...linkView(item.fields.link),
          edit,
          remove,
        );
      }),
    );
    if (items.length === 0) this.list.append(el('li', { class: 'gray' }, 'Chưa có minh chứng nào ghi chỉ tiêu này.'));
  }

  /** What the old link column holds that no listed item has (its links, then any other text). */
  showLegacy(text: string): void {
    // Read and compared as the dossier does (src/core/documents/dossier/evidence.ts), so both list the same links.
    const listed = new Set(this.items.flatMap((i) => readLinkCell(i.fields.link).links.map(linkKey)));
    const old = oldLinkCell(text);
    const links = old.links.filter((link) => !listed.has(linkKey(link)));
    const other = old.other;
    if (links.length === 0 && !other) {
      fill(this.legacy);
      return;
    }
    const blank = { code: '', name: '', reference: '', issuer: '', link: '', indicators: this.code };
    fill(
      this.legacy,
      el('span', { class: 'label' }, 'Ghi ở cột "Minh chứng (liên kết)" cũ, chưa có trong danh mục'),
      el(
        'ul',
        { class: 'evidence-items' },
        ...links.map((link) => {
          const adopt = el('button', { class: 'adopt-evidence', attrs: { type: 'button', 'aria-label': `Đưa ${link} vào danh mục minh chứng` } }, 'Đưa vào danh mục');
          adopt.addEventListener('click', () => this.open(null, { ...blank, link }));
          return el('li', { attrs: { 'data-link': link } }, linkAnchor(link), adopt);
        }),
        other ? el('li', { class: 'legacy-text' }, other) : null,
      ),
    );
  }

  /** The form for a new item (shown null) or an existing one, as the list showed it. */
  private open(shown: DraftEvidence | null, fields: EvidenceFields): void {
    let editing = shown;
    const inputs = EVIDENCE_FIELDS.map((field) => {
      const id = `ev-${this.code.replace(/[^\w-]/g, '_')}-${field}`;
      const input = el('input', { attrs: { id, type: 'text', 'data-evidence-field': field, autocomplete: 'off' } });
      input.value = fields[field];
      return { field, input, row: el('div', { class: 'field' }, el('label', { attrs: { for: id } }, LABELS[field]), input) };
    });
    const apply = el('button', { class: 'apply-evidence action', attrs: { type: 'button' } }, editing === null ? ADD : 'Cập nhật');
    const cancel = el('button', { attrs: { type: 'button' } }, 'Hủy');
    const problem = el('div', { class: 'field-error', attrs: { role: 'alert' } });
    apply.addEventListener('click', () => {
      const after = Object.fromEntries(inputs.map(({ field, input }) => [field, input.value.trim()])) as EvidenceFields;
      // An item is listed and cited by its code and name: without them it is an empty row of the list.
      if (!after.code || !after.name) {
        fill(problem, `Cần nhập ${LABELS.code.toLowerCase()} và ${LABELS.name.toLowerCase()}.`);
        inputs[after.code ? 1 : 0].input.focus();
        return;
      }
      // The dossier would print a gap for it: say so while the link is being typed.
      const { faults } = readLinkCell(after.link);
      if (faults.length > 0) {
        fill(problem, faultText(faults));
        inputs[EVIDENCE_FIELDS.indexOf('link')].input.focus();
        return;
      }
      if (editing === null) this.actions.add(after);
      else if (!this.actions.set(editing, after)) {
        // A save or another card changed the list under this form: what was typed stays, as a new item if wanted.
        fill(problem, goneText(editing));
        fill(apply, ADD);
        editing = null;
        return;
      }
      fill(this.form);
    });
    cancel.addEventListener('click', () => fill(this.form));
    fill(this.form, ...inputs.map((i) => i.row), problem, el('div', { class: 'buttons' }, apply, cancel));
    inputs[0].input.focus();
  }
}
