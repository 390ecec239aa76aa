/**
 * src/gas/live.ts against stand-ins for the Apps Script globals, each answering as Google's
 * reference documents it (SpreadsheetApp.getActiveSpreadsheet() is null where no spreadsheet is
 * open, as in a time-driven trigger; Ui.alert returns the Button pressed; PromptResponse gives the
 * button and the text; an undeclared advanced service is no global at all). The built bundles are
 * run whole in test/build; here each adapter's branches are pinned one by one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boundSpreadsheet, clock, dialogUi, docsApi, firstChartImage, openedAsAddon, spreadsheetEditors, tellPerson, toast } from '../../src/gas/live';

const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', CLOSE: 'CLOSE', YES: 'YES', NO: 'NO' };
const BUTTON_SET = { OK: 'BS_OK', OK_CANCEL: 'BS_OK_CANCEL', YES_NO: 'BS_YES_NO' };

let calls: unknown[][];
let properties: Map<string, string>;
let active: { getId(): string; toast(...args: unknown[]): void; getSheetByName(name: string): unknown; getEditors(): { getEmail(): string }[] } | null;
let pressed: string;
let typed: { button: string; text: string };

beforeEach(() => {
  calls = [];
  properties = new Map();
  active = null;
  pressed = BUTTON.OK;
  typed = { button: BUTTON.OK, text: '' };
  const ui = {
    ButtonSet: BUTTON_SET,
    Button: BUTTON,
    alert: (...args: unknown[]) => {
      calls.push(['alert', ...args]);
      return pressed;
    },
    prompt: (...args: unknown[]) => {
      calls.push(['prompt', ...args]);
      return { getSelectedButton: () => typed.button, getResponseText: () => typed.text };
    },
    showModalDialog: (...args: unknown[]) => calls.push(['showModalDialog', ...args]),
  };
  vi.stubGlobal('SpreadsheetApp', {
    getActiveSpreadsheet: () => active,
    openById: (id: string) => {
      calls.push(['openById', id]);
      return { opened: id };
    },
    getUi: () => ui,
  });
  vi.stubGlobal('PropertiesService', {
    getScriptProperties: () => ({
      getProperty: (key: string) => properties.get(key) ?? null,
      setProperty: (key: string, value: string) => {
        calls.push(['setProperty', key, value]);
        properties.set(key, value);
      },
    }),
  });
  vi.stubGlobal('ScriptApp', { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } });
  vi.stubGlobal('Utilities', { sleep: (ms: number) => calls.push(['sleep', ms]) });
  vi.stubGlobal('HtmlService', {
    createHtmlOutput: (html: string) => {
      const output = { html, width: 0, height: 0, setWidth: (w: number) => Object.assign(output, { width: w }), setHeight: (h: number) => Object.assign(output, { height: h }) };
      return output;
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const spreadsheet = (id: string, extra: Partial<NonNullable<typeof active>> = {}) => ({
  getId: () => id,
  toast: (...args: unknown[]) => calls.push(['toast', ...args]),
  getSheetByName: () => null,
  getEditors: () => [],
  ...extra,
});

describe('boundSpreadsheet: the spreadsheet a bound script belongs to, in any run', () => {
  it('a person’s run: the open one, whose id is kept for the triggers', () => {
    active = spreadsheet('1open');
    expect(boundSpreadsheet('KEY')).toBe(active);
    expect(properties.get('KEY')).toBe('1open');
    expect(calls).toEqual([['setProperty', 'KEY', '1open']]);
  });

  it('the id already kept is not written again', () => {
    properties.set('KEY', '1open');
    active = spreadsheet('1open');
    expect(boundSpreadsheet('KEY')).toBe(active);
    expect(calls).toEqual([]);
  });

  it('a copy of the spreadsheet keeps its own id', () => {
    properties.set('KEY', '1original');
    active = spreadsheet('1copy');
    boundSpreadsheet('KEY');
    expect(properties.get('KEY')).toBe('1copy');
  });

  it('a trigger, with no open spreadsheet: the one with the kept id', () => {
    properties.set('KEY', '1kept');
    expect(boundSpreadsheet('KEY')).toEqual({ opened: '1kept' });
    expect(calls).toEqual([['openById', '1kept']]);
  });

  it('neither: says in Vietnamese what to do', () => {
    expect(() => boundSpreadsheet('KEY')).toThrow(new Error('Chưa biết bảng tính nào: hãy mở bảng tính và chạy một mục của menu tiện ích một lần.'));
    expect(calls).toEqual([]);
  });
});

describe('dialogUi', () => {
  it('alert shows an OK button', () => {
    dialogUi().alert('Tiêu đề', 'Nội dung');
    expect(calls).toEqual([['alert', 'Tiêu đề', 'Nội dung', BUTTON_SET.OK]]);
  });

  it('confirm asks Có/Không and is true only for Có', () => {
    const ui = dialogUi();
    pressed = BUTTON.YES;
    expect(ui.confirm('T', 'Xóa?')).toBe(true);
    pressed = BUTTON.NO;
    expect(ui.confirm('T', 'Xóa?')).toBe(false);
    pressed = BUTTON.CLOSE;
    expect(ui.confirm('T', 'Xóa?')).toBe(false);
    expect(calls[0]).toEqual(['alert', 'T', 'Xóa?', BUTTON_SET.YES_NO]);
  });

  it('prompt gives the text typed for OK, null for Hủy or the closed window', () => {
    const ui = dialogUi();
    typed = { button: BUTTON.OK, text: '2025' };
    expect(ui.prompt('Năm', 'Năm nào?')).toBe('2025');
    typed = { button: BUTTON.OK, text: '' };
    expect(ui.prompt('Năm', 'Năm nào?')).toBe('');
    typed = { button: BUTTON.CANCEL, text: '2025' };
    expect(ui.prompt('Năm', 'Năm nào?')).toBeNull();
    typed = { button: BUTTON.CLOSE, text: '2025' };
    expect(ui.prompt('Năm', 'Năm nào?')).toBeNull();
    expect(calls[0]).toEqual(['prompt', 'Năm', 'Năm nào?', BUTTON_SET.OK_CANCEL]);
  });

  it('showDialog: the prepared HTML, 520 wide, as high as asked (420 unless said)', () => {
    dialogUi().showDialog('Báo cáo', '<p>a</p>');
    dialogUi(320).showDialog('Kiểm tra', '<p>b</p>');
    expect(calls.map(([name, output, title]) => [name, (output as { html: string }).html, (output as { width: number }).width, (output as { height: number }).height, title])).toEqual([
      ['showModalDialog', '<p>a</p>', 520, 420, 'Báo cáo'],
      ['showModalDialog', '<p>b</p>', 520, 320, 'Kiểm tra'],
    ]);
  });
});

describe('tellPerson', () => {
  it('a person’s run: an alert with OK', () => {
    tellPerson('CĐHT Tổng hợp', 'Đã xong.');
    expect(calls).toEqual([['alert', 'CĐHT Tổng hợp', 'Đã xong.', BUTTON_SET.OK]]);
  });

  it('a trigger, where getUi() throws: nothing shown, nothing thrown', () => {
    vi.stubGlobal('SpreadsheetApp', {
      getUi: () => {
        throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      },
    });
    expect(() => tellPerson('CĐHT Tổng hợp', 'Đã xong.')).not.toThrow();
    expect(calls).toEqual([]);
  });
});

describe('openedAsAddon', () => {
  it('only AuthMode.NONE is an add-on not yet used in the document', () => {
    expect(openedAsAddon({ authMode: 'NONE' as unknown as GoogleAppsScript.Script.AuthMode })).toBe(true);
    expect(openedAsAddon({ authMode: 'LIMITED' as unknown as GoogleAppsScript.Script.AuthMode })).toBe(false);
    expect(openedAsAddon({})).toBe(false);
    expect(openedAsAddon(undefined)).toBe(false);
  });
});

describe('docsApi', () => {
  it('null where the advanced service is not declared, the service where it is', () => {
    expect(docsApi()).toBeNull();
    const docs = { Documents: {} };
    vi.stubGlobal('Docs', docs);
    expect(docsApi()).toBe(docs);
  });
});

describe('firstChartImage', () => {
  it('the first chart of the named sheet as PNG; null without the sheet, without a chart, or when the export fails', () => {
    const asked: string[] = [];
    const chart = (name: string) => ({
      getAs: (type: string) => {
        asked.push(`${name} ${type}`);
        return { blob: name };
      },
    });
    const sheets: Record<string, unknown> = {
      'Thống kê': { getCharts: () => [chart('first'), chart('second')] },
      Trống: { getCharts: () => [] },
      Hỏng: {
        getCharts: () => [
          {
            getAs: () => {
              throw new Error('Exception: Service error');
            },
          },
        ],
      },
    };
    active = spreadsheet('1', { getSheetByName: (name: string) => sheets[name] ?? null });
    expect(firstChartImage('Thống kê')).toEqual({ blob: 'first' });
    expect(asked).toEqual(['first image/png']);
    expect(firstChartImage('Không có')).toBeNull();
    expect(firstChartImage('Trống')).toBeNull();
    expect(firstChartImage('Hỏng')).toBeNull();
  });
});

describe('spreadsheetEditors', () => {
  it('the editors’ addresses, leaving out those Google gives as blank; none when they cannot be read', () => {
    active = spreadsheet('1', { getEditors: () => [{ getEmail: () => 'a@xa.gov.vn' }, { getEmail: () => '' }, { getEmail: () => 'b@xa.gov.vn' }] });
    expect(spreadsheetEditors()).toEqual(['a@xa.gov.vn', 'b@xa.gov.vn']);
    active = spreadsheet('1', {
      getEditors: () => {
        throw new Error('Exception: You do not have permission');
      },
    });
    expect(spreadsheetEditors()).toEqual([]);
  });
});

describe('toast and the clock', () => {
  it('a toast names the add-on and stays 30 seconds', () => {
    active = spreadsheet('1');
    toast('Đang tạo hồ sơ…');
    expect(calls).toEqual([['toast', 'Đang tạo hồ sơ…', 'CĐHT Xã', 30]]);
  });

  it('the clock sleeps with Utilities.sleep', () => {
    clock.sleep(1_500);
    expect(calls).toEqual([['sleep', 1_500]]);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1_000);
  });
});
