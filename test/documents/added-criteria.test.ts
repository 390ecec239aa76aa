/**
 * A province's own criteria and indicators added in "Bộ tiêu chí" are not the circular's: the Tờ
 * trình, the Báo cáo and the Biên bản count them with the circular's ("theo 6 tiêu chí, 17 chỉ tiêu
 * quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT"), so the checklist names them
 * before signing (review rev13f F4). Codes typed by hand from the edit below.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import type { Cell } from '../../src/core/cells/values';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH, NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { sample, TODAY } from '../fixtures/dossiers';
import { sampleSnapshot } from '../fixtures/sample-commune';
import { tinyLevels } from '../fixtures/tiny-levels';

const PROVINCE = 'Kế hoạch số 123/KH-UBND ngày 05/3/2024 của UBND tỉnh Sông Lam';

/** The sample with indicator TC5.3 and criterion TC6 (indicator TC6.1) added to its "Bộ tiêu chí" and rows, as a province would. */
function withProvinceCriteria(ref = PROVINCE) {
  const snapshot = sampleSnapshot('TT25');
  const table = (snapshot[NAMES.ruleset] ?? []).map((row) => [...row]);
  const at = table.findIndex((row) => row[1] === 'TC5.2b');
  table.splice(
    at + 1,
    0,
    ['Chỉ tiêu', 'TC5.3', 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập"', 'Tỷ lệ', 0.5, 0.7, '', '', '', '', ref, 'Nguyên văn'],
    ['Tiêu chí', 'TC6', 'Ứng dụng công nghệ thông tin trong học tập suốt đời', '', '', '', '', '', '', '', ref, 'Nguyên văn'],
    ['Chỉ tiêu', 'TC6.1', 'Có ít nhất 01 lớp kỹ năng số cho người dân mỗi quý', 'Đạt/Không đạt', '', '', '', '', '', '', ref, 'Nguyên văn'],
  );
  const row = (code: string, name: string, value: Cell, description: string): Cell[] => {
    const cells: Cell[] = new Array<Cell>(INDICATOR_WIDTH).fill('');
    cells[INDICATOR_COLUMNS.code] = code;
    cells[INDICATOR_COLUMNS.name] = name;
    cells[INDICATOR_COLUMNS.value] = value;
    cells[INDICATOR_COLUMNS.description] = description;
    return cells;
  };
  const indicators = [
    ...(snapshot[NAMES.indicators] ?? []),
    row('TC5.3', 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập"', 0.58, 'Có 2.415/4.163 hộ đạt danh hiệu, đạt 58,01%.'),
    row('', 'Ứng dụng công nghệ thông tin trong học tập suốt đời', '', ''),
    row('TC6.1', 'Có ít nhất 01 lớp kỹ năng số cho người dân mỗi quý', 'Đạt', 'Mở 5 lớp kỹ năng số cho 312 người.'),
  ];
  return assessWorkbook({ ...snapshot, [NAMES.ruleset]: table, [NAMES.indicators]: indicators });
}

const checklistOf = (assessment: ReturnType<typeof sample>) => {
  const result = buildDossier(assessment, TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.checklist;
};

describe("a province's own criteria in the checklist", () => {
  it('names the criteria and indicators the circular does not have, and what the documents say of them', () => {
    expect(checklistOf(withProvinceCriteria()).filter((line) => line.startsWith('Bộ tiêu chí'))).toEqual([
      'Bộ tiêu chí đang dùng có 3 tiêu chí, chỉ tiêu không có trong Thông tư số 25/2023/TT-BGDĐT: TC5.3, TC6, TC6.1. Tờ trình, Báo cáo và Biên bản ghi chúng là tiêu chí, chỉ tiêu “bổ sung theo Kế hoạch số 123/KH-UBND ngày 05/3/2024 của UBND tỉnh Sông Lam” (cột "Căn cứ pháp lý" của trang "Bộ tiêu chí"): kiểm tra văn bản này trước khi ký.',
    ]);
  });

  it('says nothing of the circular as it is, or of a commune assessed on part of it', () => {
    for (const assessment of [sample('TT25'), sample('TT44'), tinyLevels()]) expect(checklistOf(assessment).filter((line) => line.startsWith('Bộ tiêu chí'))).toEqual([]);
  });
});

/** Every document's text, non-breaking spaces as spaces. */
const textsOf = (assessment: ReturnType<typeof sample>) => {
  const result = buildDossier(assessment, TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents.map((doc) => documentText(doc).replace(/\u00a0/g, ' ')).join('\n');
};

describe("a province's own criteria in the signed text (review rev13f F4)", () => {
  it("cites the circular for its own criteria and indicators only, and the province's document for what it added", () => {
    const text = textsOf(withProvinceCriteria());
    expect(text).toContain(
      'theo 6 tiêu chí, 17 chỉ tiêu, gồm 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT và 1 tiêu chí, 2 chỉ tiêu bổ sung theo Kế hoạch số 123/KH-UBND ngày 05/3/2024 của UBND tỉnh Sông Lam.',
    );
    expect(text).toContain(
      'Đối chiếu với Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT và các tiêu chí, chỉ tiêu bổ sung theo Kế hoạch số 123/KH-UBND ngày 05/3/2024 của UBND tỉnh Sông Lam, xã Hòa An đạt',
    );
    // The circular is never said to hold what the province added.
    expect(text).not.toMatch(/6 tiêu chí, 17 chỉ tiêu quy định tại/);
  });

  it('says the additions have no document when their rows cite none, or cite the circular itself', () => {
    for (const ref of ['', 'Thông tư số 25/2023/TT-BGDĐT, Điều 6']) {
      const text = textsOf(withProvinceCriteria(ref));
      expect(text).toContain('gồm 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT và 1 tiêu chí, 2 chỉ tiêu do địa phương bổ sung.');
      const checklist = checklistOf(withProvinceCriteria(ref)).filter((line) => line.startsWith('Bộ tiêu chí'));
      expect(checklist).toEqual([
        'Bộ tiêu chí đang dùng có 3 tiêu chí, chỉ tiêu không có trong Thông tư số 25/2023/TT-BGDĐT: TC5.3, TC6, TC6.1. Tờ trình, Báo cáo và Biên bản ghi chúng là tiêu chí, chỉ tiêu “do địa phương bổ sung”, không nêu văn bản nào: ghi văn bản của tỉnh ở cột "Căn cứ pháp lý" của các dòng đó trên trang "Bộ tiêu chí" rồi tạo lại hồ sơ.',
      ]);
    }
  });

  it('reads as before for the circular as it is', () => {
    expect(textsOf(sample('TT25'))).toContain('theo 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT. Kết quả');
  });
});

describe('a row\'s "Căn cứ pháp lý" that names the circular beside the province\'s document (review rev13g M3)', () => {
  const SECOND = 'Quyết định số 45/QĐ-UBND ngày 01/4/2024 của UBND tỉnh Sông Lam';

  it("drops only the circular itself and keeps the province's document, whatever separates them", () => {
    // Each short form circularTest reads as the circular, tried (review rev13g M3): "Thông tư 25", "Thông tư số 25/2023", "TT 25/2023", "TT25", typed without marks too.
    for (const ref of [
      `Thông tư số 25/2023/TT-BGDĐT; ${PROVINCE}`,
      `Thông tư 25\n${PROVINCE}`,
      `${PROVINCE}; Thông tư số 25/2023/TT-BGDĐT, Điều 6`,
      `Thông tư số 25/2023; ${PROVINCE}`,
      `TT 25/2023; ${PROVINCE}`,
      `TT25; ${PROVINCE}`,
      `thong tu so 25; ${PROVINCE}`,
    ]) {
      const text = textsOf(withProvinceCriteria(ref));
      expect(text).toContain(
        'gồm 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT và 1 tiêu chí, 2 chỉ tiêu bổ sung theo Kế hoạch số 123/KH-UBND ngày 05/3/2024 của UBND tỉnh Sông Lam.',
      );
      expect(checklistOf(withProvinceCriteria(ref)).filter((line) => line.startsWith('Bộ tiêu chí'))[0]).toMatch(/kiểm tra văn bản này trước khi ký\.$/);
    }
  });

  it("keeps a document of the circular's number in another year or a longer number", () => {
    for (const other of ['Thông tư số 25/2024 của UBND tỉnh Sông Lam', 'TT 250/2023 của UBND tỉnh Sông Lam']) {
      expect(textsOf(withProvinceCriteria(`Thông tư số 25/2023/TT-BGDĐT; ${other}`)), other).toContain(`và 1 tiêu chí, 2 chỉ tiêu bổ sung theo ${other}.`);
    }
  });

  it("keeps a province's document that shares the circular's number under another body's code", () => {
    const own = 'Quyết định số 25/2023/QĐ-UBND của UBND tỉnh Sông Lam';
    expect(textsOf(withProvinceCriteria(own))).toContain(`và 1 tiêu chí, 2 chỉ tiêu bổ sung theo ${own}.`);
  });

  it('joins two documents of the province with "và"', () => {
    const text = textsOf(withProvinceCriteria(`${PROVINCE}; ${SECOND}`));
    expect(text).toContain(`và 1 tiêu chí, 2 chỉ tiêu bổ sung theo ${PROVINCE} và ${SECOND}.`);
  });
});

describe("a province's own threshold on one of the circular's indicators (review rev13g M2)", () => {
  /** The sample with TC5.1's thresholds raised from the circular's 60% and 80% to 62% and 85%, and TC5.2b's Mức độ 2 in a "xã khó khăn" from 12% to 11%. */
  function withThresholds() {
    const snapshot = sampleSnapshot('TT25');
    const table = (snapshot[NAMES.ruleset] ?? []).map((row) => [...row]);
    const at = (code: string) => table.findIndex((row) => row[1] === code);
    table[at('TC5.1')].splice(4, 2, 0.62, 0.85);
    table[at('TC5.2b')][7] = 0.11;
    return assessWorkbook({ ...snapshot, [NAMES.ruleset]: table });
  }
  const thresholdLines = (assessment: ReturnType<typeof sample>) => checklistOf(assessment).filter((line) => line.includes('thay vì'));

  it('names each indicator whose threshold differs from the circular, with both values', () => {
    const tail =
      'Tờ trình, Báo cáo và Biên bản vẫn tính chỉ tiêu này trong các chỉ tiêu “quy định tại” Thông tư số 25/2023/TT-BGDĐT: nếu ngưỡng này đúng, kiểm tra văn bản của tỉnh ghi ở cột "Căn cứ pháp lý" của dòng đó và sửa câu ấy trước khi ký; nếu không, sửa ngưỡng ở trang "Bộ tiêu chí" rồi tạo lại hồ sơ.';
    expect(thresholdLines(withThresholds())).toEqual([
      `Chỉ tiêu 5.1: trang "Bộ tiêu chí" ghi ngưỡng Mức độ 1 là 62% thay vì 60%, Mức độ 2 là 85% thay vì 80% của Thông tư số 25/2023/TT-BGDĐT. ${tail}`,
      `Chỉ tiêu 5.2 (Tỷ lệ công dân trong xã có trình độ đại học trở lên): trang "Bộ tiêu chí" ghi ngưỡng Mức độ 2 (xã vùng khó khăn) là 11% thay vì 12% của Thông tư số 25/2023/TT-BGDĐT. ${tail}`,
    ]);
  });

  it('says nothing when the thresholds are the circular’s, or for what a province added', () => {
    for (const assessment of [sample('TT25'), sample('TT44'), tinyLevels(), withProvinceCriteria()]) expect(thresholdLines(assessment)).toEqual([]);
  });
});

describe("the edges of a province's edits to the circular", () => {
  /** The sample's "Bộ tiêu chí" with `edit` applied to its rows (a copy), and `added` rows of "Đánh giá" (code, name, value), assessed. */
  function withTable(edit: (table: Cell[][], at: (code: string) => number) => void, added: Cell[][] = []) {
    const snapshot = sampleSnapshot('TT25');
    const table = (snapshot[NAMES.ruleset] ?? []).map((row) => [...row]);
    edit(table, (code) => table.findIndex((row) => row[1] === code));
    const rows = added.map(([code, name, value]) => {
      const cells: Cell[] = new Array<Cell>(INDICATOR_WIDTH).fill('');
      cells[INDICATOR_COLUMNS.code] = code;
      cells[INDICATOR_COLUMNS.name] = name;
      cells[INDICATOR_COLUMNS.value] = value;
      cells[INDICATOR_COLUMNS.description] = 'Có 2.415/4.163 hộ đạt danh hiệu, đạt 58,01%.';
      return cells;
    });
    return assessWorkbook({ ...snapshot, [NAMES.ruleset]: table, [NAMES.indicators]: [...(snapshot[NAMES.indicators] ?? []), ...rows] });
  }

  it('counts an added indicator alone as "1 chỉ tiêu", without "0 tiêu chí"', () => {
    const name = 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập"';
    const onlyIndicator = withTable((table, at) => table.splice(at('TC5.2b') + 1, 0, ['Chỉ tiêu', 'TC5.3', name, 'Tỷ lệ', 0.5, 0.7, '', '', '', '', PROVINCE, 'Nguyên văn']), [['TC5.3', name, 0.58]]);
    const text = textsOf(onlyIndicator);
    expect(text).toContain(`theo 5 tiêu chí, 16 chỉ tiêu, gồm 5 tiêu chí, 15 chỉ tiêu quy định tại Điều 6, Điều 7 và Điều 8 Thông tư số 25/2023/TT-BGDĐT và 1 chỉ tiêu bổ sung theo ${PROVINCE}.`);
    expect(text).not.toContain('0 tiêu chí');
  });

  it('names a changed level of a standard as a number, and says nothing of a rate typed a hair off the circular’s', () => {
    const edited = withTable((table, at) => {
      table[at('TC4.4')][4] = 2;
      table[at('TC5.1')][4] = 0.6000000001;
    });
    expect(
      checklistOf(edited)
        .filter((line) => line.includes('thay vì'))
        .map((line) => line.split('. Tờ trình')[0]),
    ).toEqual(['Chỉ tiêu 4.4: trang "Bộ tiêu chí" ghi ngưỡng Mức độ 1 là 2 thay vì 1 của Thông tư số 25/2023/TT-BGDĐT']);
  });
});
