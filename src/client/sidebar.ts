/// <reference lib="dom" />
/**
 * The data-entry sidebar (bundled by scripts/build-sidebar.ts and inlined into dist/Sidebar.html).
 * One server call loads everything; results are computed here with the core engine as the user
 * types; "Lưu" sends only the changed cells, and cells another member changed meanwhile come back
 * as conflicts for the user to decide.
 */
import { ADDON_NAME } from '../core/addon-name';
import type { Conflict, EditableField, JsonCell, SidebarState } from '../core/sidebar/protocol';
import { tooLongProblem } from '../core/sidebar/request';
import { assess, loadRuleset, type LoadedRuleset } from './assess';
import { el, fill, type Child } from './dom';
import { Draft } from './draft';
import { EvidenceDraft, evidenceConflictText } from './evidence-draft';
import { callServer, failureText } from './server';
import { AssessmentView } from './view/assessment-view';
import { ConflictPanel } from './view/conflicts';

type Tone = 'info' | 'ok' | 'error';

/** Everything that exists once a state has loaded with a usable ruleset. */
interface Session {
  state: SidebarState;
  loaded: LoadedRuleset & { ruleset: NonNullable<LoadedRuleset['ruleset']> };
  draft: Draft;
  evidence: EvidenceDraft;
  view: AssessmentView;
  conflicts: ConflictPanel;
}

const sameKey = (a: { code: string; field: EditableField }, b: { code: string; field: EditableField }) => a.code === b.code && a.field === b.field;

class Sidebar {
  private session: Session | null = null;
  private busy = false;
  private tone: Tone = 'info';
  private readonly main = el('main', { attrs: { id: 'main' } }, el('p', { class: 'gray' }, 'Đang tải dữ liệu…'));
  private readonly status = el('div', { class: 'status', attrs: { id: 'status', role: 'status', 'aria-live': 'polite' } });
  private readonly unsaved = el('span', { class: 'unsaved', attrs: { id: 'unsaved' } });
  private readonly saveButton = el('button', { class: 'action', attrs: { type: 'button', id: 'save' } }, 'Lưu');
  private readonly reloadButton = el('button', { attrs: { type: 'button', id: 'reload' } }, 'Tải lại');

  constructor(root: HTMLElement) {
    this.saveButton.addEventListener('click', () => this.save());
    this.reloadButton.addEventListener('click', () => this.reload());
    fill(root, this.main, el('footer', {}, this.status, el('div', { class: 'buttons' }, this.saveButton, this.reloadButton, this.unsaved)));
    this.refresh();
  }

  async load(): Promise<void> {
    this.setBusy(true);
    this.say('info', 'Đang tải dữ liệu…');
    try {
      this.start(await callServer('getSidebarState'));
      this.say('info', '');
    } catch (failure) {
      const message = `Không tải được dữ liệu: ${failureText(failure)}. Bấm "Tải lại" để thử lại.`;
      // A failed reload keeps what is on screen, edits included; with nothing on screen the message is the page.
      if (this.session) return this.say('error', message);
      this.say('info', '');
      fill(this.main, el('h1', {}, ADDON_NAME), el('p', { class: 'load-error', attrs: { id: 'load-error', role: 'alert' } }, message));
    } finally {
      this.setBusy(false);
    }
  }

  private start(state: SidebarState): void {
    const loaded = loadRuleset(state);
    const { ruleset } = loaded;
    if (!ruleset) {
      this.session = null;
      fill(
        this.main,
        el('p', { class: 'error' }, 'Bảng "Bộ tiêu chí" trong trang tính có lỗi nên chưa thể đánh giá. Hãy sửa các lỗi sau rồi bấm "Tải lại":'),
        el('ul', { class: 'problems-list' }, ...loaded.problems.filter((p) => p.severity === 'error').map((p) => el('li', { class: 'error' }, p.message))),
      );
      this.refresh();
      return;
    }
    const previous = this.session?.view.current ?? 0;
    const draft = new Draft(state.indicators);
    const evidence = new EvidenceDraft(state.evidence);
    const view = new AssessmentView(state, ruleset, draft, (code, field, value) => this.edit(code, field, value), {
      add: (fields) => this.editEvidence(() => evidence.add(fields)),
      set: (shown, fields) => this.editEvidence(() => evidence.set(shown, fields)),
    });
    const conflicts = new ConflictPanel(new Map(state.indicators.map((i) => [i.code, i])), {
      keepMine: (list) => this.keepMine(list),
      takeSheet: (list) => this.takeSheet(list),
    });
    view.select(previous);
    this.session = { state, loaded: { ...loaded, ruleset }, draft, evidence, view, conflicts };
    fill(this.main, conflicts.root, view.root);
    this.refresh();
  }

  private edit(code: string, field: EditableField, value: JsonCell): void {
    this.session?.draft.set(code, field, value);
    if (this.tone === 'ok') this.say('info', '');
    this.refresh();
  }

  /** Applies an evidence change and shows its results; answers what the change answered (EvidenceDraft.set's false: nothing changed). */
  private editEvidence<T>(apply: () => T): T {
    const answer = apply();
    if (this.tone === 'ok') this.say('info', '');
    this.refresh();
    return answer;
  }

  /** Recomputes every result from the draft; cheap enough (16 items) to run on each keystroke. */
  private refresh(): void {
    const s = this.session;
    const count = (s?.draft.count ?? 0) + (s?.evidence.count ?? 0);
    if (s) s.view.update(assess(s.state, s.loaded, s.draft, s.evidence), s.draft);
    fill(this.unsaved, count === 0 ? 'Không có thay đổi chưa lưu' : `${count} thay đổi chưa lưu`);
    this.unsaved.classList.toggle('pending', count > 0);
    this.saveButton.disabled = this.busy || count === 0;
    this.reloadButton.disabled = this.busy;
  }

  private async save(overwrite = false, only?: Conflict[]): Promise<void> {
    const s = this.session;
    if (!s || this.busy) return;
    const changes = s.draft.changes().filter((c) => !only || only.some((o) => sameKey(o, c)));
    // "Keep mine" on cell conflicts resends those cells only; the evidence goes with an ordinary save.
    const evidence = only ? [] : s.evidence.changes();
    if (changes.length === 0 && evidence.length === 0) return this.say('info', 'Không có thay đổi nào để lưu.');
    // Sheets refuses the whole write of a text longer than a cell holds: say which one before sending.
    const tooLong = changes.map(tooLongProblem).find((problem) => problem !== null);
    if (tooLong) return this.say('error', `Chưa lưu: ${tooLong}.`);
    this.setBusy(true);
    this.say('info', 'Đang lưu…');
    try {
      const result = await callServer('saveSidebarChanges', { changes, overwrite, ...(evidence.length > 0 ? { evidence } : {}) });
      if (evidence.length > 0) s.evidence.saved(result.evidence, result.evidenceConflicts);
      // The sheet's own reading of what was written becomes the new "before", so the next save compares with it.
      for (const cell of result.held) {
        const sent = changes.find((c) => sameKey(c, cell))?.after ?? cell.value;
        if (s.draft.saved(cell.code, cell.field, sent, cell.value)) s.view.show(cell.code, cell.field, cell.value);
      }
      s.conflicts.show(result.conflicts);
      const failed = result.conflicts.length + result.missing.length + result.evidenceConflicts.length > 0;
      this.say(failed ? 'error' : 'ok', [saveMessage(result.saved, result.conflicts.length, result.missing), ...result.evidenceConflicts.map(evidenceConflictText)].join(' '));
    } catch (failure) {
      this.say('error', `Không lưu được: ${failureText(failure)}. Dữ liệu bạn nhập vẫn còn trong thanh bên; hãy thử lại.`);
    } finally {
      this.setBusy(false);
    }
  }

  /** "Giữ giá trị của tôi": send those cells again, this time overwriting the sheet. */
  private keepMine(conflicts: Conflict[]): void {
    void this.save(true, conflicts);
  }

  /** "Dùng giá trị trong trang tính": drop the user's edits and show what the sheet holds now. */
  private takeSheet(conflicts: Conflict[]): void {
    const s = this.session;
    if (!s) return;
    for (const c of conflicts) {
      s.draft.takeSheet(c.code, c.field, c.current);
      s.view.show(c.code, c.field, c.current);
    }
    s.conflicts.show([]);
    this.say('ok', `Đã dùng giá trị trong trang tính cho ${conflicts.length} ô.`);
    this.refresh();
  }

  private reload(): void {
    const pending = (this.session?.draft.count ?? 0) + (this.session?.evidence.count ?? 0);
    if (pending === 0) return void this.load();
    const confirm = el('button', { attrs: { type: 'button', id: 'confirm-reload' } }, 'Bỏ thay đổi và tải lại');
    const cancel = el('button', { attrs: { type: 'button' } }, 'Hủy');
    confirm.addEventListener('click', () => void this.load());
    cancel.addEventListener('click', () => this.say('info', ''));
    this.say('error', `Tải lại sẽ bỏ ${pending} thay đổi chưa lưu.`, el('div', { class: 'buttons' }, confirm, cancel));
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.refresh();
  }

  private say(tone: Tone, message: string, ...extra: Child[]): void {
    this.tone = tone;
    this.status.className = `status ${tone}`;
    fill(this.status, message ? el('div', { class: 'message' }, message) : null, ...extra);
  }
}

function saveMessage(saved: number, conflicts: number, missing: string[]): string {
  // Changes the sheet already held count as saved but not as written.
  if (saved === 0 && conflicts === 0 && missing.length === 0) return 'Trang tính đã có sẵn các giá trị này; không cần ghi thêm.';
  const parts = [saved > 0 ? `Đã lưu ${saved} thay đổi.` : ''];
  if (conflicts > 0) parts.push(`${conflicts} ô đã được người khác sửa nên chưa lưu: hãy chọn ở phía trên.`);
  if (missing.length > 0) {
    const codes = [...new Set(missing)].join(', ');
    parts.push(`Không tìm thấy chỉ tiêu ${codes} trong trang tính (dòng đã bị xóa hoặc di chuyển) nên chưa lưu; hãy bấm "Tải lại".`);
  }
  return parts.filter(Boolean).join(' ');
}

const root = document.getElementById('app');
if (root) void new Sidebar(root).load();
