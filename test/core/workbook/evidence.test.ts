/**
 * "Danh mục minh chứng" as the dossier reads it: rows named by their sheet row (the header is on
 * row 3), codes compared as codes are everywhere, related indicators split however people list
 * them. Expected messages typed by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { citedKey, EVIDENCE_HEADER, readEvidenceList, readLinkCell, splitCodes } from '../../../src/core/workbook/evidence';

const SHEET = 'Danh mục minh chứng';
const row = (code: Cell, name: Cell, indicators: Cell = '', reference: Cell = ''): Cell[] => [code, name, reference, 'UBND xã', '', indicators];

describe('readEvidenceList', () => {
  it('names each row by its sheet row: the header is row 3, so the first item is row 4, blank rows counted', () => {
    const { items, problems } = readEvidenceList(
      [[...EVIDENCE_HEADER], row('H1.01', 'Quyết định thành lập Ban chỉ đạo'), ['', '', '', '', '', ''], row('', 'Kế hoạch năm 2025'), row('H1.03', '')],
      SHEET,
      TT25.criteria,
    );
    expect(items.map((i) => i.row)).toEqual([4, 6, 7]);
    expect(problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['Trang "Danh mục minh chứng" dòng 6', 'warning', 'Trang "Danh mục minh chứng" dòng 6: chưa có mã minh chứng (ví dụ H1.01).'],
      ['Trang "Danh mục minh chứng" dòng 7', 'warning', 'Trang "Danh mục minh chứng" dòng 7: chưa có tên minh chứng.'],
    ]);
  });

  it('a code repeated in another case or with spaces is named as repeated on its second row', () => {
    const { problems } = readEvidenceList(
      [[...EVIDENCE_HEADER], row('H1.01', 'Quyết định A'), row(' h1.01', 'Quyết định B'), row('H1. 02', 'Nghị quyết'), row('H1.02', 'Báo cáo')],
      SHEET,
      TT25.criteria,
    );
    expect(problems.map((p) => p.message)).toEqual(['Trang "Danh mục minh chứng" dòng 5: mã minh chứng H1.01 bị trùng.', 'Trang "Danh mục minh chứng" dòng 7: mã minh chứng H1.02 bị trùng.']);
  });

  it('writes an evidence code typed in small letters with its capital H, as the documents print it (review 13c F11)', () => {
    const { items } = readEvidenceList([[...EVIDENCE_HEADER], row('h1.01', 'Quyết định'), row('k2', 'Ảnh')], SHEET, TT25.criteria);
    expect(items.map((i) => i.code)).toEqual(['H1.01', 'k2']);
  });

  it('keeps the lines of a "Liên kết" cell, so that links typed one a line, numbered or not, are read line by line (review 13d F3)', () => {
    const numbered: Cell[] = ['H1.01', 'Quyết định', '', 'UBND xã', '1. https://a.vn/x \n2.  https://b.vn/y\n\n', 'TC1.1'];
    const { items } = readEvidenceList([[...EVIDENCE_HEADER], numbered], SHEET, TT25.criteria);
    expect(items[0].link).toBe('1. https://a.vn/x\n2. https://b.vn/y');
    expect(readLinkCell(items[0].link)).toEqual({ links: ['https://a.vn/x', 'https://b.vn/y'], faults: [], note: '' });
  });

  it('reads a range in "Chỉ tiêu liên quan" by the ruleset in use (review 13d F4)', () => {
    const { items } = readEvidenceList([[...EVIDENCE_HEADER], row('H1.01', 'Nghị quyết', 'TC1.1-1.3')], SHEET, TT25.criteria);
    expect(items[0].indicators).toEqual(['TC1.1', 'TC1.2', 'TC1.3']);
  });

  it('reads a date typed in "Số, ngày ban hành" as dd/mm/yyyy', () => {
    const { items } = readEvidenceList([[...EVIDENCE_HEADER], row('H1.01', 'Quyết định', 'TC1.1', new Date(2025, 2, 5))], SHEET, TT25.criteria);
    expect(items[0].reference).toBe('05/03/2025');
  });
});

describe('splitCodes (the related indicators of an item)', () => {
  it.each<[Cell, string[]]>([
    ['TC1.1, TC1.2', ['TC1.1', 'TC1.2']],
    ['TC1.1;TC2.3', ['TC1.1', 'TC2.3']],
    ['TC1.1 TC2.3', ['TC1.1', 'TC2.3']],
    ['TC1.1\nTC2.3\n', ['TC1.1', 'TC2.3']],
    [' TC5.2a ,, ; TC5.2b ', ['TC5.2a', 'TC5.2b']],
    ['', []],
    // As people write them (review 13c F11): without "TC", with the words, a space, a closing stop.
    ['1.1; 1.3', ['1.1', '1.3']],
    ['Chỉ tiêu 1.2', ['1.2']],
    ['chỉ tiêu 1.1, 1.2 và 1.3', ['1.1', '1.2', '1.3']],
    ['CHI TIEU 2.1', ['2.1']],
    ['CT 3.2', ['3.2']],
    ['Tiêu chí 4', ['TC4']],
    ['TC 1.3', ['TC1.3']],
    ['TC2.1, TC2.2.', ['TC2.1', 'TC2.2']],
    // Words that are no code stay whole, to be named as typed.
    ['xem biên bản, TC1.1', ['xem biên bản', 'TC1.1']],
    // A code with a decimal comma, as typed in a vi-VN sheet or shown for a number cell (review 13d F1): one indicator, never two criteria.
    ['2,1', ['2.1']],
    [2.1, ['2.1']],
    ['2,1; 5,2', ['2.1', '5.2']],
    ['1.1,1.2', ['1.1', '1.2']],
    // Glued to "TC" too (review 13e F1: was TC2 and criterion 1).
    ['TC2,1', ['TC2.1']],
    ['tc 2,1; TC5,1', ['TC2.1', 'TC5.1']],
    // Before a list's comma too (review 13e F14: "TC2,1, TC2,2" was TC2, criterion 1 and TC2.2), when what follows that
    // comma is no bare number: "1,2, 3" and "1,2,3" stay a list of numbers (criteria 1, 2, 3), as before.
    ['TC2,1, TC2,2', ['TC2.1', 'TC2.2']],
    ['TC2,1,TC2,2', ['TC2.1', 'TC2.2']],
    ['2,1, 2,2', ['2.1', '2.2']],
    ['1,1, 1,2 và 1,3', ['1.1', '1.2', '1.3']],
    ['2,1, 3.1', ['2.1', '3.1']],
    ['TC2,1, 3', ['TC2.1', '3']],
    ['1,2,3', ['1', '2', '3']],
    ['1,2, 3', ['1', '2', '3']],
    ['2,1,2,2', ['2', '1', '2', '2']],
    // More of the ways people write them (review 13d F4): a colon after the words, "các", a slash between codes.
    ['chỉ tiêu: 1.2', ['1.2']],
    ['Các chỉ tiêu 1.1, 1.3', ['1.1', '1.3']],
    ['TC3.1/TC3.2', ['TC3.1', 'TC3.2']],
  ])('%j is %j', (cell, codes) => {
    expect(splitCodes(cell, TT25.criteria)).toEqual(codes);
  });

  // A range inside one criterion is the indicators of the ruleset it spans (review 13d F4), written the ruleset's way.
  it.each<[Cell, string[]]>([
    ['TC1.1-1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1 - 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1–1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['TC1.1 đến 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['Từ chỉ tiêu 4.2 đến chỉ tiêu 4.4', ['TC4.2', 'TC4.3', 'TC4.4']],
    ['TC2.2-TC2.3; 3.1', ['TC2.2', 'TC2.3', '3.1']],
    ['1.2-1.2', ['TC1.2']],
    // An indicator judged on two figures is one indicator of the range, as the ruleset names it.
    ['5.1-5.2', ['TC5.1', 'TC5.2']],
    // Whole criteria, from one to another.
    ['Tiêu chí 1 - 3', ['TC1', 'TC2', 'TC3']],
    // A decimal comma glued to a range's dash or to "TC", as a vi-VN sheet's user types codes (review 13e F1): indicators,
    // never criteria ("1,1-1,3" was criteria 1 and 3, "4,1-4,4" criteria 1 to 4, with no word in the checklist).
    ['1,1-1,3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['4,1–4,4', ['TC4.1', 'TC4.2', 'TC4.3', 'TC4.4']],
    ['TC1,1 - TC1,3', ['TC1.1', 'TC1.2', 'TC1.3']],
    // Typed without diacritics, with a minus sign (U+2212, from a formula or a PDF), an arrow or a tilde (review 13e F9).
    ['1.1 den 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['tu chi tieu 1.1 toi 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['TC1.1 \u2212 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1 -> 1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1→1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1~1.3', ['TC1.1', 'TC1.2', 'TC1.3']],
    // The end written as the indicator's number alone, within the criterion of the first end ("1.1-3": 1.1 to 1.3).
    ['TC1.1-3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1-3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['1.1 đến 3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['chỉ tiêu 4.2 - 4', ['TC4.2', 'TC4.3', 'TC4.4']],
    ['1,1-3', ['TC1.1', 'TC1.2', 'TC1.3']],
    ['TC5.1-2', ['TC5.1', 'TC5.2']],
  ])('the range %j is %j', (cell, codes) => {
    expect(splitCodes(cell, TT25.criteria)).toEqual(codes);
  });

  it('reads a range of criteria in a ruleset scored by criterion (TT44: "TC3-5")', () => {
    expect(splitCodes('TC3-5', TT44.criteria)).toEqual(['TC3', 'TC4', 'TC5']);
  });

  // A range that names no run of one criterion's indicators stays as typed, for the checklist to name it.
  it.each<[Cell, string[]]>([
    ['1.3-2.1', ['1.3-2.1']],
    ['TC1.3 - 1.1', ['TC1.3 - 1.1']],
    ['1.1-1.9', ['1.1-1.9']],
    // A short end past the criterion's last indicator, or before the first end.
    ['1.1-4', ['1.1-4']],
    ['1.3-2', ['1.3-2']],
    // What is kept is kept as typed, the words, decimal commas and stop too: the Danh mục prints it and the checklist quotes it so (review 13e F10).
    ['Chỉ tiêu 1.1 - 2.3', ['Chỉ tiêu 1.1 - 2.3']],
    ['1,1-4,3', ['1,1-4,3']],
    ['TC1.1-TC2.3.', ['TC1.1-TC2.3.']],
    ['xem biên bản., TC1.1', ['xem biên bản.', 'TC1.1']],
  ])('the range %j spans no indicators of one criterion: kept whole %j', (cell, codes) => {
    expect(splitCodes(cell, TT25.criteria)).toEqual(codes);
  });

  it('compares a cited code without the "TC" the template writes, in any case: "TC1.2", "tc1.2" and "1.2" are one indicator', () => {
    expect(['TC1.2', 'tc1.2', '1.2', 'TC 4', 'TC5.2a', 'H1.01', 'A.3'].map(citedKey)).toEqual(['1.2', '1.2', '1.2', '4', '5.2A', 'H1.01', 'A.3']);
  });
});
