/**
 * Both built Apps Script projects as Apps Script sees them: the commune add-on (dist/) now has
 * CDHT_TALLY, and the roll-up (dist-rollup/) has its menu entry points, its own manifest and
 * the same CDHT_TALLY. Built fresh, parsed as plain JavaScript, run in an empty V8 context.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/cells/values';
import { GENERATED_SHEETS } from '../../src/core/rollup/sheets';
import { TT25_VALUES, communeWorkbook } from '../fixtures/rollup-communes';
import { liveBundle, TOTAL_SPREADSHEET_ID } from '../rollup/apps-script-globals';
import { fakeId, sheetLink } from '../rollup/harness';
import { scriptRunTransfer } from '../fakes/script-run';
import { STORE_SHEET } from '../../src/rollup/store';

interface Bundle {
  code: string;
  source: ts.SourceFile;
  context: vm.Context;
  manifest: { timeZone: string; runtimeVersion: string; oauthScopes: string[]; dependencies?: { enabledAdvancedServices?: Array<Record<string, string>> } };
}

const bundles: Record<'commune' | 'aggregator', Bundle> = {} as never;
const menus: Array<{ title: string; items: Array<[string, string] | '---'> }> = [];

/** Just enough SpreadsheetApp for onOpen: a UI whose menus are recorded. */
const fakeSpreadsheetApp = {
  getUi: () => ({
    createMenu(title: string) {
      const menu = { title, items: [] as Array<[string, string] | '---'> };
      menus.push(menu);
      const builder = {
        addItem: (caption: string, fn: string) => {
          menu.items.push([caption, fn]);
          return builder;
        },
        addSeparator: () => {
          menu.items.push('---');
          return builder;
        },
        addToUi: () => undefined,
      };
      return builder;
    },
  }),
};

function load(dir: string, globals: Record<string, unknown> = {}): Bundle {
  const code = readFileSync(`${dir}/Code.js`, 'utf8');
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: `${dir}/Code.js` });
  return { code, source, context, manifest: JSON.parse(readFileSync(`${dir}/appsscript.json`, 'utf8')) };
}

beforeAll(() => {
  // dist/ is built once by test/global-setup.ts.
  // Loaded without any Apps Script global: module top levels must not touch a service.
  bundles.commune = load('dist');
  bundles.aggregator = load('dist-rollup', { SpreadsheetApp: fakeSpreadsheetApp });
}, 120_000);

const functions = (b: Bundle) => b.source.statements.filter(ts.isFunctionDeclaration);
const fn = (b: Bundle, name: string) => functions(b).find((f) => f.name?.text === name);
const jsdocAbove = (b: Bundle, statement: ts.Statement) => {
  const last = ts.getLeadingCommentRanges(b.code, statement.getFullStart())?.at(-1);
  return last && b.code.slice(last.end, statement.getStart()).trim() === '' ? b.code.slice(last.pos, last.end) : undefined;
};
/** Arrays made inside the vm come from another realm: compare them as plain JSON. */
const call = (b: Bundle, name: string, ...args: unknown[]) => JSON.parse(JSON.stringify((b.context[name] as (...a: unknown[]) => unknown)(...args)));

describe.each(['commune', 'aggregator'] as const)('CDHT_TALLY in the %s bundle', (which) => {
  it('is a top-level function (results, ruleset) with Vietnamese help and @customfunction directly above', () => {
    const b = bundles[which];
    const tally = fn(b, 'CDHT_TALLY');
    expect(tally?.parameters.map((p) => p.name.getText(b.source))).toEqual(['results', 'ruleset']);
    const jsdoc = jsdocAbove(b, tally!);
    expect(jsdoc).toContain('@customfunction');
    expect(jsdoc).toContain('Đếm số xã theo kết quả');
  });

  it('counts a column of results as Sheets passes it', () => {
    const b = bundles[which];
    expect(call(b, 'CDHT_TALLY', [['Mức độ 1'], [''], ['mức độ 2'], ['Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC3.3)'], ['Mức độ 1']])).toEqual([
      ['Kết quả', 'Số xã'],
      ['Mức độ 2', 1],
      ['Mức độ 1', 2],
      ['Chưa đạt', 0],
      ['Không xếp loại', 2],
    ]);
    expect(call(b, 'CDHT_TALLY', [['Tốt'], ['Trung bình']], 'TT44')).toEqual([
      ['Kết quả', 'Số xã'],
      ['Tốt', 1],
      ['Khá', 0],
      ['Trung bình', 1],
      ['Chưa đạt', 0],
      ['Không xếp loại', 0],
    ]);
  });

  it('names an unknown result in its error', () => {
    expect(() => call(bundles[which], 'CDHT_TALLY', [['Mức độ 1'], ['Xuất sắc']])).toThrow(
      'Kết quả "Xuất sắc" (ô thứ 2 từ trên xuống của vùng trong công thức; không phải số dòng của trang tính) không có trong bộ tiêu chí TT25',
    );
  });
});

describe('the roll-up project (dist-rollup)', () => {
  it('declares exactly its entry points', () => {
    expect(
      functions(bundles.aggregator)
        .map((f) => f.name?.text)
        .sort(),
    ).toEqual(
      [
        'CDHT_TALLY',
        'startUpdate',
        'showHelp',
        'checkRollup',
        'onOpen',
        'createYearReport',
        'setUpRollup',
        'continueUpdate',
        'showProgressSidebar',
        'getUpdateProgress',
        'runUpdateFromSidebar',
      ].sort(),
    );
  });

  it('builds the "CĐHT Tổng hợp" menu, every item naming a top-level function', () => {
    menus.length = 0;
    (bundles.aggregator.context.onOpen as () => void)();
    expect(menus).toEqual([
      {
        title: 'CĐHT Tổng hợp',
        items: [
          ['Thiết lập bảng tổng hợp', 'setUpRollup'],
          ['Cập nhật tổng hợp', 'startUpdate'],
          ['Tiếp tục cập nhật', 'continueUpdate'],
          ['Tiến độ cập nhật', 'showProgressSidebar'],
          ['Tạo báo cáo tổng hợp', 'createYearReport'],
          '---',
          ['Hướng dẫn', 'showHelp'],
          ['Kiểm tra tiện ích', 'checkRollup'],
        ],
      },
    ]);
    for (const item of menus[0].items) if (item !== '---') expect(fn(bundles.aggregator, item[1]), item[1]).toBeDefined();
  });

  it('carries the same CDHT_TALLY help as the commune add-on', () => {
    expect(jsdocAbove(bundles.aggregator, fn(bundles.aggregator, 'CDHT_TALLY')!)).toBe(jsdocAbove(bundles.commune, fn(bundles.commune, 'CDHT_TALLY')!));
  });

  it('has its own manifest with the wider scopes it needs (documents: the year report as a Google Doc)', () => {
    expect(bundles.aggregator.manifest).toMatchObject({ timeZone: 'Asia/Ho_Chi_Minh', runtimeVersion: 'V8' });
    expect([...bundles.aggregator.manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/documents',
      ].sort(),
    );
  });

  it('both enable the Docs advanced service the Google Docs renderer merges and pins with, under the documents scope they hold', () => {
    // Manifest shape: developers.google.com/apps-script/manifest/dependencies (EnabledAdvancedService).
    for (const bundle of [bundles.commune, bundles.aggregator]) {
      expect(bundle.manifest.dependencies?.enabledAdvancedServices).toContainEqual({ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' });
      expect(bundle.manifest.oauthScopes).toContain('https://www.googleapis.com/auth/documents');
    }
  });

  it('leaves the commune add-on without access to all spreadsheets, outside calls or triggers', () => {
    const scopes = bundles.commune.manifest.oauthScopes;
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes.some((s) => /script\.external_request|script\.scriptapp|auth\/drive$/.test(s))).toBe(false);
  });
});

/** 400 communes of 2025: more than one 6-minute run reads at 60 a minute. */
function province() {
  const b = liveBundle();
  const rows: Cell[][] = [];
  for (let i = 0; i < 400; i++) {
    b.workbook(fakeId(i), communeWorkbook({ commune: `Xã Số ${i + 1}`, year: 2025, values: TT25_VALUES.MD1 }));
    rows.push([`Xã Số ${i + 1}`, 2025, sheetLink(fakeId(i))]);
  }
  b.register(rows);
  return b;
}

describe('the update in the built bundle, continued by the trigger it creates', () => {
  it('the menu run pauses and schedules the trigger; the trigger run, with no UI and no active spreadsheet, finishes the update', () => {
    const b = province();
    b.run('menu', 'startUpdate');
    expect(b.env.alerts).toHaveLength(1);
    expect(b.env.alerts[0]).toMatch(/^Đang cập nhật: đã đọc 300\/400 xã/);
    expect(b.script.triggers).toHaveLength(1);

    b.clock.advance(60_000);
    const handler = b.script.triggers[0].getHandlerFunction();
    b.run('trigger', handler);
    const communes = b.spreadsheet.sheet(GENERATED_SHEETS.communes).values();
    expect(communes).toHaveLength(401);
    expect(communes[400].slice(1, 5)).toEqual(['Xã Số 400', 2025, 'TT25', 'Mức độ 1']);
    expect(new Set(b.api.asked).size).toBe(400);
    expect(b.script.triggers).toEqual([]);
    // What it did is told through the sheet, not through a dialog nobody sees.
    expect(String(b.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0])).toMatch(/^Cập nhật lúc/);
    expect(b.env.alerts).toHaveLength(1);
  });
});

describe('an unexpected error in the trigger’s run of the built bundle', () => {
  it('is told on the status line, the next trigger is scheduled, and that run finishes the update', () => {
    const b = province();
    b.run('menu', 'startUpdate');
    b.clock.advance(60_000);
    // The Spreadsheet service failing on the third use of the store in the trigger's run.
    const original = b.spreadsheet.getSheetByName.bind(b.spreadsheet);
    let uses = 0;
    b.spreadsheet.getSheetByName = (name: string) => {
      if (name === STORE_SHEET && ++uses === 3) throw new Error('Service Spreadsheets failed while accessing document with id 1abc.');
      return original(name);
    };
    b.run('trigger', b.script.triggers[0].getHandlerFunction());
    expect(String(b.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0])).toMatch(
      /^Cập nhật tổng hợp bị gián đoạn vì lỗi: Service Spreadsheets failed while accessing document with id 1abc\. Đã đọc 320\/400 xã; lượt tiếp theo tự chạy/,
    );
    expect(b.script.triggers.map((t) => t.getHandlerFunction())).toEqual(['continueUpdate']);
    expect(b.env.alerts).toHaveLength(1);

    b.clock.advance(60_000);
    b.run('trigger', b.script.triggers[0].getHandlerFunction());
    expect(b.spreadsheet.sheet(GENERATED_SHEETS.communes).values()).toHaveLength(401);
    expect(b.script.triggers).toEqual([]);
  });
});

describe('the progress sidebar’s server functions in the built bundle', () => {
  it('the menu opens dist-rollup/Sidebar.html; the progress crosses google.script.run whole, during and after an update', () => {
    const b = province();
    b.run('menu', 'showProgressSidebar');
    expect(b.env.sidebars).toEqual([{ file: 'Sidebar', title: 'Tiến độ cập nhật' }]);

    const answer = (name: string, ...args: unknown[]) => {
      const sent = scriptRunTransfer(args, 'argument');
      expect(sent.ok).toBe(true);
      const value = b.run('menu', name, ...args);
      // A Date or undefined anywhere in it would arrive as null.
      const received = scriptRunTransfer(value, 'return');
      const plain = received.ok ? received.value : undefined;
      expect(plain, name).toEqual(JSON.parse(JSON.stringify(value)));
      return plain as Record<string, unknown>;
    };
    // "Tiếp tục" with nothing under way reads nothing and says so.
    expect(answer('runUpdateFromSidebar', 'continue')).toMatchObject({ kind: 'nothing', message: expect.stringMatching(/^Không có lượt cập nhật nào đang dở/) });
    expect(b.api.asked).toEqual([]);
    expect(answer('runUpdateFromSidebar', 'start')).toEqual({ kind: 'paused', message: expect.stringMatching(/^Đang cập nhật: đã đọc 300\/400 xã/) });
    expect(answer('getUpdateProgress')).toMatchObject({ underWay: true, read: 300, total: 400, minutesLeft: 2, pace: 60, runs: 1, started: '08:00 ngày 15/01/2026', error: '' });
    b.clock.advance(60_000);
    expect(answer('runUpdateFromSidebar', 'continue')).toMatchObject({ kind: 'done' });
    expect(answer('getUpdateProgress')).toMatchObject({ underWay: false, read: 0, total: null, status: expect.stringMatching(/^Cập nhật lúc/) });
    // Anything but "continue" starts afresh, never fails on a strange argument.
    expect(answer('runUpdateFromSidebar', 'xoá hết')).toMatchObject({ kind: 'done' });
  });

  it('the sidebar page is built beside the roll-up’s code and builds its DOM without innerHTML', () => {
    const html = readFileSync('dist-rollup/Sidebar.html', 'utf8');
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('roll-up entry points in a time-driven trigger', () => {
  it('set-up and a whole update run with no UI on the spreadsheet kept by an earlier menu run, and tell through the sheet', () => {
    const b = liveBundle();
    b.run('menu', 'setUpRollup');
    b.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    b.register([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]);
    b.run('trigger', 'setUpRollup');
    b.run('trigger', 'startUpdate');
    expect(b.spreadsheet.sheet(GENERATED_SHEETS.communes).values()[1].slice(1, 5)).toEqual(['Xã Hòa An', 2025, 'TT25', 'Mức độ 1']);
    expect(String(b.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0])).toMatch(/^Cập nhật lúc 08:00 ngày 15\/01\/2026: 1 dòng danh sách/);
    expect(b.env.alerts).toHaveLength(1);
  });

  it('a trigger after an upgrade finds the spreadsheet by the id an earlier version kept, under the same property name', () => {
    // The name is stored in the script's properties by every version: renaming it would leave an
    // update under way stranded after an upgrade, its trigger finding no spreadsheet (blind sample 9, P18).
    const b = liveBundle();
    b.scriptProperties.setProperty('CDHT_TONG_HOP_ID', TOTAL_SPREADSHEET_ID);
    b.run('trigger', 'setUpRollup');
    b.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    b.register([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]);
    b.run('trigger', 'startUpdate');
    expect(String(b.spreadsheet.sheet(GENERATED_SHEETS.statistics).values()[0][0])).toMatch(/^Cập nhật lúc/);
  });

  it('a trigger before any menu run names what to do, in Vietnamese', () => {
    const b = liveBundle();
    expect(() => b.run('trigger', 'continueUpdate')).toThrow('Chưa biết bảng tính nào');
  });

  it('the menu-only entry points show the help and ask for the report’s year; in a trigger they stop at the UI, having changed nothing', () => {
    const b = liveBundle();
    b.run('menu', 'showHelp');
    expect(b.env.alerts[0]).toContain('Tiếp tục cập nhật');
    b.run('menu', 'createYearReport');
    // No update has finished yet: it says so instead of asking for a year.
    expect(b.env.alerts[1]).toMatch(/^Chưa có số liệu tổng hợp/);
    for (const name of ['showHelp', 'createYearReport']) expect(() => b.run('trigger', name), name).toThrow('Cannot call SpreadsheetApp.getUi() from this context');
    expect(b.env.alerts).toHaveLength(2);
    expect(b.documentApp.documents).toHaveLength(0);
  });

  it('after an update, the year report asks for the year and writes one Google Doc', () => {
    const b = liveBundle();
    b.workbook(fakeId(1), communeWorkbook({ commune: 'Xã Hòa An', year: 2025, values: TT25_VALUES.MD1 }));
    b.register([['Xã Hòa An', 2025, sheetLink(fakeId(1))]]);
    b.run('menu', 'startUpdate');
    b.env.answer = '2025';
    b.run('menu', 'createYearReport');
    expect(b.env.prompts).toEqual(['Báo cáo tổng hợp']);
    expect(b.documentApp.documents).toHaveLength(1);
    expect(b.env.dialogs[0]).toContain('Đã tạo báo cáo tổng hợp');
  });
});
