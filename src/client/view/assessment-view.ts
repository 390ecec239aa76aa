/// <reference lib="dom" />
import type { Problem } from '../../core/engine/problems';
import { OUTCOME_LABELS, type Evaluation } from '../../core/engine/evaluate';
import { LEVEL_IDS, LEVEL_LABELS, NOT_RECOGNISED, type LevelId, type Ruleset } from '../../core/ruleset/types';
import { EDITABLE_FIELDS, type EditableField, type JsonCell, type SidebarState } from '../../core/sidebar/protocol';
import { formatViNumber } from '../../core/cells/vi-number';
import type { Assessment } from '../assess';
import { el, fill } from '../dom';
import type { Draft } from '../draft';
import { fillLevels } from './badges';
import type { EvidenceActions } from './evidence-list';
import { IndicatorCard } from './indicator-card';

export type OnEdit = (code: string, field: EditableField, value: JsonCell) => void;

interface CriterionView {
  tab: HTMLButtonElement;
  section: HTMLElement;
  status: HTMLElement;
}

/**
 * The loaded workbook: the commune, the overall result and progress, the problems, and the
 * criteria one at a time (tabs), each with its indicator cards. Built once per load; `update`
 * only rewrites results, so typing never loses focus.
 */
export class AssessmentView {
  readonly root: HTMLElement;
  private readonly cards = new Map<string, IndicatorCard>();
  private readonly criteria: CriterionView[];
  private readonly result = el('div', { attrs: { id: 'result' } });
  private readonly resultBox = el('div', { class: 'result-box', attrs: { 'aria-live': 'polite' } });
  private readonly score = el('div', { class: 'score', attrs: { id: 'score' } });
  private readonly progress = el('div', { class: 'progress-text', attrs: { id: 'progress' } });
  private readonly bar = el('div', { class: 'bar-fill' });
  private readonly problems = el('details', { class: 'problems', attrs: { id: 'problems', open: '' } });
  private readonly notes = el('details', { class: 'notes', attrs: { id: 'notes' } });

  constructor(
    state: SidebarState,
    private readonly ruleset: Ruleset,
    draft: Draft,
    onEdit: OnEdit,
    evidenceActions: EvidenceActions,
  ) {
    const itemOf = new Map(ruleset.criteria.flatMap((c) => c.items.map((i) => [i.code, i] as const)));
    for (const indicator of state.indicators) {
      const card = new IndicatorCard(indicator, itemOf.get(indicator.code), (field, value) => onEdit(indicator.code, field, value), evidenceActions);
      for (const field of EDITABLE_FIELDS) card.show(field, draft.get(indicator.code, field));
      this.cards.set(indicator.code, card);
    }
    this.criteria = ruleset.criteria.map((criterion, index) => {
      const status = el('div', { class: 'criterion-status' });
      const cards = state.indicators.filter((i) => i.criterion === criterion.code).map((i) => this.cards.get(i.code)?.root);
      const step = (to: number, label: string) => (to >= 0 && to < ruleset.criteria.length ? this.navButton(to, label) : el('span'));
      const section = el(
        'section',
        { class: 'criterion', attrs: { 'data-criterion': criterion.code } },
        el('h2', {}, `${criterion.code}. ${criterion.name}`),
        status,
        ...cards,
        el('div', { class: 'steps' }, step(index - 1, `‹ ${ruleset.criteria[index - 1]?.code ?? ''}`), step(index + 1, `${ruleset.criteria[index + 1]?.code ?? ''} ›`)),
      );
      const tab = el('button', { class: 'tab', attrs: { type: 'button', 'data-criterion': criterion.code, title: criterion.name } }, criterion.code);
      tab.addEventListener('click', () => this.select(index));
      return { tab, section, status };
    });
    const tabs = el('nav', { class: 'tabs', attrs: { 'aria-label': 'Tiêu chí' } }, ...this.criteria.map((c) => c.tab));
    // Equal columns, at most six a row: TT25's five criteria fill one row, TT44's fifteen three.
    tabs.style.gridTemplateColumns = `repeat(${Math.min(this.criteria.length, 6)}, 1fr)`;
    const difficult = state.difficultArea ? el('div', { class: 'gray' }, 'Xã thuộc vùng khó khăn') : null;
    this.root = el(
      'div',
      { class: 'assessment' },
      el(
        'div',
        { class: 'commune' },
        el('h1', { attrs: { id: 'commune' } }, state.commune || '(chưa ghi tên xã)'),
        el('div', {}, `Năm đánh giá ${state.year}`),
        el('div', { class: 'gray' }, ruleset.name),
        difficult,
      ),
      el('div', { class: 'summary' }, this.resultBox, this.score, this.progress, el('div', { class: 'bar' }, this.bar)),
      this.problems,
      this.notes,
      tabs,
      ...this.criteria.map((c) => c.section),
    );
    fill(this.resultBox, el('span', { class: 'result-label' }, 'Kết quả'), this.result);
    this.select(0);
  }

  private navButton(to: number, label: string): HTMLButtonElement {
    const button = el('button', { class: 'step', attrs: { type: 'button' } }, label);
    button.addEventListener('click', () => this.select(to));
    return button;
  }

  /** The criterion shown, kept across a reload. */
  current = 0;

  /** Shows one criterion. */
  select(index: number): void {
    this.current = Math.max(0, Math.min(index, this.criteria.length - 1));
    this.criteria.forEach((c, i) => {
      c.section.hidden = i !== this.current;
      c.tab.classList.toggle('current', i === this.current);
      c.tab.setAttribute('aria-pressed', String(i === this.current));
    });
  }

  /** Goes to the criterion holding an indicator and puts the cursor in its value. */
  reveal(code: string): void {
    const criterion = this.ruleset.criteria.findIndex((c) => c.items.some((i) => i.code === code));
    if (criterion < 0) return;
    this.select(criterion);
    this.cards.get(code)?.focus();
  }

  show(code: string, field: EditableField, cell: JsonCell): void {
    this.cards.get(code)?.show(field, cell);
  }

  update({ evaluation, progress, problems, notes, evidenceOf }: Assessment, draft: Draft): void {
    const errorsOf = new Map<string, string[]>();
    for (const p of problems) if (p.severity === 'error') errorsOf.set(p.code, [...(errorsOf.get(p.code) ?? []), p.message]);
    for (const result of evaluation.items) {
      const code = result.item.code;
      this.cards.get(code)?.update(result, errorsOf.get(code) ?? [], String(draft.get(code, 'evidence')), evidenceOf.get(code) ?? []);
    }
    evaluation.criteria.forEach((c, i) => {
      const view = this.criteria[i];
      if (!view) return;
      // A points criterion is its own one item (table.ts, tt44.ts), whose card shows its points.
      if (c.byLevel) fillLevels(view.status, c.byLevel);
      // The tab's colour follows Mức độ 1 (TT25) or whether the points are in (TT44).
      const incomplete = c.criterion.items.some((item) => evaluation.missing.includes(item.code));
      const state = c.byLevel ? c.byLevel.MD1 : incomplete ? 'missing' : 'entered';
      view.tab.className = `tab ${state}${view.section.hidden ? '' : ' current'}`;
      const levels = c.byLevel ? LEVEL_IDS.map((l) => `${LEVEL_LABELS[l]}: ${OUTCOME_LABELS[c.byLevel?.[l] ?? 'missing']}`).join(' · ') : '';
      view.tab.title = levels ? `${c.criterion.name} — ${levels}` : c.criterion.name;
    });

    const rating = evaluation.rating;
    const failed = rating !== null && rating === (this.ruleset.scheme === 'points' ? this.ruleset.failLabel : NOT_RECOGNISED);
    this.resultBox.className = `result-box ${rating === null ? 'missing' : failed ? 'not_met' : 'met'}`;
    fill(this.result, evaluation.ratingText);
    fill(this.score, this.scoreText(evaluation));
    fill(this.progress, `Đã nhập ${progress.entered}/${progress.total} mục · Có minh chứng ${progress.withEvidence}/${progress.total}`);
    this.bar.style.width = `${progress.total ? Math.round((100 * progress.entered) / progress.total) : 0}%`;
    this.fillProblems(this.problems, 'Cần xem lại', problems);
    this.fillProblems(this.notes, 'Lưu ý về bộ tiêu chí', notes);
  }

  private scoreText(evaluation: Evaluation): string {
    if (this.ruleset.scheme === 'points') return `Tổng điểm: ${formatViNumber(evaluation.score)} / ${formatViNumber(this.ruleset.totalPoints)}`;
    const indicators = evaluation.criteria.flatMap((c) => c.indicators);
    const met = (level: LevelId) => indicators.filter((i) => i.byLevel[level] === 'met').length;
    return `Chỉ tiêu đạt: Mức độ 1 ${met('MD1')}/${indicators.length} · Mức độ 2 ${met('MD2')}/${indicators.length}`;
  }

  private fillProblems(target: HTMLElement, title: string, problems: Problem[]): void {
    target.hidden = problems.length === 0;
    // A problem on an indicator is a button, so Tab reaches it and Enter or Space opens the indicator.
    const items = problems.map((p) => {
      if (!this.cards.has(p.code)) return el('li', { class: p.severity, attrs: { 'data-code': p.code } }, p.message);
      const jump = el('button', { class: 'jump', attrs: { type: 'button', title: `Mở chỉ tiêu ${p.code}` } }, p.message);
      jump.addEventListener('click', () => this.reveal(p.code));
      return el('li', { class: p.severity, attrs: { 'data-code': p.code } }, jump);
    });
    fill(target, el('summary', {}, `${title} (${problems.length})`), el('ul', {}, ...items));
  }
}
