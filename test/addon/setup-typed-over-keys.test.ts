/**
 * Text typed over the template's own text on a plain repair (newcomer hunt, session 18), where the
 * rule is: what a person typed stays on a sheet (in place, or in an archive the message names).
 * Over a label, it is copied to "Lưu trữ ô của mẫu …" and named. Two kinds of cell did not keep it:
 * a row's key (the first column: an indicator's code, a field's label, a list's hint), which repair
 * writes back and named with the typed text, but copied nowhere, so the text lived only in a
 * message that closes (now copied to the same archive, a slip of the key excepted); and a label
 * typed over with a text the template writes elsewhere on the sheet ("Đạt", another row's
 * requirement), which was overwritten and named nowhere. Expected messages and cells typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { setupMessage } from '../../src/addon/setup/message';
import type { Cell } from '../../src/core/cells/values';
import { SHEETS } from '../../src/core/template/layout';
import { FakeSpreadsheet } from '../fakes/spreadsheet';
import { setup } from './scenarios';

const LABELS = 'Lưu trữ ô của mẫu 22-11-2026 08.05';

/** The workbook set up, `text` typed in `a1` of `sheetName`, repaired; every cell of every sheet after, and the message. */
function typedThenRepaired(sheetName: string, a1: string, text: string) {
  const ss = new FakeSpreadsheet();
  setup(ss);
  ss.sheet(sheetName).type(a1, text);
  const message = setupMessage(setup(ss, new Date(2026, 10, 22, 8, 5)));
  const everywhere: Cell[] = ss.getSheets().flatMap((sheet) => ss.sheet(sheet.getName()).values().flat());
  return { ss, message, everywhere };
}

describe('a row’s key typed over, then a plain repair', () => {
  it('writes the key back and names the typed text (as today)', () => {
    const { message } = typedThenRepaired(SHEETS.assessment, 'A6', 'TC1.1 – xã đã họp 3/11');
    expect(message).toContain('Trang "Đánh giá", dòng 6: ô A6 ghi "TC1.1 – xã đã họp 3/11", khác với mẫu, nên đã ghi lại "TC1.1".');
  });

  // A key written back (emptiedKeyMessages) was archived nowhere: the text was in the message alone.
  // [sheet, cell, typed, the key written back (the archive's "Mục")]
  const HINT =
    'Mỗi minh chứng một dòng. Mã theo tiêu chí: H1.01, H1.02 … cho tiêu chí 1; H2.01 … cho tiêu chí 2. "Chỉ tiêu liên quan": các mã chỉ tiêu, cách nhau bằng dấu phẩy (ví dụ TC1.1, TC1.2). Liên kết: bản chụp trên Google Drive (chia sẻ cho người thẩm định).';
  it.each([
    [SHEETS.assessment, 'A6', 'TC1.1 – xã đã họp 3/11', 'TC1.1'],
    [SHEETS.info, 'A4', 'Tên xã (ghi theo Nghị quyết sáp nhập)', 'Tên xã'],
    [SHEETS.evidence, 'A2', 'Ghi chú của xã: minh chứng năm 2024 ở thư mục cũ', HINT],
    // Words added after the code are a note, not a slip of it, however short.
    [SHEETS.assessment, 'A6', 'TC1.1 ok', 'TC1.1'],
    [SHEETS.assessment, 'A6', 'TC1.1 x', 'TC1.1'],
    // A text the template writes on the row, but not as its key (TC1.1's requirement), typed over the key.
    [SHEETS.assessment, 'A6', 'Đạt', 'TC1.1'],
  ])('%s!%s ("%s"): copies the typed text to "Lưu trữ ô của mẫu …" and names it there, the cell once', (sheetName, a1, text, key) => {
    const { ss, message, everywhere } = typedThenRepaired(sheetName, a1, text);
    expect(everywhere).toContain(text);
    // Sheet, what the row is, cell, what was typed (the archive's fifth row).
    expect(ss.sheet(LABELS).values()[4].slice(0, 4)).toEqual([sheetName, key, a1, text]);
    expect(message).toContain(`ô ${a1} ghi "${text}", khác với mẫu, nên đã ghi lại "${key}". Nội dung đã nhập ở ô được chép sang trang "${LABELS}".`);
    expect(message.split(`ô ${a1}`).length - 1).toBe(1);
  });

  // A slip of the key ("Ten xa" for "Tên xã") holds nothing the key does not: written back and named as before, no archive.
  it('a slip of a field’s label (Thông tin!A4 "Ten xa"): no archive', () => {
    const { ss, message } = typedThenRepaired(SHEETS.info, 'A4', 'Ten xa');
    expect(message).toContain('Trang "Thông tin", dòng 4: ô A4 ghi "Ten xa", khác với mẫu, nên đã ghi lại "Tên xã".');
    expect(message).not.toContain('Lưu trữ');
    expect(ss.getSheets().map((sheet) => sheet.getName())).not.toContain(LABELS);
  });
});

describe('a label typed over with a text the template writes elsewhere on the sheet', () => {
  // TC4.2's "Yêu cầu Mức độ 2" (D19 reads "Chuẩn mức độ 3 trở lên"); "Đạt" is what the template writes in D for TC1.1.
  it('D19 reads the requirement before (the cell is the template’s)', () => {
    const ss = new FakeSpreadsheet();
    setup(ss);
    const sheet = ss.sheet(SHEETS.assessment);
    expect([sheet.at('A19').value, sheet.at('D19').value]).toEqual(['TC4.2', 'Chuẩn mức độ 3 trở lên']);
  });

  // typedOverLabels skipped any value in templateTexts (every label of the sheet, any row): overwritten in silence. Now the row's texts alone.
  it('"Đạt" typed in D19: archived and named, as any other text there is', () => {
    const { message, ss } = typedThenRepaired(SHEETS.assessment, 'D19', 'Đạt');
    expect(message).toContain('ô D19 (dòng "TC4.2": "Đạt")');
    // Sheet, what the row is, cell, what was typed (the archive's fifth row).
    expect(ss.sheet(LABELS).values()[4].slice(0, 4)).toEqual(['Đánh giá', 'TC4.2', 'D19', 'Đạt']);
  });
});
