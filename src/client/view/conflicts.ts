/// <reference lib="dom" />
import type { Conflict, SidebarIndicator } from '../../core/sidebar/protocol';
import { el, fill } from '../dom';
import { FIELD_LABELS, showCell } from '../fields';

export interface ConflictChoices {
  keepMine(conflicts: Conflict[]): void;
  takeSheet(conflicts: Conflict[]): void;
}

/**
 * Cells another member changed in the sheet since the sidebar loaded them. Nothing is overwritten
 * until the user picks a side.
 */
export class ConflictPanel {
  readonly root = el('div', { class: 'conflicts', attrs: { id: 'conflicts', role: 'alert' } });

  constructor(
    private readonly indicators: ReadonlyMap<string, SidebarIndicator>,
    private readonly choices: ConflictChoices,
  ) {
    this.root.hidden = true;
  }

  show(conflicts: Conflict[]): void {
    this.root.hidden = conflicts.length === 0;
    if (conflicts.length === 0) {
      fill(this.root);
      return;
    }
    const keep = el('button', { class: 'action', attrs: { type: 'button', id: 'keep-mine' } }, 'Giữ giá trị của tôi');
    const take = el('button', { attrs: { type: 'button', id: 'take-sheet' } }, 'Dùng giá trị trong trang tính');
    keep.addEventListener('click', () => this.choices.keepMine(conflicts));
    take.addEventListener('click', () => this.choices.takeSheet(conflicts));
    fill(
      this.root,
      el('strong', {}, `${conflicts.length} ô đã được người khác sửa trong trang tính`),
      el('p', {}, 'Các ô này đã thay đổi kể từ khi thanh bên tải dữ liệu nên chưa được lưu. Hãy chọn giữ giá trị nào:'),
      el('ul', {}, ...conflicts.map((c) => this.row(c))),
      el('div', { class: 'buttons' }, keep, take),
    );
    this.root.scrollIntoView({ block: 'nearest' });
  }

  private row(conflict: Conflict): HTMLElement {
    const indicator = this.indicators.get(conflict.code);
    const shown = (cell: Conflict['after']) => (indicator ? showCell(indicator, conflict.field, cell) : String(cell));
    return el(
      'li',
      { attrs: { 'data-code': conflict.code, 'data-field': conflict.field } },
      el('div', { class: 'conflict-where' }, `${conflict.code} · ${FIELD_LABELS[conflict.field]}`),
      el('div', {}, 'Bạn nhập: ', el('span', { class: 'mine' }, shown(conflict.after))),
      el('div', {}, 'Trang tính hiện có: ', el('span', { class: 'theirs' }, shown(conflict.current))),
    );
  }
}
