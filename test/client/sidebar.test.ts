/// <reference lib="dom" />
/**
 * The sidebar in real headless Chromium against a fake google.script.run. Expected results are
 * worked out by hand from the regulation (Thông tư 25/2023 Điều 6–8, Thông tư 44/2014 Điều 3–4)
 * and the sample commune's values, not by running the engine.
 *
 * Sample (Xã Hòa An, TT25, not a difficult area): every yes/no indicator "Đạt"; TC4.2 Mức độ 3,
 * TC4.3 Mức độ 2, TC4.4 Mức độ 2; TC5.1 65,12 %, TC5.2a 54,83 %, TC5.2b 12,71 %. Against MĐ1
 * (TC4.2/4.3 ≥ mức 2, TC4.4 ≥ mức 1, TC5.1 ≥ 60 %, TC5.2 ≥ 50 % and ≥ 12 %) all 15 indicators pass;
 * against MĐ2 (mức 3, mức 3, mức 2, ≥ 80 %, ≥ 60 % and ≥ 15 %) TC4.3, TC5.1 and TC5.2 fail, so
 * 12 of 15 pass and the commune is at "Mức độ 1".
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellChange, SaveResult, SidebarState } from '../../src/core/sidebar/protocol';
import { SAMPLE_TT25_DESCRIPTIONS } from '../fixtures/sample-commune';
import { done, openLoaded, sampleState, text, type Fakes, type Sidebar } from './browser';
import { sharedBrowser } from './shared-browser';

const SCREENSHOT = 'out/sidebar.png';

/** A server answer: `count` changes written, the sheet holding `held` afterwards. */
const saved = (count: number, extra: Partial<SaveResult> = {}): { ok: SaveResult } => ({ ok: { saved: count, conflicts: [], missing: [], held: [], evidenceConflicts: [], evidence: [], ...extra } });
/** What the sheet holds after saving these changes as they were sent. */
const heldAsSent = (changes: CellChange[]): SaveResult['held'] => changes.map(({ code, field, after }) => ({ code, field, value: after }));

const browser = sharedBrowser();

function sidebar(fakes: Fakes = { getSidebarState: { ok: sampleState() } }): Promise<Sidebar> {
  return openLoaded(browser(), fakes);
}

// Selectors, by indicator code and field, as a committee member sees the cards.
const card = (code: string) => `.card[data-code="${code}"]`;
const input = (code: string, field = 'value') => `${card(code)} [data-field="${field}"]`;
const outcome = (code: string, level: 'MD1' | 'MD2') => `${card(code)} .outcome[data-level="${level}"]`;
const criterionOutcome = (criterion: string, level: 'MD1' | 'MD2') => `.criterion[data-criterion="${criterion}"] .criterion-status .outcome[data-level="${level}"]`;
const tab = (criterion: string) => `.tab[data-criterion="${criterion}"]`;

describe('sidebar in headless Chromium', () => {
  it('loads everything in one call and shows the commune, the legal wording and the results', async () => {
    const s = await sidebar();
    expect(await s.calls()).toEqual([{ name: 'getSidebarState', args: [] }]);
    expect(await text(s, '#commune')).toBe('Xã Hòa An');
    expect(await text(s, '.commune')).toContain('Năm đánh giá 2025');
    expect(await text(s, '#result')).toBe('Mức độ 1');
    expect(await text(s, '#score')).toBe('Chỉ tiêu đạt: Mức độ 1 15/15 · Mức độ 2 12/15');
    expect(await text(s, '#progress')).toBe('Đã nhập 16/16 mục · Có minh chứng 16/16');
    // The first criterion is shown, with the wording of Điều 6/7.
    expect(await s.page.isVisible(card('TC1.1'))).toBe(true);
    expect(await text(s, `${card('TC1.1')} .wording`)).toBe('Thực hiện công tác tuyên truyền nâng cao nhận thức cho cộng đồng về học tập suốt đời, xây dựng xã hội học tập');
    expect(await s.page.inputValue(input('TC1.1'))).toBe('Đạt');
    expect(await s.page.inputValue(input('TC1.1', 'owner'))).toBe('Văn phòng HĐND và UBND xã');
    // Each listed item shows its link; the old link column's copy of it is not shown twice.
    expect(await s.page.getAttribute(`${card('TC1.1')} li[data-evidence="H1.01"] a`, 'href')).toBe('https://drive.google.com/file/d/hoa-an-h101');
    expect(await s.page.locator(`${card('TC1.1')} .legacy-evidence li`).count()).toBe(0);
    expect(await s.page.isVisible(card('TC4.3'))).toBe(false);

    await s.page.click(tab('TC4'));
    expect(await s.page.inputValue(input('TC4.3'))).toBe('Mức độ 2');
    expect(await text(s, `${card('TC4.3')} .requirement`)).toBe('Yêu cầu: Mức độ 1: Chuẩn mức độ 2 trở lên · Mức độ 2: Chuẩn mức độ 3 trở lên');
    expect(await text(s, outcome('TC4.3', 'MD1'))).toBe('Đạt');
    expect(await text(s, outcome('TC4.3', 'MD2'))).toBe('Không đạt');
    expect(await text(s, outcome('TC4.2', 'MD2'))).toBe('Đạt');
    expect(await text(s, criterionOutcome('TC4', 'MD2'))).toBe('Không đạt');

    await s.page.click(tab('TC5'));
    expect(await s.page.inputValue(input('TC5.1'))).toBe('65,12');
    expect(await s.page.isVisible('#problems')).toBe(false);
    await done(s);
  });

  // The step buttons under a criterion ("‹ TC1", "TC3 ›") were rendered and pinned but never clicked.
  it('the step buttons under a criterion go to the criterion before and after, named on the button', async () => {
    const s = await sidebar();
    const pressed = () => s.page.$$eval('.tab[aria-pressed="true"]', (tabs) => tabs.map((t) => t.getAttribute('data-criterion')));
    const shown = () => s.page.$$eval('section.criterion', (sections) => sections.filter((c) => !(c as HTMLElement).hidden).map((c) => c.getAttribute('data-criterion')));
    const steps = (criterion: string) => s.page.$$eval(`.criterion[data-criterion="${criterion}"] .steps button.step`, (buttons) => buttons.map((b) => b.textContent));
    const step = (criterion: string, label: string) => s.page.click(`.criterion[data-criterion="${criterion}"] .steps button.step:text-is("${label}")`);
    // TT25 has five criteria, TC1 to TC5: the first has no step back, the last none forward.
    expect(await steps('TC1')).toEqual(['TC2 ›']);
    await step('TC1', 'TC2 ›');
    expect([await pressed(), await shown()]).toEqual([['TC2'], ['TC2']]);
    expect(await s.page.isVisible(card('TC2.1'))).toBe(true);
    expect(await steps('TC2')).toEqual(['‹ TC1', 'TC3 ›']);
    await step('TC2', 'TC3 ›');
    expect([await pressed(), await shown()]).toEqual([['TC3'], ['TC3']]);
    await step('TC3', '‹ TC2');
    expect([await pressed(), await shown()]).toEqual([['TC2'], ['TC2']]);
    await step('TC2', '‹ TC1');
    expect([await pressed(), await shown()]).toEqual([['TC1'], ['TC1']]);
    expect(await s.page.isVisible(card('TC1.1'))).toBe(true);
    await s.page.click(tab('TC5'));
    expect(await steps('TC5')).toEqual(['‹ TC4']);
    await step('TC5', '‹ TC4');
    expect([await pressed(), await shown()]).toEqual([['TC4'], ['TC4']]);
    expect(await s.page.isVisible(card('TC4.3'))).toBe(true);
    // Moving between criteria asks nothing of the server.
    expect(await s.calls()).toEqual([{ name: 'getSidebarState', args: [] }]);
    await done(s);
  });

  it('updates indicator, criterion and overall results live, with no server call', async () => {
    const s = await sidebar();
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    expect(await text(s, outcome('TC4.3', 'MD2'))).toBe('Đạt');
    expect(await text(s, criterionOutcome('TC4', 'MD2'))).toBe('Đạt');
    expect(await text(s, '#result')).toBe('Mức độ 1'); // TC5 still short of Mức độ 2

    await s.page.click(tab('TC5'));
    await s.page.fill(input('TC5.1'), '85'); // ≥ 80 %
    expect(await text(s, outcome('TC5.1', 'MD2'))).toBe('Đạt');
    await s.page.fill(input('TC5.2a'), '62,5'); // ≥ 60 %, but TC5.2b 12,71 % < 15 %
    expect(await text(s, outcome('TC5.2a', 'MD2'))).toBe('Đạt');
    expect(await text(s, criterionOutcome('TC5', 'MD2'))).toBe('Không đạt');
    expect(await text(s, '#result')).toBe('Mức độ 1');
    await s.page.fill(input('TC5.2b'), '15'); // exactly the 15 % of Mức độ 2
    expect(await text(s, outcome('TC5.2b', 'MD2'))).toBe('Đạt');
    expect(await text(s, criterionOutcome('TC5', 'MD2'))).toBe('Đạt');
    expect(await text(s, '#result')).toBe('Mức độ 2');
    expect(await text(s, '#score')).toBe('Chỉ tiêu đạt: Mức độ 1 15/15 · Mức độ 2 15/15');

    await s.page.click(tab('TC1'));
    await s.page.selectOption(input('TC1.1'), 'Không đạt');
    expect(await text(s, outcome('TC1.1', 'MD1'))).toBe('Không đạt');
    expect(await text(s, criterionOutcome('TC1', 'MD1'))).toBe('Không đạt');
    expect(await s.page.getAttribute(tab('TC1'), 'class')).toContain('not_met');
    expect(await text(s, '#result')).toBe('Chưa đạt');

    expect(await text(s, '#unsaved')).toBe('5 thay đổi chưa lưu');
    expect(await s.calls()).toHaveLength(1);
    await done(s);
  });

  it("shows the engine's Vietnamese message for an invalid percent", async () => {
    const s = await sidebar();
    await s.page.click(tab('TC5'));
    await s.page.fill(input('TC5.1'), '120');
    expect(await text(s, `${card('TC5.1')} .field-error`)).toContain('Chỉ tiêu TC5.1: giá trị "120%" vượt quá 100%');
    expect(await s.page.isVisible('#problems')).toBe(true);
    expect(await text(s, '#problems li[data-code="TC5.1"]')).toContain('vượt quá 100%');
    expect(await text(s, outcome('TC5.1', 'MD1'))).toBe('Thiếu dữ liệu');
    expect(await text(s, '#result')).toContain('Chưa đủ dữ liệu');
    expect(await text(s, '#result')).toContain('TC5.1');
    expect(await text(s, '#progress')).toContain('Đã nhập 15/16');

    await s.page.fill(input('TC5.1'), 'khoảng 70');
    expect(await text(s, `${card('TC5.1')} .field-error`)).toContain('không phải là tỷ lệ');

    await s.page.fill(input('TC5.1'), '62,5'); // vi-VN decimal comma: 62,5 % ≥ 60 %, < 80 %
    expect(await s.page.isVisible('#problems')).toBe(false);
    expect(await text(s, outcome('TC5.1', 'MD1'))).toBe('Đạt');
    expect(await text(s, outcome('TC5.1', 'MD2'))).toBe('Không đạt');
    expect(await text(s, '#result')).toBe('Mức độ 1');
    await done(s);
  });

  it('counts progress from the evidence list, with no field for the old link column', async () => {
    const s = await sidebar();
    await s.page.selectOption(input('TC1.2'), '');
    expect(await text(s, '#progress')).toBe('Đã nhập 15/16 mục · Có minh chứng 16/16');
    expect(await text(s, outcome('TC1.2', 'MD1'))).toBe('Thiếu dữ liệu');
    expect(await text(s, '#result')).toBe('Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC1.2)');

    // "Minh chứng (liên kết)" is no longer a field of the card: the evidence list is.
    expect(await s.page.locator(input('TC1.1', 'evidence')).count()).toBe(0);
    expect(await text(s, card('TC1.1'))).not.toContain('Minh chứng (liên kết)');
    expect(await s.page.locator(`${card('TC1.1')} .evidence-items li`).allTextContents()).toEqual([
      expect.stringContaining('H1.01 Nghị quyết về xây dựng xã hội học tập'),
      expect.stringContaining('H1.02'),
    ]);
    await s.page.click(`${card('TC1.1')} li[data-evidence="H1.01"] .remove-evidence`);
    await s.page.click(`${card('TC1.1')} li[data-evidence="H1.02"] .remove-evidence`);
    expect(await text(s, '#progress')).toBe('Đã nhập 15/16 mục · Có minh chứng 15/16');
    await done(s);
  });

  it('shows a link typed without https:// as a link, on its item and in the old link column, and calls neither "not a link"', async () => {
    const state = sampleState();
    const evidence = state.evidence.map((e) => (e.fields.code === 'H1.01' ? { ...e, fields: { ...e.fields, link: 'drive.google.com/file/d/nghi-quyet' } } : e));
    const indicators = state.indicators.map((i) => (i.code === 'TC1.2' ? { ...i, fields: { ...i.fields, evidence: 'drive.google.com/drive/folders/bien-ban' } } : i));
    const s = await sidebar({ getSidebarState: { ok: { ...state, evidence, indicators } } });
    expect(await s.page.getAttribute(`${card('TC1.1')} li[data-evidence="H1.01"] a`, 'href')).toBe('https://drive.google.com/file/d/nghi-quyet');
    expect(await s.page.getAttribute(`${card('TC1.2')} .legacy-evidence li[data-link] a`, 'href')).toBe('https://drive.google.com/drive/folders/bien-ban');
    expect(await s.page.locator('#problems li[data-code="TC1.2"]').count()).toBe(0);
    await done(s);
  });

  it('keeps what the old link column holds in sight, in the evidence list, and moves a link into the list without touching the cell', async () => {
    const state = sampleState();
    // Copied from a letter: the link in brackets, closed by the sentence's punctuation (the dossier reads it the same way).
    const old = '(https://drive.google.com/drive/folders/bien-ban-2025); tủ hồ sơ UBND';
    const legacy: SidebarState = { ...state, indicators: state.indicators.map((i) => (i.code === 'TC1.2' ? { ...i, fields: { ...i.fields, evidence: old } } : i)) };
    const s = await sidebar({ getSidebarState: { ok: legacy } });
    const kept = `${card('TC1.2')} .legacy-evidence`;
    expect(await s.page.getAttribute(`${kept} a`, 'href')).toBe('https://drive.google.com/drive/folders/bien-ban-2025');
    expect(await text(s, kept)).toContain('tủ hồ sơ UBND');
    expect(await text(s, '#problems li[data-code="TC1.2"]')).toContain('không phải là liên kết');

    await s.page.click(`${kept} li[data-link] .adopt-evidence`);
    expect(await s.page.inputValue(`${card('TC1.2')} [data-evidence-field="link"]`)).toBe('https://drive.google.com/drive/folders/bien-ban-2025');
    expect(await s.page.inputValue(`${card('TC1.2')} [data-evidence-field="indicators"]`)).toBe('TC1.2');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="code"]`, 'H1.05');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="name"]`, 'Biên bản họp Ban chỉ đạo');
    await s.page.click(`${card('TC1.2')} .apply-evidence`);
    // Listed now: the link shows once, on its item; the text that is no link stays in sight.
    expect(await s.page.getAttribute(`${card('TC1.2')} li[data-evidence="H1.05"] a`, 'href')).toBe('https://drive.google.com/drive/folders/bien-ban-2025');
    expect(await s.page.locator(`${kept} li[data-link]`).count()).toBe(0);
    expect(await text(s, kept)).toContain('tủ hồ sơ UBND');

    await s.answer('saveSidebarChanges', saved(1));
    await s.page.click('#save');
    await expect.poll(async () => (await s.calls()).length).toBe(2);
    const [, save] = await s.calls();
    // The old cell is never written: nothing it held is lost.
    expect(save).toMatchObject({ name: 'saveSidebarChanges', args: [{ changes: [] }] });
    await done(s);
  });

  it('a workbook whose "Tên xã" is still blank shows a placeholder where the commune\'s name goes, never an empty heading', async () => {
    const s = await sidebar({ getSidebarState: { ok: { ...sampleState(), commune: '' } } });
    expect(await text(s, '#commune')).toBe('(chưa ghi tên xã)');
    await done(s);
  });

  it('adds an evidence item to an indicator and "Lưu" sends it with the list as loaded, then takes the list the sheet holds', async () => {
    const s = await sidebar();
    await s.page.click(`${card('TC1.2')} .add-evidence`);
    expect(await s.page.inputValue(`${card('TC1.2')} [data-evidence-field="indicators"]`)).toBe('TC1.2');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="code"]`, 'H1.05');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="name"]`, 'Kế hoạch tuyên truyền');
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="reference"]`, '15/01/2025');
    await s.page.click(`${card('TC1.2')} .apply-evidence`);
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');
    const after = { code: 'H1.05', name: 'Kế hoạch tuyên truyền', reference: '15/01/2025', issuer: '', link: '', indicators: 'TC1.2' };
    const list = [...sampleState().evidence, { row: 15, fields: after }];
    await s.answer('saveSidebarChanges', saved(1, { evidence: list }));
    await s.page.click('#save');
    await expect.poll(() => text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    const [, save] = await s.calls();
    expect(save).toEqual({ name: 'saveSidebarChanges', args: [{ changes: [], overwrite: false, evidence: [{ row: null, before: null, after }] }] });
    expect(await s.page.locator(`${card('TC1.2')} li[data-evidence="H1.05"]`).count()).toBe(1);
    await done(s);
  });

  it('"Lưu" sends exactly the changed cells in one call, then the saved values become the new "before"', async () => {
    const note = 'Biên bản họp Ban chỉ đạo ngày 12/3/2025';
    const first = heldAsSent([
      { code: 'TC1.1', field: 'description', before: '', after: note },
      { code: 'TC1.1', field: 'owner', before: '', after: 'Hội Khuyến học xã' },
      { code: 'TC4.3', field: 'value', before: '', after: 'Mức độ 3' },
      { code: 'TC5.1', field: 'value', before: '', after: 0.85 },
    ]);
    const second = heldAsSent([{ code: 'TC4.3', field: 'value', before: '', after: 'Mức độ 2' }]);
    const s = await sidebar({ getSidebarState: { ok: sampleState() }, saveSidebarChanges: [{ ...saved(4, { held: first }), delay: 400 }, saved(1, { held: second })] });
    await s.page.fill(input('TC1.1', 'description'), note);
    await s.page.fill(input('TC1.1', 'owner'), 'Hội Khuyến học xã');
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click(tab('TC5'));
    await s.page.fill(input('TC5.1'), '85');
    await s.page.fill(input('TC5.2a'), '60');
    await s.page.fill(input('TC5.2a'), '54,83'); // back to the loaded value: not a change
    expect(await text(s, '#unsaved')).toBe('4 thay đổi chưa lưu');

    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toBe('Đang lưu…');
    expect(await s.page.isDisabled('#save')).toBe(true);
    await expect.poll(() => text(s, '#status')).toBe('Đã lưu 4 thay đổi.');
    const expected: CellChange[] = [
      { code: 'TC1.1', field: 'description', before: SAMPLE_TT25_DESCRIPTIONS['TC1.1'], after: note },
      { code: 'TC1.1', field: 'owner', before: 'Văn phòng HĐND và UBND xã', after: 'Hội Khuyến học xã' },
      { code: 'TC4.3', field: 'value', before: 'Mức độ 2', after: 'Mức độ 3' },
      { code: 'TC5.1', field: 'value', before: 0.6512, after: 0.85 },
    ];
    expect(await s.calls()).toEqual([
      { name: 'getSidebarState', args: [] },
      { name: 'saveSidebarChanges', args: [{ changes: expected, overwrite: false }] },
    ]);
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    expect(await s.page.isDisabled('#save')).toBe(true);

    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 2');
    expect(await text(s, '#status')).toBe(''); // the old success message goes once the user types again
    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toBe('Đã lưu 1 thay đổi.');
    expect((await s.calls())[2]).toEqual({
      name: 'saveSidebarChanges',
      args: [{ changes: [{ code: 'TC4.3', field: 'value', before: 'Mức độ 3', after: 'Mức độ 2' }], overwrite: false }],
    });
    await done(s);
  });

  const conflictOnTC43 = {
    code: 'TC4.3',
    field: 'value' as const,
    before: 'Mức độ 2',
    current: 'Mức độ 1',
    after: 'Mức độ 3',
  };

  async function saveIntoConflict(): Promise<Sidebar> {
    const s = await sidebar({
      getSidebarState: { ok: sampleState() },
      saveSidebarChanges: [
        saved(1, { conflicts: [conflictOnTC43], held: [{ code: 'TC5.1', field: 'value', value: 0.85 }] }),
        saved(1, { held: [{ code: 'TC4.3', field: 'value', value: 'Mức độ 3' }] }),
      ],
    });
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click(tab('TC5'));
    await s.page.fill(input('TC5.1'), '85');
    await s.page.click('#save');
    await s.page.locator('#conflicts li').waitFor();
    return s;
  }

  it('shows a conflict and "Giữ giá trị của tôi" resends the change with overwrite', async () => {
    const s = await saveIntoConflict();
    expect(await text(s, '#conflicts li[data-code="TC4.3"]')).toBe('TC4.3 · Kết quả tự đánh giáBạn nhập: Mức độ 3Trang tính hiện có: Mức độ 1');
    expect(await text(s, '#status')).toContain('Đã lưu 1 thay đổi.');
    expect(await text(s, '#status')).toContain('1 ô đã được người khác sửa');
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu'); // TC5.1 saved, TC4.3 waits for the user

    await s.page.click('#keep-mine');
    await expect.poll(() => s.page.isVisible('#conflicts')).toBe(false);
    expect(await text(s, '#status')).toBe('Đã lưu 1 thay đổi.');
    expect((await s.calls())[2]).toEqual({
      name: 'saveSidebarChanges',
      args: [{ changes: [{ code: 'TC4.3', field: 'value', before: 'Mức độ 2', after: 'Mức độ 3' }], overwrite: true }],
    });
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    await done(s);
  });

  it('"Dùng giá trị trong trang tính" takes the sheet\'s value locally, without a server call', async () => {
    const s = await saveIntoConflict();
    await s.page.click('#take-sheet');
    expect(await s.page.isVisible('#conflicts')).toBe(false);
    expect(await s.calls()).toHaveLength(2);
    await s.page.click(tab('TC4'));
    expect(await s.page.inputValue(input('TC4.3'))).toBe('Mức độ 1');
    // Mức độ 1 is below the Mức độ 2 that TC4.3 needs even for Mức độ 1 of the assessment.
    expect(await text(s, outcome('TC4.3', 'MD1'))).toBe('Không đạt');
    expect(await text(s, '#result')).toBe('Chưa đạt');
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');

    // The sheet's value is the new "before" for the next save.
    await s.page.selectOption(input('TC4.3'), 'Mức độ 2');
    await s.page.click('#save');
    await expect.poll(async () => (await s.calls()).length).toBe(3);
    expect((await s.calls())[2].args).toEqual([{ changes: [{ code: 'TC4.3', field: 'value', before: 'Mức độ 1', after: 'Mức độ 2' }], overwrite: false }]);
    await done(s);
  });

  it('escapes all user text: HTML in the commune name, notes and server answers shows as text', async () => {
    const commune = '<img src=x onerror=alert(1)>';
    const note = '<b>đậm</b><script>alert(2)</script>';
    const owner = '<img src=y onerror=alert(3)>';
    const state = sampleState();
    const hostile: SidebarState = {
      ...state,
      commune,
      indicators: state.indicators.map((i) => (i.code === 'TC1.1' ? { ...i, fields: { ...i.fields, description: note, owner, evidence: 'javascript:alert(4)' } } : i)),
    };
    const sheetNote = '<img src=z onerror=alert(5)>';
    const s = await sidebar({
      getSidebarState: { ok: hostile },
      saveSidebarChanges: saved(0, { conflicts: [{ code: 'TC1.1', field: 'description', before: note, current: sheetNote, after: 'ghi chú mới' }] }),
    });
    expect(await text(s, '#commune')).toBe(commune);
    expect(await s.page.inputValue(input('TC1.1', 'description'))).toBe(note);
    expect(await s.page.inputValue(input('TC1.1', 'owner'))).toBe(owner);
    expect(await s.page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await text(s, '#problems')).toContain('"javascript:alert(4)" không phải là liên kết');

    await s.page.fill(input('TC1.1', 'description'), 'ghi chú mới');
    await s.page.click('#save');
    await s.page.locator('#conflicts li').waitFor();
    expect(await text(s, '#conflicts .theirs')).toBe(sheetNote);

    await s.page.waitForTimeout(100); // time for an injected onerror handler to have fired
    expect(await s.page.evaluate(() => document.querySelectorAll('img, b, #app script').length)).toBe(0);
    await done(s); // no alert dialog
  });

  it('shows a Vietnamese message when loading fails, and loads on "Tải lại"', async () => {
    const reason = 'Bảng tính chưa được thiết lập cho CĐHT Sheets. Hãy chọn Tiện ích mở rộng › CĐHT Sheets › Thiết lập bảng tính.';
    const s = await sidebar({ getSidebarState: [{ fail: reason }, { ok: sampleState() }] });
    expect(await text(s, '#load-error')).toBe(`Không tải được dữ liệu: ${reason.slice(0, -1)}. Bấm "Tải lại" để thử lại.`);
    expect(await s.page.isDisabled('#save')).toBe(true);
    await s.page.click('#reload');
    await expect.poll(() => text(s, '#commune')).toBe('Xã Hòa An');
    expect(await s.page.locator('#load-error').count()).toBe(0);
    expect(await text(s, '#status')).toBe('');
    await done(s);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an empty object', {}],
    ['indicators of the wrong type', { ...sampleState(), indicators: 'TC1.1' }],
    ['an indicator without its fields', { ...sampleState(), indicators: [{ code: 'TC1.1' }] }],
  ])('a broken answer to loading (%s) shows a Vietnamese message, never a JavaScript one', async (_, answer) => {
    const s = await sidebar({ getSidebarState: { ok: answer } });
    const message = await text(s, '#load-error');
    expect(message).toMatch(/^Không tải được dữ liệu: máy chủ trả lời không đúng dạng \(/);
    expect(message).not.toMatch(/undefined|null|TypeError|Cannot read|\[object/);
    await done(s);
  });

  it('a broken answer to saving shows a Vietnamese message and keeps the edits', async () => {
    const s = await sidebar({ getSidebarState: { ok: sampleState() }, saveSidebarChanges: { ok: { saved: 1 } } });
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toMatch(/^Không lưu được: máy chủ trả lời không đúng dạng \(trường "conflicts" bị thiếu\)/);
    expect(await text(s, '#status')).not.toMatch(/undefined|TypeError|Cannot read/);
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');
    await done(s);
  });

  it('a long message scrolls inside a message area of bounded height', async () => {
    const missing = Array.from({ length: 300 }, (_, i) => `TC${i}.1`);
    const s = await sidebar({ getSidebarState: { ok: sampleState() }, saveSidebarChanges: saved(0, { missing }) });
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toContain('TC299.1');
    const box = await s.page.evaluate(() => {
      const status = document.getElementById('status') as HTMLElement;
      const message = status.firstElementChild as HTMLElement;
      return { status: status.getBoundingClientRect().height, scrolls: message.scrollHeight > message.clientHeight, overflow: getComputedStyle(message).overflowY };
    });
    // 900 px viewport: the footer's message stays a few lines high and scrolls.
    expect(box.status).toBeLessThanOrEqual(120);
    expect(box.scrolls).toBe(true);
    expect(box.overflow).toBe('auto');
    expect(await s.page.isVisible('#save')).toBe(true);
    await done(s);
  });

  it('shows a Vietnamese message when saving fails and keeps the edits for a retry', async () => {
    const s = await sidebar({
      getSidebarState: { ok: sampleState() },
      saveSidebarChanges: [{ fail: 'Exception: Không lấy được khóa tài liệu sau 30 giây.' }, saved(1, { held: [{ code: 'TC4.3', field: 'value', value: 'Mức độ 3' }] })],
    });
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toBe('Không lưu được: Không lấy được khóa tài liệu sau 30 giây. Dữ liệu bạn nhập vẫn còn trong thanh bên; hãy thử lại.');
    expect(await s.page.getAttribute('#status', 'class')).toContain('error');
    expect(await s.page.inputValue(input('TC4.3'))).toBe('Mức độ 3');
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');

    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toBe('Đã lưu 1 thay đổi.');
    const calls = await s.calls();
    expect(calls).toHaveLength(3);
    expect(calls[2]).toEqual(calls[1]);
    await done(s);
  });

  it('refuses, before sending, a note longer than a Sheets cell holds, naming the indicator and the field', async () => {
    const s = await sidebar({ getSidebarState: { ok: sampleState() }, saveSidebarChanges: [saved(1)] });
    await s.page.fill(input('TC1.1', 'description'), 'x'.repeat(60_000));
    await s.page.click('#save');
    await expect.poll(() => text(s, '#status')).toMatch(/^Chưa lưu: Chỉ tiêu TC1\.1, ô "Kết quả thực hiện \(việc đã làm, số liệu\)" có 60\.000 ký tự, quá 50\.000 ký tự/);
    expect(await s.page.getAttribute('#status', 'class')).toContain('error');
    expect((await s.calls()).map((c) => c.name)).toEqual(['getSidebarState']);
    expect(await text(s, '#unsaved')).toBe('1 thay đổi chưa lưu');
    await done(s);
  });

  it('"Tải lại" with unsaved edits asks first, then reloads on the same criterion', async () => {
    const s = await sidebar();
    await s.page.click(tab('TC4'));
    await s.page.selectOption(input('TC4.3'), 'Mức độ 3');
    await s.page.click('#reload');
    expect(await text(s, '#status')).toContain('Tải lại sẽ bỏ 1 thay đổi chưa lưu.');
    expect(await s.calls()).toHaveLength(1);
    await s.page.click('#confirm-reload');
    await expect.poll(async () => (await s.calls()).length).toBe(2);
    await expect.poll(() => text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    expect(await s.page.inputValue(input('TC4.3'))).toBe('Mức độ 2');
    expect(await s.page.isVisible(card('TC4.3'))).toBe(true);
    await done(s);
  });

  it('works with points (TT44): total, rating, the Điều 4 rules and the notes', async () => {
    // Sample TT44 points add up to 74,5: "Khá" under Điều 4 khoản 3 (Tốt from 85, Khá from 70).
    const s = await sidebar({ getSidebarState: { ok: sampleState('TT44') } });
    expect(await text(s, '#result')).toBe('Khá');
    expect(await text(s, '#score')).toBe('Tổng điểm: 74,5 / 100');
    expect(await s.page.locator('.tab').count()).toBe(15);
    expect(await text(s, '#notes summary')).toMatch(/^Lưu ý về bộ tiêu chí \(\d+\)$/);
    expect(await s.page.inputValue(input('TC1'))).toBe('7');
    await s.page.fill(input('TC1'), '17,5'); // 74,5 − 7 + 17,5 = 85
    expect(await text(s, '#score')).toBe('Tổng điểm: 85 / 100');
    expect(await text(s, '#result')).toBe('Tốt');
    // Điều 4 khoản 2 is shown where people score; khoản 3: a criterion at 0 leaves only "Chưa đạt".
    expect(await text(s, '#notes')).toContain('Các tiêu chí không có minh chứng phù hợp không được chấm điểm.');
    await s.page.fill(input('TC1'), '0');
    expect(await text(s, '#result')).toBe('Chưa đạt');
    await s.page.fill(input('TC1'), '150');
    expect(await text(s, `${card('TC1')} .field-error`)).toContain('vượt quá điểm tối đa 100');
    await done(s);
  });

  it('keeps a screenshot of the sample after an edit (out/sidebar.png)', async () => {
    const s = await sidebar();
    await s.page.click(tab('TC5'));
    await s.page.fill(input('TC5.1'), '85');
    mkdirSync('out', { recursive: true });
    await s.page.screenshot({ path: SCREENSHOT });
    await done(s);
  });
});
