/// <reference lib="dom" />
import type { ItemResult } from '../../core/engine/evaluate';
import type { Item } from '../../core/ruleset/types';
import type { EditableField, JsonCell, SidebarIndicator } from '../../core/sidebar/protocol';
import { formatViNumber } from '../../core/cells/vi-number';
import { el, fill } from '../dom';
import { cellFromNumberText, choiceOf, choicesFor, FIELD_LABELS, numberText } from '../fields';
import { fillLevels } from './badges';
import { EvidenceList, type EvidenceActions } from './evidence-list';
import type { DraftEvidence } from '../evidence-draft';

export type OnFieldEdit = (field: EditableField, value: JsonCell) => void;

/** One input of a card: how to show a cell in it and how to read the cell back. */
interface FieldInput {
  element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  show(cell: JsonCell): void;
  read(): JsonCell;
}

const idFor = (code: string, field: EditableField) => `f-${code.replace(/[^\w-]/g, '_')}-${field}`;

function dataAttrs(code: string, field: EditableField): Record<string, string> {
  return { id: idFor(code, field), 'data-field': field, 'aria-label': `${code} — ${FIELD_LABELS[field]}` };
}

function dropdown(indicator: SidebarIndicator, choices: { value: string; label: string }[]): FieldInput {
  const select = el('select', { attrs: dataAttrs(indicator.code, 'value') });
  const known = new Set(choices.map((c) => c.value));
  return {
    element: select,
    show(cell) {
      const choice = choiceOf(indicator, cell);
      // A cell the dropdown cannot express (e.g. "chắc đạt") stays visible as an extra option.
      const extra = known.has(choice) ? [] : [{ value: choice, label: `${choice} (không hợp lệ)` }];
      fill(select, ...[...choices, ...extra].map((c) => el('option', { attrs: { value: c.value } }, c.label)));
      select.value = choice;
    },
    read: () => select.value,
  };
}

function numberInput(indicator: SidebarIndicator): FieldInput {
  const input = el('input', { attrs: { ...dataAttrs(indicator.code, 'value'), type: 'text', inputmode: 'decimal', autocomplete: 'off' } });
  return {
    element: input,
    show: (cell) => (input.value = numberText(indicator.kind, cell)),
    read: () => cellFromNumberText(indicator.kind, input.value),
  };
}

function textInput(code: string, field: EditableField, multiline: boolean): FieldInput {
  const attrs = dataAttrs(code, field);
  const element = multiline ? el('textarea', { attrs: { ...attrs, rows: '2' } }) : el('input', { attrs: { ...attrs, type: 'text' } });
  return { element, show: (cell) => (element.value = String(cell)), read: () => element.value };
}

function labelled(code: string, field: EditableField, control: HTMLElement, ...after: HTMLElement[]): HTMLElement {
  return el('div', { class: `field field-${field}` }, el('label', { attrs: { for: idFor(code, field) } }, FIELD_LABELS[field]), control, ...after);
}

/** The fields a card edits: the old link column ("evidence") is shown in the evidence list instead, never edited. */
type CardField = Exclude<EditableField, 'evidence'>;

/**
 * One indicator: its legal wording, what each level requires, the input, its live result, the
 * evidence items citing it (with what the old link column still holds), what was done (Kết quả
 * thực hiện) and the body in charge.
 */
export class IndicatorCard {
  readonly root: HTMLElement;
  private readonly inputs: Record<CardField, FieldInput>;
  private readonly result = el('div', { class: 'results' });
  private readonly valueError = el('div', { class: 'field-error', attrs: { role: 'alert' } });
  private readonly evidence: EvidenceList;

  constructor(
    private readonly indicator: SidebarIndicator,
    item: Item | undefined,
    onEdit: OnFieldEdit,
    evidenceActions: EvidenceActions,
  ) {
    this.evidence = new EvidenceList(indicator.code, evidenceActions);
    const choices = choicesFor(indicator);
    const value = choices ? dropdown(indicator, choices) : numberInput(indicator);
    this.inputs = {
      value,
      description: textInput(indicator.code, 'description', true),
      owner: textInput(indicator.code, 'owner', false),
    };
    for (const [field, input] of Object.entries(this.inputs) as [CardField, FieldInput][]) {
      input.element.addEventListener(input.element instanceof HTMLSelectElement ? 'change' : 'input', () => onEdit(field, input.read()));
    }
    const unit = indicator.kind === 'percent' ? '%' : indicator.kind === 'points' ? 'điểm' : '';
    const valueControl = unit ? el('div', { class: 'with-unit' }, value.element, el('span', { class: 'unit' }, unit)) : value.element;
    const partOf = item?.partOf ? el('span', { class: 'part-of' }, `một phần của chỉ tiêu ${item.partOf}`) : null;
    this.root = el(
      'section',
      { class: 'card', attrs: { 'data-code': indicator.code } },
      el('div', { class: 'card-head' }, el('span', { class: 'code' }, indicator.code), partOf),
      // A points criterion (TT44) is its own single item: its wording is already the section heading.
      indicator.kind === 'points' ? null : el('p', { class: 'wording' }, indicator.name),
      this.requirements(),
      labelled(indicator.code, 'value', valueControl, this.valueError),
      this.result,
      this.evidence.root,
      labelled(indicator.code, 'description', this.inputs.description.element),
      labelled(indicator.code, 'owner', this.inputs.owner.element),
    );
  }

  private requirements(): HTMLElement | null {
    const { MD1, MD2 } = this.indicator.requirements;
    if (this.indicator.kind === 'points') return MD1 ? el('p', { class: 'requirement' }, MD1) : null;
    return el('p', { class: 'requirement' }, `Yêu cầu: Mức độ 1: ${MD1 || '—'} · Mức độ 2: ${MD2 || '—'}`);
  }

  /** Puts a cell into its input (on load, or when the user takes the sheet's value). */
  show(field: EditableField, cell: JsonCell): void {
    if (field === 'evidence') this.evidence.showLegacy(String(cell));
    else this.inputs[field].show(cell);
  }

  focus(): void {
    this.inputs.value.element.focus();
  }

  /** The live result, the engine's messages about the value, the evidence items citing it and what the old link column holds. */
  update(result: ItemResult | undefined, valueErrors: string[], legacy: string, items: DraftEvidence[]): void {
    this.evidence.show(items, legacy);
    if (result?.byLevel) fillLevels(this.result, result.byLevel);
    else fill(this.result, el('span', { class: 'points' }, pointsText(result)));
    fill(this.valueError, ...valueErrors.map((m) => el('div', {}, m)));
    this.root.classList.toggle('invalid', valueErrors.length > 0);
  }
}

function pointsText(result: ItemResult | undefined): string {
  if (result?.reading.state !== 'ok') return 'Điểm: chưa có';
  const max = result.item.max === undefined ? '' : ` / ${formatViNumber(result.item.max)}`;
  return `Điểm: ${formatViNumber(result.reading.value)}${max}`;
}
