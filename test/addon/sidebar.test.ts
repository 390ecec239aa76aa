import { describe, expect, it } from 'vitest';
import type { CellChange, EvidenceFields, SaveRequest } from '../../src/core/sidebar/protocol';
import { EVIDENCE_HEADER_ROW } from '../../src/core/workbook/evidence';
import { TT25 } from '../../src/core/ruleset/tt25';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { ASSESSMENT_FIRST_ROW, SHEETS } from '../../src/core/template/layout';
import { loadSidebarState, saveSidebarChanges } from '../../src/addon/sidebar';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeLock } from '../fakes/lock';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';
import { scriptRunTransfer } from '../fakes/script-run';

const NOW = new Date(2026, 10, 21, 9, 30);
const rowOf = (code: string) => ASSESSMENT_FIRST_ROW + assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);

function workbook() {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  const sheet = ss.sheet(SHEETS.assessment);
  sheet.type(`E${rowOf('TC1.1')}`, 'Đạt');
  sheet.type(`E${rowOf('TC5.1')}`, 0.65);
  sheet.type(`H${rowOf('TC4.2')}`, 'Trường Tiểu học');
  return { ss, sheet };
}

const change = (code: string, field: CellChange['field'], before: CellChange['before'], after: CellChange['after']): CellChange => ({ code, field, before, after });

describe('loading the sidebar', () => {
  it('returns every TT25 indicator with what the sheet holds, in one answer', () => {
    const { ss } = workbook();
    const state = loadSidebarState(ss, NOW);
    expect(state.indicators.map((i) => i.code)).toHaveLength(16);
    const tc51 = state.indicators.find((i) => i.code === 'TC5.1')!;
    expect(tc51.fields.value).toBe(0.65);
    expect(tc51.requirements).toEqual({ MD1: '≥ 60%', MD2: '≥ 80%' });
    expect(state.indicators.find((i) => i.code === 'TC4.2')!.fields.owner).toBe('Trường Tiểu học');
    expect(state.loadedAt).toBe(NOW.toISOString());
    // Crosses google.script.run intact (a Date anywhere would make the whole answer null).
    expect(scriptRunTransfer(state, 'return')).toEqual({ ok: true, value: state });
  });

  it('says in Vietnamese that the workbook is not set up yet', () => {
    expect(() => loadSidebarState(new FakeSpreadsheet(), NOW)).toThrow(/chưa được thiết lập/);
  });

  it('a ruleset table with an error: names the row, the indicator and the column, not "chưa được thiết lập"', () => {
    const { ss } = workbook();
    ss.sheet(SHEETS.ruleset).type('D5', 'Kiểu lạ');
    expect(() => loadSidebarState(ss, NOW)).toThrow('Chưa đọc được bộ tiêu chí: Bộ tiêu chí dòng 5: chỉ tiêu TC1.2: cột Kiểu cần ghi "Đạt/Không đạt", "Mức độ" hoặc "Tỷ lệ".');
  });
});

describe('the google.script.run fake', () => {
  it('turns an answer holding a Date into null and refuses a Date or undefined argument', () => {
    expect(scriptRunTransfer({ a: [1, 'x', null, true] }, 'return')).toEqual({ ok: true, value: { a: [1, 'x', null, true] } });
    expect(scriptRunTransfer({ when: new Date(2026, 0, 1) }, 'return')).toEqual({ ok: true, value: null });
    expect(scriptRunTransfer([{ when: new Date(2026, 0, 1) }], 'argument')).toMatchObject({ ok: false });
    expect(scriptRunTransfer([{ x: undefined }], 'argument')).toMatchObject({ ok: false });
  });
});

describe('saving from the sidebar', () => {
  it('writes only the changed cells, under the lock, and releases it', () => {
    const { ss, sheet } = workbook();
    const lock = new FakeLock();
    let flushed = 0;
    ss.log.reset();
    const result = saveSidebarChanges(ss, lock, () => flushed++, {
      overwrite: false,
      changes: [change('TC1.2', 'value', '', 'Đạt'), change('TC5.1', 'evidence', '', 'https://drive.google.com/x')],
    });
    expect(result).toEqual({
      saved: 2,
      conflicts: [],
      missing: [],
      held: [
        { code: 'TC1.2', field: 'value', value: 'Đạt' },
        { code: 'TC5.1', field: 'evidence', value: 'https://drive.google.com/x' },
      ],
      evidenceConflicts: [],
      evidence: [],
    });
    expect(sheet.at(`E${rowOf('TC1.2')}`).value).toBe('Đạt');
    expect(sheet.at(`F${rowOf('TC5.1')}`).value).toBe('https://drive.google.com/x');
    expect(ss.log.count('Range.setValue')).toBe(2);
    expect(ss.log.count('Range.setValues')).toBe(0);
    expect(flushed).toBe(1);
    expect(lock.released).toBe(1);
  });

  it('does not overwrite a cell another member changed since loading: it reports the conflict', () => {
    const { ss, sheet } = workbook();
    sheet.type(`E${rowOf('TC5.1')}`, 0.7);
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC5.1', 'value', 0.65, 0.9)] });
    expect(result.saved).toBe(0);
    expect(result.conflicts).toEqual([{ code: 'TC5.1', field: 'value', before: 0.65, current: 0.7, after: 0.9 }]);
    expect(sheet.at(`E${rowOf('TC5.1')}`).value).toBe(0.7);
  });

  it('overwrites when the user chose to keep their value', () => {
    const { ss, sheet } = workbook();
    sheet.type(`E${rowOf('TC5.1')}`, 0.7);
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: true, changes: [change('TC5.1', 'value', 0.65, 0.9)] });
    expect(result.saved).toBe(1);
    expect(sheet.at(`E${rowOf('TC5.1')}`).value).toBe(0.9);
  });

  it('flushes once after a single write, and not at all when nothing is written', () => {
    const { ss } = workbook();
    let flushed = 0;
    saveSidebarChanges(ss, new FakeLock(), () => flushed++, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt')] });
    expect(flushed).toBe(1);
    saveSidebarChanges(ss, new FakeLock(), () => flushed++, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt')] });
    expect(flushed).toBe(1);
  });

  it('a change the sheet already holds is not written but comes back as held, so the sidebar takes it', () => {
    const { ss } = workbook();
    ss.log.reset();
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'value', '', 'Đạt')] });
    expect(result).toMatchObject({ saved: 0, conflicts: [], missing: [], held: [{ code: 'TC1.1', field: 'value', value: 'Đạt' }] });
    expect(ss.log.count('Range.setValue')).toBe(0);
  });

  it('names codes no longer in the sheet instead of writing somewhere else', () => {
    const { ss } = workbook();
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC9.9', 'value', '', 'Đạt')] });
    expect(result).toEqual({ saved: 0, conflicts: [], missing: ['TC9.9'], held: [], evidenceConflicts: [], evidence: [] });
  });

  it('stores what the person meant: text as text (not a number, date or formula), numbers and percent fractions as numbers', () => {
    const { ss, sheet } = workbook();
    const changes = [
      change('TC1.1', 'owner', '', '0912345678'),
      change('TC1.2', 'owner', '', '0123'),
      change('TC1.1', 'description', '', '1/2'),
      change('TC1.2', 'description', '', '=HYPERLINK("x")'),
      change('TC1.3', 'description', '', "'trích dẫn"),
      change('TC4.2', 'owner', 'Trường Tiểu học', ''),
      change('TC5.1', 'value', 0.65, 0.625),
      change('TC5.2a', 'value', '', '62,5%'),
    ];
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes });
    expect(result.saved).toBe(changes.length);
    const at = (column: string, code: string) => sheet.at(`${column}${rowOf(code)}`);
    expect(at('H', 'TC1.1').value).toBe('0912345678');
    expect(at('H', 'TC1.2').value).toBe('0123');
    expect(at('G', 'TC1.1').value).toBe('1/2');
    expect(at('G', 'TC1.2')).toMatchObject({ value: '=HYPERLINK("x")', formula: '' });
    expect(at('G', 'TC1.3').value).toBe("'trích dẫn");
    expect(at('H', 'TC4.2').value).toBe('');
    expect(at('E', 'TC5.1').value).toBe(0.625);
    // Text the sidebar sends for a percent it could not read stays that text, for CDHT_CHECK to name.
    expect(at('E', 'TC5.2a').value).toBe('62,5%');
    // Every written cell comes back as the sheet now holds it, and the answer crosses google.script.run.
    expect(result.held).toEqual(changes.map(({ code, field, after }) => ({ code, field, value: after })));
    expect(scriptRunTransfer(result, 'return')).toEqual({ ok: true, value: result });
  });

  it('returns what the sheet holds, so the next save compares with it and finds no false conflict', () => {
    const { ss, sheet } = workbook();
    const first = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'owner', '', '0912345678')] });
    // Another member types a date-like text directly into an unrelated cell: the sheet reads it as a date.
    sheet.type(`G${rowOf('TC1.1')}`, '1/2');
    const before = first.held[0].value;
    const second = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'owner', before, 'Hội Khuyến học')] });
    expect(second).toMatchObject({ saved: 1, conflicts: [], missing: [] });
    expect(sheet.at(`G${rowOf('TC1.1')}`).value).toBeInstanceOf(Date);
  });

  it('refuses a text longer than a Sheets cell holds, naming the indicator and the field, and writes nothing', () => {
    const { ss, sheet } = workbook();
    const long = 'x'.repeat(60_000);
    const save = () => saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt'), change('TC1.1', 'description', '', long)] });
    expect(save).toThrow(/TC1\.1.*Kết quả thực hiện.*60\.000 ký tự, quá 50\.000/);
    expect(sheet.at(`E${rowOf('TC1.2')}`).value).toBe('');
    // 49.999 characters still fit (one short of the cell: whether Sheets counts the apostrophe is not documented).
    saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'description', '', 'y'.repeat(49_999))] });
    expect(String(loadSidebarState(ss, NOW).indicators.find((i) => i.code === 'TC1.1')?.fields.description)).toHaveLength(49_999);
    expect(() => saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'description', 'y'.repeat(49_999), 'y'.repeat(50_000))] })).toThrow(
      /50\.000 ký tự, quá 50\.000/,
    );
  });

  it.each<[string, unknown, RegExp]>([
    ['a field outside the protocol', { overwrite: false, changes: [{ code: 'TC1.2', field: 'formula', before: '', after: '=1' }] }, /"field" sai: formula/],
    ['an extra key in a change', { overwrite: false, changes: [{ code: 'TC1.2', field: 'value', before: '', after: 'Đạt', sheet: 'Thông tin' }] }, /"sheet"/],
    ['an extra key in the request', { overwrite: false, changes: [], range: 'A1' }, /"range"/],
    ['a value that is no cell value', { overwrite: false, changes: [{ code: 'TC1.2', field: 'value', before: '', after: { a: 1 } }] }, /after/],
    ['changes that are no list', { overwrite: false, changes: 'TC1.2' }, /changes/],
    ['no overwrite flag', { changes: [] }, /overwrite/],
  ])('rejects %s with a Vietnamese message and writes nothing', (_, request, named) => {
    const { ss, sheet } = workbook();
    ss.log.reset();
    const save = () => saveSidebarChanges(ss, new FakeLock(), () => {}, request as SaveRequest);
    expect(save).toThrow(/không đúng dạng/);
    expect(save).toThrow(named);
    expect(ss.log.count('Range.setValue')).toBe(0);
    expect(sheet.at(`E${rowOf('TC1.2')}`).value).toBe('');
  });

  it('a save into a spreadsheet never set up says so in Vietnamese, writes nothing and releases the lock', () => {
    const ss = new FakeSpreadsheet();
    const lock = new FakeLock();
    expect(() => saveSidebarChanges(ss, lock, () => {}, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt')] })).toThrow(
      'Bảng tính chưa được thiết lập: chọn menu CĐHT → "Thiết lập / sửa mẫu" trước.',
    );
    expect([ss.log.count('Range.setValue'), lock.held]).toEqual([0, false]);
  });

  it('when another save holds the lock, says so in Vietnamese and writes nothing', () => {
    const { ss, sheet } = workbook();
    expect(() => saveSidebarChanges(ss, new FakeLock(true), () => {}, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt')] })).toThrow(/đang lưu/);
    expect(sheet.at(`E${rowOf('TC1.2')}`).value).toBe('');
  });
});

describe('the spreadsheet fake', () => {
  it('refuses a cell of more than 50.000 characters with Sheets’ own error, as the server would meet it', () => {
    const { sheet } = workbook();
    expect(() => sheet.getRange('A1').setValue('z'.repeat(50_001))).toThrow('maximum of 50000 characters');
    sheet.getRange('A1').setValue(`'${'z'.repeat(50_000)}`);
    expect(String(sheet.at('A1').value)).toHaveLength(50_000);
  });
});

describe('the evidence list from the sidebar', () => {
  const item = (code: string, extra: Partial<EvidenceFields> = {}): EvidenceFields => ({ code, name: `Tên ${code}`, reference: '', issuer: '', link: '', indicators: 'TC1.1', ...extra });
  /** "Danh mục minh chứng" row of the block's row index (the header is on sheet row 3). */
  const at = (ss: FakeSpreadsheet, row: number, column: string) => ss.sheet(SHEETS.evidence).at(`${column}${EVIDENCE_HEADER_ROW + row}`);

  it('loads every row as text, a date typed in the sheet as dd/mm/yyyy', () => {
    const { ss } = workbook();
    const sheet = ss.sheet(SHEETS.evidence);
    sheet.type(`A${EVIDENCE_HEADER_ROW + 2}`, 'H1.01');
    sheet.type(`C${EVIDENCE_HEADER_ROW + 2}`, '15/01/2025');
    sheet.type(`F${EVIDENCE_HEADER_ROW + 2}`, 'TC1.1, TC1.2');
    const state = loadSidebarState(ss, NOW);
    expect(state.evidence).toEqual([{ row: 2, fields: { code: 'H1.01', name: '', reference: '15/01/2025', issuer: '', link: '', indicators: 'TC1.1, TC1.2' } }]);
    expect(scriptRunTransfer(state, 'return')).toEqual({ ok: true, value: state });
  });

  it('adds, edits and removes items under the lock, text kept as typed, and returns the list as the sheet holds it', () => {
    const { ss } = workbook();
    const first = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: false,
      changes: [],
      evidence: [
        { row: null, before: null, after: item('H1.01', { reference: '15/01/2025', issuer: '0912' }) },
        { row: null, before: null, after: item('H1.02') },
      ],
    });
    expect(first.saved).toBe(2);
    // Sheets would read "15/01/2025" as a date and "0912" as a number: both stay the text typed.
    expect(at(ss, 1, 'C').value).toBe('15/01/2025');
    expect(at(ss, 1, 'D').value).toBe('0912');
    expect(first.evidence.map((e) => [e.row, e.fields.code])).toEqual([
      [1, 'H1.01'],
      [2, 'H1.02'],
    ]);
    const [h101, h102] = first.evidence;
    const second = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: false,
      changes: [],
      evidence: [
        { row: h101.row, before: h101.fields, after: { ...h101.fields, name: 'Nghị quyết' } },
        { row: h102.row, before: h102.fields, after: null },
      ],
    });
    expect(second).toMatchObject({ saved: 2, evidenceConflicts: [] });
    expect(at(ss, 1, 'B').value).toBe('Nghị quyết');
    expect(at(ss, 2, 'A').value).toBe('');
    expect(second.evidence.map((e) => e.fields.code)).toEqual(['H1.01']);
    expect(scriptRunTransfer(second, 'return')).toEqual({ ok: true, value: second });
  });

  it('in a workbook without the evidence list (set up before it existed), refuses evidence changes before writing anything', () => {
    const { ss, sheet } = workbook();
    ss.getNamedRanges()
      .find((n) => n.getName() === 'CDHT_MINH_CHUNG')!
      .remove();
    const request = { overwrite: false, changes: [change('TC1.1', 'owner', '', 'Hội Khuyến học xã')], evidence: [{ row: null, before: null, after: item('H1.01') }] };
    expect(() => saveSidebarChanges(ss, new FakeLock(), () => {}, request)).toThrow(/chưa được thiết lập/);
    expect(sheet.at(`H${rowOf('TC1.1')}`).value).toBe('');
    // Without evidence changes the indicators save as before.
    expect(saveSidebarChanges(ss, new FakeLock(), () => {}, { ...request, evidence: [] }).saved).toBe(1);
  });

  it('in a workbook without the evidence list, loads with no items and saves a request that has no evidence at all, answering an empty list', () => {
    const { ss, sheet } = workbook();
    ss.getNamedRanges()
      .find((n) => n.getName() === 'CDHT_MINH_CHUNG')!
      .remove();
    expect(loadSidebarState(ss, NOW).evidence).toEqual([]);
    // A request without the "evidence" key (the protocol makes it optional).
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [change('TC1.1', 'owner', '', 'Hội Khuyến học xã')] });
    expect(result).toEqual({ saved: 1, conflicts: [], missing: [], held: [{ code: 'TC1.1', field: 'owner', value: 'Hội Khuyến học xã' }], evidenceConflicts: [], evidence: [] });
    expect(sheet.at(`H${rowOf('TC1.1')}`).value).toBe('Hội Khuyến học xã');
  });

  it('does not overwrite an item another member changed since loading: it reports the conflict', () => {
    const { ss } = workbook();
    const [loaded] = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: item('H1.01') }] }).evidence;
    ss.sheet(SHEETS.evidence).type(`B${EVIDENCE_HEADER_ROW + 1}`, 'Sửa trên trang tính');
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [], evidence: [{ row: loaded.row, before: loaded.fields, after: null }] });
    expect(result.saved).toBe(0);
    expect(result.evidenceConflicts.map((c) => [c.reason, c.at])).toEqual([['changed', 1]]);
    expect(at(ss, 1, 'B').value).toBe('Sửa trên trang tính');
  });
  // Blind sample 12-edge, P10: with the indicators' cells read from the evidence list when one "Lưu" carried both,
  // the indicator change came back "missing", unsaved, while the item was written.
  it('one "Lưu" with an indicator change and an evidence item saves both', () => {
    const { ss, sheet } = workbook();
    const result = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: false,
      changes: [change('TC4.2', 'owner', 'Trường Tiểu học', 'Hội Khuyến học xã')],
      evidence: [{ row: null, before: null, after: item('H1.01') }],
    });
    expect(result).toMatchObject({ saved: 2, conflicts: [], missing: [], held: [{ code: 'TC4.2', field: 'owner', value: 'Hội Khuyến học xã' }], evidenceConflicts: [] });
    expect(sheet.at(`H${rowOf('TC4.2')}`).value).toBe('Hội Khuyến học xã');
    expect([at(ss, 1, 'A').value, at(ss, 1, 'B').value]).toEqual(['H1.01', 'Tên H1.01']);
  });
});

// "Lưu" runs under the document lock while other members wait: each read or write is a Spreadsheet call
// (Apps Script quotas; a call is tens of milliseconds on a real account), so a save reads each block once,
// again only after writing into it, and flushes only what it wrote.
describe('what one "Lưu" costs', () => {
  const item = (code: string): EvidenceFields => ({ code, name: `Tên ${code}`, reference: '', issuer: '', link: '', indicators: 'TC1.1' });
  const cost = (ss: FakeSpreadsheet, request: SaveRequest) => {
    let flushed = 0;
    ss.log.reset();
    const result = saveSidebarChanges(ss, new FakeLock(), () => flushed++, request);
    return {
      result,
      calls: { getValues: ss.log.count('Range.getValues'), setValue: ss.log.count('Range.setValue'), flushed },
      read: { assessment: ss.log.count('Range.getValues', SHEETS.assessment), evidence: ss.log.count('Range.getValues', SHEETS.evidence) },
    };
  };

  it('an indicator change alone: the indicators read before and after the write, the evidence list once (for the list it returns), one flush', () => {
    const { ss } = workbook();
    const { calls, read } = cost(ss, { overwrite: false, changes: [change('TC1.2', 'value', '', 'Đạt')] });
    expect(calls).toEqual({ getValues: 3, setValue: 1, flushed: 1 });
    expect(read).toEqual({ assessment: 2, evidence: 1 });
  });

  it('a change the sheet already holds: nothing written, nothing flushed, each block read once', () => {
    const { ss } = workbook();
    const { calls, read } = cost(ss, { overwrite: false, changes: [change('TC1.1', 'value', '', 'Đạt')] });
    expect(calls).toEqual({ getValues: 2, setValue: 0, flushed: 0 });
    expect(read).toEqual({ assessment: 1, evidence: 1 });
  });

  it('an evidence item alone: its six cells written, the list read before and after, the indicators once, one flush', () => {
    const { ss } = workbook();
    const { result, calls, read } = cost(ss, { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: item('H1.01') }] });
    expect(result.evidence.map((e) => [e.row, e.fields.code, e.fields.name])).toEqual([[1, 'H1.01', 'Tên H1.01']]);
    expect(calls).toEqual({ getValues: 3, setValue: 6, flushed: 1 });
    expect(read).toEqual({ assessment: 1, evidence: 2 });
  });

  it('an evidence change that conflicts: nothing written or flushed, and the list it returns is the one read before', () => {
    const { ss } = workbook();
    const [loaded] = saveSidebarChanges(ss, new FakeLock(), () => {}, { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: item('H1.01') }] }).evidence;
    ss.sheet(SHEETS.evidence).type(`B${EVIDENCE_HEADER_ROW + 1}`, 'Sửa trên trang tính');
    const { result, calls, read } = cost(ss, { overwrite: false, changes: [], evidence: [{ row: loaded.row, before: loaded.fields, after: null }] });
    expect(result.evidence.map((e) => [e.row, e.fields.code, e.fields.name])).toEqual([[1, 'H1.01', 'Sửa trên trang tính']]);
    expect(calls).toEqual({ getValues: 2, setValue: 0, flushed: 0 });
    expect(read).toEqual({ assessment: 1, evidence: 1 });
  });

  it('a removed item: every one of its six cells is emptied', () => {
    const { ss } = workbook();
    const [loaded] = saveSidebarChanges(ss, new FakeLock(), () => {}, {
      overwrite: false,
      changes: [],
      evidence: [{ row: null, before: null, after: { code: 'H1.01', name: 'Nghị quyết', reference: '12/NQ-HĐND', issuer: 'HĐND xã', link: 'https://drive.google.com/x', indicators: 'TC1.1' } }],
    }).evidence;
    const { result, calls } = cost(ss, { overwrite: false, changes: [], evidence: [{ row: loaded.row, before: loaded.fields, after: null }] });
    expect(result).toMatchObject({ saved: 1, evidence: [] });
    expect(calls.setValue).toBe(6);
    const row = EVIDENCE_HEADER_ROW + 1;
    expect(['A', 'B', 'C', 'D', 'E', 'F'].map((c) => ss.sheet(SHEETS.evidence).at(`${c}${row}`).value)).toEqual(['', '', '', '', '', '']);
  });
});
