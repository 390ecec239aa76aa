/**
 * A switch where exactly one indicator of the new ruleset is missing from "Đánh giá" (blind
 * sample 13, P24): a province's "Bộ tiêu chí" of levels (its id TT25) lists TT44's TC1–TC14 as
 * its indicators, so the page holds fourteen of TT44's fifteen codes; the switch to TT44 brings
 * TC15's value back from the archive that has it, as for several missing (setup-switch-two-archives).
 * An archive of another assessment year is not brought into this one, and the message says so
 * (as setup-switch-after-new-year.test.ts for many missing). Before (the mutant), the archives were
 * read only when more than one indicator was missing: TC15's value did not come back, and an
 * archive of another year went unnamed. With all fifteen codes on the page nothing is missing, so no
 * archive is read and none is named (before, with `k || …`, every key was sought and a 2025 archive
 * was announced on a switch that lost nothing).
 *
 * The archive is made by hand as set-up writes it (a title row, then the header from "Mã");
 * expected cells typed by hand from TT44's order (TC1 … TC15 on rows 5 … 19).
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { rulesetToTable } from '../../src/core/ruleset/table';
import { TT25 } from '../../src/core/ruleset/tt25';
import { TT44 } from '../../src/core/ruleset/tt44';
import type { LevelsRuleset } from '../../src/core/ruleset/types';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const HEADER = ['Mã', 'Nội dung', 'Yêu cầu Mức độ 1', 'Yêu cầu Mức độ 2', 'Giá trị', 'Minh chứng', 'Ghi chú', 'Phụ trách'];
const TC15 = 'Đảm bảo an ninh trật tự, an toàn xã hội';
const SWITCH_ARCHIVE = 'Lưu trữ TT25 22-11-2026 08.05';
/** The switch's own lines, as for any switch from TT25 to TT44 with nothing lost. */
const SWITCHED = [
  'Đã kiểm tra và sửa: Hướng dẫn, Thông tin, Đánh giá, Danh mục minh chứng, Kết quả, Số liệu PCGD-XMC, Bộ tiêu chí.',
  `Bộ tiêu chí đang áp dụng: TT44. Dữ liệu đã nhập được giữ nguyên trên trang hoặc ở trang lưu trữ "${SWITCH_ARCHIVE}".`,
  'Đã chuyển sang bộ tiêu chí TT44; dữ liệu và Bộ tiêu chí cũ (TT25) được lưu ở trang lưu trữ.',
  `Dữ liệu cũ của trang "Đánh giá" được lưu ở trang "${SWITCH_ARCHIVE}".`,
];

/** TT25's scheme and first criterion, its indicators TT44's TC1–TC14 (each as TT25's first indicator). */
const PROVINCE: LevelsRuleset = {
  ...TT25,
  criteria: [{ ...TT25.criteria[0], items: TT44.criteria.slice(0, 14).map((c) => ({ ...TT25.criteria[0].items[0], code: c.code, name: c.name })) }],
};

/** The same province's table listing all fifteen of TT44's codes: nothing is missing after the switch. */
const PROVINCE_ALL: LevelsRuleset = {
  ...PROVINCE,
  criteria: [{ ...PROVINCE.criteria[0], items: TT44.criteria.map((c) => ({ ...TT25.criteria[0].items[0], code: c.code, name: c.name })) }],
};

function provinceWorkbook(province: LevelsRuleset = PROVINCE, last = 'TC14'): FakeSpreadsheet {
  const ss = new FakeSpreadsheet();
  const rows = rulesetToTable(province);
  ss.insertSheet(SHEETS.ruleset, 0).getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  setup(ss);
  const sheet = ss.sheet(SHEETS.assessment);
  const end = 5 + province.criteria[0].items.length;
  expect([sheet.at('A6').value, sheet.at(`A${end}`).value, sheet.at(`A${end + 1}`).value]).toEqual(['TC1', last, '']);
  sheet.type('G6', 'Ghi chú TC1');
  return ss;
}

describe('TT25 of a province (TT44’s TC1–TC14) → TT44, TC15 in an archive', () => {
  it('TC15 comes back from the archive, beside TC1–TC14 kept on the page', () => {
    const ss = provinceWorkbook();
    const archive = ss.insertSheet('Lưu trữ cũ', ss.sheets.length);
    archive.getRange(1, 1, 3, 8).setValues([['Lưu trữ cũ', '', '', '', '', '', '', ''], HEADER, ['TC15', TC15, '', '', 8, '', 'Ghi chú TC15', '']]);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    const sheet = ss.sheet(SHEETS.assessment);
    expect([5, 19].map((r) => [sheet.at(`A${r}`).value, sheet.at(`E${r}`).value, sheet.at(`G${r}`).value])).toEqual([
      ['TC1', '', 'Ghi chú TC1'],
      ['TC15', 8, 'Ghi chú TC15'],
    ]);
    expect(message).toBe(SWITCHED.join('\n'));
  });

  it('an archive of 2025 stays one in 2026: TC15 left empty and the message names the archive and both years', () => {
    const ss = provinceWorkbook();
    ss.sheet(SHEETS.info).type('B6', 2026);
    const archive = ss.insertSheet('Lưu trữ cũ', ss.sheets.length);
    archive.getRange(1, 1, 3, 8).setValues([['Dữ liệu trang "Đánh giá" năm 2025 trước khi thiết lập lại', '', '', '', '', '', '', ''], HEADER, ['TC15', TC15, '', '', 8, '', 'Ghi chú TC15', '']]);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).toBe(
      [
        ...SWITCHED,
        'Trang "Lưu trữ cũ" giữ dữ liệu của năm 2025 nên không được đưa vào năm đánh giá 2026: các chỉ tiêu TT44 chưa có trên trang "Đánh giá" được để trống. ' +
          'Nếu cần, hãy xem hoặc chép từ trang lưu trữ đó.',
      ].join('\n'),
    );
    const sheet = ss.sheet(SHEETS.assessment);
    expect([sheet.at('A19').value, sheet.at('E19').value, sheet.at('G19').value]).toEqual(['TC15', '', '']);
  });

  it('nothing missing: an archive of 2025 holding TC15 is not read, so the message says nothing of it and TC15 keeps its 2026 note', () => {
    const ss = provinceWorkbook(PROVINCE_ALL, 'TC15');
    ss.sheet(SHEETS.info).type('B6', 2026);
    ss.sheet(SHEETS.assessment).type('G20', 'Ghi chú TC15 năm 2026');
    const archive = ss.insertSheet('Lưu trữ cũ', ss.sheets.length);
    archive.getRange(1, 1, 3, 8).setValues([['Dữ liệu trang "Đánh giá" năm 2025 trước khi thiết lập lại', '', '', '', '', '', '', ''], HEADER, ['TC15', TC15, '', '', 8, '', 'Ghi chú TC15', '']]);
    ss.sheet(SHEETS.info).type('B7', 'TT44');
    const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
    expect(message).toBe(SWITCHED.join('\n'));
    const sheet = ss.sheet(SHEETS.assessment);
    expect([sheet.at('A19').value, sheet.at('G19').value]).toEqual(['TC15', 'Ghi chú TC15 năm 2026']);
  });
});
