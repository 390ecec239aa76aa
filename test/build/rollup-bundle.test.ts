/**
 * Both built Apps Script projects as Apps Script sees them: the commune add-on (dist/) now has
 * CDHT_TALLY, and the roll-up (dist-rollup/) has its menu entry points, its own manifest and
 * the same CDHT_TALLY. Built fresh, parsed as plain JavaScript, run in an empty V8 context.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

interface Bundle {
  code: string;
  source: ts.SourceFile;
  context: vm.Context;
  manifest: { timeZone: string; runtimeVersion: string; oauthScopes: string[] };
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
        addItem: (caption: string, fn: string) => (menu.items.push([caption, fn]), builder),
        addSeparator: () => (menu.items.push('---'), builder),
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
    expect(() => call(bundles[which], 'CDHT_TALLY', [['Mức độ 1'], ['Xuất sắc']])).toThrow('Kết quả "Xuất sắc" (dòng thứ 2 của vùng) không có trong bộ tiêu chí TT25');
  });
});

describe('the roll-up project (dist-rollup)', () => {
  it('declares exactly its entry points', () => {
    expect(
      functions(bundles.aggregator)
        .map((f) => f.name?.text)
        .sort(),
    ).toEqual(['CDHT_TALLY', 'capNhatTongHop', 'huongDan', 'kiemTraTienIch', 'onOpen', 'taoBaoCaoTongHop', 'thietLapBangTongHop', 'tiepTucCapNhat'].sort());
  });

  it('builds the "CĐHT Tổng hợp" menu, every item naming a top-level function', () => {
    menus.length = 0;
    (bundles.aggregator.context.onOpen as () => void)();
    expect(menus).toEqual([
      {
        title: 'CĐHT Tổng hợp',
        items: [
          ['Thiết lập bảng tổng hợp', 'thietLapBangTongHop'],
          ['Cập nhật tổng hợp', 'capNhatTongHop'],
          ['Tiếp tục cập nhật', 'tiepTucCapNhat'],
          ['Tạo báo cáo tổng hợp', 'taoBaoCaoTongHop'],
          '---',
          ['Hướng dẫn', 'huongDan'],
          ['Kiểm tra tiện ích', 'kiemTraTienIch'],
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

  it('leaves the commune add-on without access to all spreadsheets, outside calls or triggers', () => {
    const scopes = bundles.commune.manifest.oauthScopes;
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(scopes.some((s) => /script\.external_request|script\.scriptapp|auth\/drive$/.test(s))).toBe(false);
  });
});
