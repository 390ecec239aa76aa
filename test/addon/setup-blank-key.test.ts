/**
 * A row whose key (an indicator's code, a field's label, a rate's name, a criterion heading)
 * someone emptied: repair must recognise the row by what else it holds or by where it sits and
 * write its key back, so the values stay beside it. A row it cannot recognise safely keeps its
 * values and is named in the repair's message, never silently left as an orphan. Found by the
 * review of issue 11.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import { readSnapshot } from '../../src/addon/workbook-reader';
import { SHEETS } from '../../src/core/template/layout';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { filledWorkbook, rowWith, setup, tally } from './scenarios';

const LATER = new Date(2026, 10, 22, 8, 5);

function expectAllKept(tracked: Parameters<typeof tally>[0]) {
  const result = tally(tracked);
  expect(result.moved.map((t) => `${t.key} / ${t.header}: ${String(t.value)}`)).toEqual([]);
  expect(result.lost.map((t) => `${t.key} / ${t.header}: ${String(t.value)}`)).toEqual([]);
}

describe('a row whose key someone emptied', () => {
  it('"Đánh giá": an emptied code is written back on its row (recognised by its wording); no second row', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const row = rowWith(sheet, 1, 'TC1.2');
    const rows = sheet.values().length;
    sheet.type(`A${row}`, '');
    const result = setup(ss, LATER);
    expectAllKept(tracked);
    expect(sheet.at(`A${row}`).value).toBe('TC1.2');
    expect(sheet.values().length).toBe(rows);
    expect(result.messages.join('\n')).toContain(`ô A${row} trống nên đã ghi lại "TC1.2"`);
    expect(assessWorkbook(readSnapshot(ss)).evidence.get('TC1.2')?.description).toBe('Ghi chú TC1.2');
  });

  it('"Đánh giá": code, wording and requirements all emptied: recognised by where the row sits', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const row = rowWith(sheet, 1, 'TC3.2');
    for (const column of ['A', 'B', 'C', 'D']) sheet.type(`${column}${row}`, '');
    setup(ss, LATER);
    expectAllKept(tracked);
    expect(sheet.at(`A${row}`).value).toBe('TC3.2');
  });

  it('"Đánh giá": an emptied criterion heading keeps the notes typed on its row', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    const row = rowWith(sheet, 1, 'TC2.1') - 1;
    const heading = String(sheet.at(`B${row}`).value);
    sheet.type(`B${row}`, '');
    setup(ss, LATER);
    expectAllKept(tracked);
    expect(sheet.at(`B${row}`).value).toBe(heading);
  });

  it('"Thông tin": an emptied field label is written back beside its value', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    const rows = sheet.values().length;
    const row = rowWith(sheet, 1, 'Họ và tên người ký');
    sheet.type(`A${row}`, '');
    setup(ss, LATER);
    expectAllKept(tracked);
    expect(sheet.values().length).toBe(rows);
    expect(assessWorkbook(readSnapshot(ss)).info.signerName).toBe(tracked.find((t) => t.key === 'Họ và tên người ký')!.value);
  });

  it('"Thông tin": the label and the hint of the last field emptied (a spacer row below): recognised by where it sits', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.info);
    const row = rowWith(sheet, 1, 'Nơi nhận');
    sheet.type(`A${row}`, '');
    sheet.type(`C${row}`, '');
    setup(ss, LATER);
    expectAllKept(tracked);
    expect(String(sheet.at(`A${row}`).value)).toMatch(/^Nơi nhận/);
  });

  it('"Số liệu PCGD-XMC": an emptied rate name keeps its counts', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.pcgd);
    const victim = tracked.filter((t) => t.sheet === sheet)[3].key;
    const row = rowWith(sheet, 1, victim);
    sheet.type(`A${row}`, '');
    setup(ss, LATER);
    expectAllKept(tracked);
    expect(sheet.at(`A${row}`).value).toBe(victim);
  });

  it('a row that cannot be recognised keeps its values and is named in the message', () => {
    const { ss, tracked } = filledWorkbook();
    const sheet = ss.sheet(SHEETS.assessment);
    // TC1.2 loses its code and wording, and TC1.3 below it is deleted: the one unkeyed row between
    // TC1.1 and the next criterion could be either.
    const row = rowWith(sheet, 1, 'TC1.2');
    for (const column of ['A', 'B', 'C', 'D']) sheet.type(`${column}${row}`, '');
    sheet.deleteRow(rowWith(sheet, 1, 'TC1.3'));
    const result = setup(ss, LATER);
    const message = setupMessage(result);
    // The re-created TC1.2 and TC1.3 go in before the orphan, which moves down by two.
    const orphan = rowWith(sheet, 8, 'Phụ trách TC1.2');
    expect(orphan).toBe(row + 2);
    expect(message).toContain(`Dòng ${orphan} của trang "Đánh giá" có giá trị nhưng không có mã chỉ tiêu`);
    expect(message).toContain(`G${orphan}: "Ghi chú TC1.2"`);
    // The orphan keeps its values; every other row but the deleted TC1.3 keeps its own.
    expectAllKept(tracked.filter((t) => t.key !== 'TC1.2' && t.key !== 'TC1.3'));
    expect(sheet.at(`F${orphan}`).value).toBe('https://drive.google.com/mc-TC1.2');
  });
});

/**
 * The same on a sheet that is not matched row by row ("Danh mục minh chứng", read by column place):
 * its header "Mã minh chứng" emptied, a row people inserted above it with a note, items below. The
 * header is written back where it stands (row 4 now) and nothing of theirs is covered: neither the
 * note on row 1 nor an item.
 */
describe('"Danh mục minh chứng": the header of the codes emptied, a row inserted above the list', () => {
  it('the header comes back on its row; the note and the items stay where they are', () => {
    const { ss } = filledWorkbook();
    const list = ss.sheet(SHEETS.evidence);
    expect(list.at('A3').value).toBe('Mã minh chứng');
    list.insertRowBefore(1);
    list.type('A1', 'Ghi chú của xã');
    list.getRange('A5:B5').setValues([['MC-99', 'Biên bản họp']]);
    list.type('A4', '');
    const result = setup(ss, LATER);
    expect(result.messages).toEqual(['Trang "Danh mục minh chứng", dòng 4: ô A4 trống nên đã ghi lại "Mã minh chứng".']);
    expect(['A1', 'A4', 'A5', 'B5'].map((a1) => list.at(a1).value)).toEqual(['Ghi chú của xã', 'Mã minh chứng', 'MC-99', 'Biên bản họp']);
  });
});
