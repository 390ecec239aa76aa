import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeKey, foldText, lookAlikesIn, nameKey, normalizeCode, normalizeText } from '../../../src/core/cells/text';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import { cellNumber, describeCell, isBlank, readFlag, readItem, readLevel, readPercent, readPoints, readYesNo, type Cell, type Reading } from '../../../src/core/cells/values';
import { allItems, type Item } from '../../../src/core/ruleset/types';

const nfd = (text: string): string => {
  const decomposed = text.normalize('NFD');
  expect(decomposed).not.toBe(text.normalize('NFC')); // the input really is decomposed
  return decomposed;
};

const A_DATE = new Date(2025, 0, 15);
const BLANKS: Cell[] = [null, undefined, '', '   ', '\u00a0'];

/** The number read, or fails the test when the reading is not ok. */
function value(reading: Reading): number {
  expect(reading.state).toBe('ok');
  return (reading as { value: number }).value;
}

function expectInvalid(reading: Reading, reasonPart?: RegExp) {
  expect(reading.state).toBe('invalid');
  const reason = (reading as { reason: string }).reason;
  expect(reason.trim()).not.toBe('');
  if (reasonPart) expect(reason).toMatch(reasonPart);
}

describe('text', () => {
  it('normalises decomposed Vietnamese, spaces and case', () => {
    expect(normalizeText(nfd('  Không   đạt\u00a0'))).toBe('Không đạt');
    expect(foldText(nfd('KHÔNG ĐẠT'))).toBe('không đạt');
  });

  it('compares codes regardless of case and spaces', () => {
    expect(normalizeCode(' TC 5.2a ')).toBe('TC5.2a');
    expect(codeKey('tc5.2A')).toBe(codeKey('TC5.2a'));
    expect(codeKey(null)).toBe('');
    expect(codeKey(undefined)).toBe('');
  });
});

describe('names and codes people type from other keyboards', () => {
  it('compares names whatever the tone placement, never whatever the tone', () => {
    expect(nameKey('Hoà An')).toBe(nameKey('Hòa An'));
    expect(nameKey('THUỶ XUÂN')).toBe(nameKey('Thủy Xuân'));
    expect(nameKey('Khoẻ'.normalize('NFD'))).toBe(nameKey('Khỏe'));
    expect(nameKey('Hóa An')).not.toBe(nameKey('Hòa An'));
    expect(nameKey('Hoa An')).not.toBe(nameKey('Hòa An'));
  });

  it('finds every built-in code however its letters and digits were typed (fixed seed)', () => {
    const codes = [...allItems(TT25), ...allItems(TT44)].map((i) => i.code);
    // Per character: itself, its full-width form, or a Cyrillic look-alike when there is one; an invisible character may follow.
    const CYRILLIC: Record<string, string> = { T: '\u0422', C: '\u0421', a: '\u0430' };
    const variant = (c: string) => fc.constantFrom(c, String.fromCharCode(c.charCodeAt(0) + 0xfee0), CYRILLIC[c] ?? c);
    const typed = fc
      .constantFrom(...codes)
      .chain((code) =>
        fc
          .tuple(fc.constant(code), fc.tuple(...[...code].map((c) => fc.tuple(variant(c), fc.constantFrom('', '\u200b', '\ufeff')))))
          .map(([code, parts]) => [code, parts.map(([c, z]) => c + z).join('')] as const),
      );
    fc.assert(
      fc.property(typed, ([code, written]) => {
        expect(codeKey(written)).toBe(codeKey(code));
        if (written !== code) expect(lookAlikesIn(written).length).toBeGreaterThan(0);
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('isBlank and describeCell', () => {
  it.each(BLANKS)('%j is blank', (cell) => expect(isBlank(cell)).toBe(true));
  it.each([0, false, 'x', A_DATE])('%j is not blank', (cell) => expect(isBlank(cell)).toBe(false));

  it('shows numbers the Vietnamese way (grouped only as a quantity) and text quoted', () => {
    expect(describeCell(115999)).toBe('115999');
    expect(describeCell(115999, 'quantity')).toBe('115.999');
    expect(describeCell(0.625)).toBe('0,625');
    expect(describeCell('abc')).toBe('"abc"');
    expect(describeCell(A_DATE)).toMatch(/ngày/);
  });
});

describe('readYesNo', () => {
  it.each<Cell>(['Đạt', 'đạt', 'ĐẠT', ' Đạt ', 'Đạt\u00a0', 'x', 'X', 'có', 'Có', 'CÓ', 'TRUE', 'true', 'True', '1', 1, true])('%j is Đạt', (cell) => expect(value(readYesNo(cell))).toBe(1));

  it.each<Cell>(['Không đạt', 'KHÔNG ĐẠT', 'không  đạt', 'Chưa đạt', 'không', 'FALSE', 'false', '0', 0, false])('%j is Không đạt', (cell) => expect(value(readYesNo(cell))).toBe(0));

  it('reads words typed on a decomposing (NFD) keyboard', () => {
    expect(value(readYesNo(nfd('Đạt')))).toBe(1);
    expect(value(readYesNo(nfd('Có')))).toBe(1);
    expect(value(readYesNo(nfd('Không đạt')))).toBe(0);
    expect(value(readYesNo(nfd('CHƯA ĐẠT')))).toBe(0);
  });

  it.each(BLANKS)('%j is blank', (cell) => expect(readYesNo(cell).state).toBe('blank'));

  it.each<Cell>(['Đạt?', 'Đạt một phần', 'abc', 2, 0.5, -1, A_DATE])('%j is invalid', (cell) => {
    expectInvalid(readYesNo(cell), /Đạt/);
  });
});

describe('readLevel', () => {
  it.each<[Cell, number]>([
    [1, 1],
    [2, 2],
    [3, 3],
    ['2', 2],
    ['Mức độ 2', 2],
    ['mức độ 3', 3],
    ['MỨC ĐỘ 1', 1],
    ['Mức độ2', 2],
    ['Mức 2', 2],
    ['MĐ2', 2],
    ['md 3', 3],
    ['  Mức   độ 2  ', 2],
    ['Chưa đạt', 0],
    ['Không đạt', 0],
  ])('%j is level %d (of 3)', (cell, level) => expect(value(readLevel(cell, 3))).toBe(level));

  it('reads "Mức độ 2" typed decomposed', () => {
    expect(value(readLevel(nfd('Mức độ 2'), 3))).toBe(2);
  });

  it.each<Cell>([4, 'Mức độ 4', 1.5, -1, 'Mức độ', 'hai', 'Mức độ 2,5', true, A_DATE])('%j is invalid (of 3)', (cell) => {
    expectInvalid(readLevel(cell, 3), /từ 1 đến 3/);
  });

  it('stops at the standard’s highest level: literacy (XMC) has 2', () => {
    expect(value(readLevel('Mức độ 2', 2))).toBe(2);
    expectInvalid(readLevel(3, 2), /từ 1 đến 2/);
    expectInvalid(readLevel('Mức độ 3', 2), /từ 1 đến 2/);
  });

  it.each(BLANKS)('%j is blank', (cell) => expect(readLevel(cell, 3).state).toBe('blank'));
});

describe('readPercent', () => {
  it.each<[Cell, number]>([
    // a %-formatted cell holds the fraction
    [0, 0],
    [0.625, 0.625],
    [0.6, 0.6],
    [1, 1],
    // a number above 1, up to 100, is a percent
    [62.5, 0.625],
    [60, 0.6],
    [100, 1],
    [2, 0.02],
    // text
    ['62,5%', 0.625],
    ['62.5%', 0.625],
    [' 62,5 % ', 0.625],
    ['62,5', 0.625],
    ['0,625', 0.625],
    ['0.625', 0.625],
    ['100%', 1],
    ['0%', 0],
    ['0,5%', 0.005],
    ['59,99%', 0.5999],
    // Text never comes from a percent cell's fraction: between 1 and 2 it is percent points.
    ['1,5', 0.015],
    // "1" is 100% as a fraction (CDHT_CHECK names the 1% reading, src/core/engine/entries.ts).
    ['1', 1],
  ])('%j is %d', (cell, fraction) => expect(value(readPercent(cell))).toBeCloseTo(fraction, 12));

  it.each<Cell>([100.01, 101, 250, '100,01%', '101%', '1.234,5%', '150'])('%j is above 100%', (cell) => {
    expectInvalid(readPercent(cell), /vượt quá 100%/);
  });

  // A percent cell showing 120% holds 1,2; as percent points that is 1,2%: named both ways, never guessed.
  it.each<[number, string, string]>([
    [1.2, '120%', '1,2%'],
    [1.0001, '100,01%', '1,0001%'],
    [1.999, '199,9%', '1,999%'],
  ])('%j reads two ways (%s or %s): invalid, naming both', (cell, asFraction, asPoints) => {
    const reading = readPercent(cell);
    expectInvalid(reading, /hai cách hiểu/);
    expect(reading.state === 'invalid' && reading.reason).toContain(asFraction);
    expect(reading.state === 'invalid' && reading.reason).toContain(`"${asPoints}"`);
  });

  it.each<Cell>([-0.1, -5, '-5%', '-0,5'])('%j is negative', (cell) => {
    expectInvalid(readPercent(cell), /âm/);
  });

  it.each<Cell>(['abc', '%', '62,5,1%', 'Đạt', true, A_DATE, Number.NaN, Number.POSITIVE_INFINITY])('%j is not a rate', (cell) => {
    expectInvalid(readPercent(cell), /tỷ lệ/);
  });

  it.each(BLANKS)('%j is blank', (cell) => expect(readPercent(cell).state).toBe('blank'));

  it.each<Cell>(['6 5%', '6 5', '1 00%', '6\u00a05%'])('%j, digits split by a space, is refused with the reason', (cell) => {
    expectInvalid(readPercent(cell), /khoảng trắng giữa các chữ số/);
  });
});

describe('cellNumber (every count, points and setting read from a cell)', () => {
  it.each<[Cell, number | null]>([
    [7, 7],
    ['1.234', 1234],
    [' 62,5 ', 62.5],
    ['6 5', null],
    ['', null],
    [null, null],
    [true, null],
    [A_DATE, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['Infinity', null],
  ])('%j → %j', (cell, expected) => expect(cellNumber(cell)).toBe(expected));
});

describe('readPoints', () => {
  it.each<[Cell, number]>([
    [0, 0],
    [7.5, 7.5],
    ['7,5', 7.5],
    ['10', 10],
  ])('%j is %d points', (cell, points) => expect(value(readPoints(cell, 10))).toBe(points));

  it('rejects negatives, points above the maximum and non-numbers', () => {
    expectInvalid(readPoints(-1, 10), /âm/);
    expectInvalid(readPoints(10.5, 10), /tối đa 10/);
    expectInvalid(readPoints('abc', 10), /số điểm, cần một số từ 0 đến 10/);
    expectInvalid(readPoints(true, 10), /số điểm/);
    expectInvalid(readPoints('7 5', 10), /khoảng trắng giữa các chữ số/);
  });
});

describe('readItem', () => {
  const provenance = { ref: 'test', status: 'verbatim' } as const;
  const level: Item = { code: 'TC4.4', name: 'XMC', kind: 'level', max: 2, provenance };

  it('dispatches on the item kind and uses the item’s maximum', () => {
    expect(value(readItem({ ...level, kind: 'yesno' }, 'Đạt', 1))).toBe(1);
    expect(value(readItem(level, 'Mức độ 2', 1))).toBe(2);
    expectInvalid(readItem(level, 'Mức độ 3', 1));
    expect(value(readItem({ ...level, kind: 'percent' }, '62,5%', 1))).toBeCloseTo(0.625, 12);
    expectInvalid(readItem({ ...level, kind: 'points', max: 10 }, 11, 100));
    // points without their own maximum are bounded by the ruleset total
    expect(value(readItem({ code: 'TC1', name: 'x', kind: 'points', provenance }, 40, 100))).toBe(40);
    expectInvalid(readItem({ code: 'TC1', name: 'x', kind: 'points', provenance }, 101, 100));
  });

  it('a level item without a maximum allows 3 levels', () => {
    const { max: _omit, ...noMax } = level;
    expect(value(readItem(noMax, 3, 1))).toBe(3);
    expectInvalid(readItem(noMax, 4, 1));
  });
});

describe('readFlag (vùng khó khăn)', () => {
  it.each<[Cell, boolean]>([
    [null, false],
    ['', false],
    [true, true],
    [false, false],
    ['Có', true],
    ['có', true],
    ['TRUE', true],
    ['x', true],
    [1, true],
    ['Không', false],
    [0, false],
  ])('%j is %s', (cell, flag) => expect(readFlag(cell)).toBe(flag));

  it('is null when not understood', () => {
    expect(readFlag('có lẽ')).toBeNull();
    expect(readFlag(A_DATE)).toBeNull();
  });
});

describe('values worded as official decisions word them', () => {
  // A commune copies these from its recognition decision ("Quyết định công nhận xã … đạt chuẩn …").
  it.each<Cell>(['Đạt chuẩn', 'đã đạt chuẩn', 'ĐÃ ĐẠT CHUẨN', 'Đã đạt', 'Đạt.', nfd('Đạt chuẩn')])('%j is Đạt', (cell) => expect(value(readYesNo(cell))).toBe(1));

  it.each<Cell>(['Chưa đạt chuẩn', 'Không đạt chuẩn', 'không đạt.'])('%j is Không đạt', (cell) => expect(value(readYesNo(cell))).toBe(0));

  it.each<[Cell, number]>([
    ['đạt mức độ 3', 3],
    ['Đạt Mức độ 2', 2],
    ['Mức độ III', 3],
    ['mức độ ii', 2],
    ['Mức I', 1],
    ['MĐ3', 3],
    ['MĐ III', 3],
    ['mức 3', 3],
    ['Đạt chuẩn mức độ 3', 3],
    ['đã đạt chuẩn mức độ 2', 2],
    ['Mức độ 3.', 3],
    ['Mức độ: 2', 2],
    ['Chưa đạt chuẩn', 0],
    [nfd('Đạt mức độ III'), 3],
  ])('%j is level %d (of 3)', (cell, level) => expect(value(readLevel(cell, 3))).toBe(level));

  it.each<Cell>(['Chưa đạt mức độ 2', 'Không đạt mức độ 3', 'Mức độ IV', 'mức độ IIII', 'Mức độ 2 hoặc 3'])('%j is not guessed (of 3)', (cell) => {
    expectInvalid(readLevel(cell, 3));
  });

  it('names the accepted forms when a yes/no value is not understood', () => {
    const reading = readYesNo('Hoàn thành');
    expectInvalid(reading, /"Đạt"/);
    for (const form of ['"Không đạt"', '"Đạt chuẩn"', '"Chưa đạt"', 'TRUE']) expect((reading as { reason: string }).reason).toContain(form);
  });

  it('names the accepted forms when a level is not understood, and a level above the highest as such', () => {
    const reason = (readLevel('Hoàn thành', 3) as { reason: string }).reason;
    for (const form of ['"Mức độ 3"', '"mức 3"', '"MĐ3"', '"Mức độ III"', '"Chưa đạt"']) expect(reason).toContain(form);
    expectInvalid(readLevel('Mức độ III', 2), /cao nhất là mức độ 2/);
    expectInvalid(readLevel(4, 3), /cao nhất là mức độ 3/);
  });
});

describe('decision words: only a closing run of stops, and every level named in full', () => {
  it('a result closed by several stops is still the result', () => {
    expect([value(readYesNo('Đạt..')), value(readYesNo('Đạt chuẩn!!')), value(readYesNo('Không đạt;.'))]).toEqual([1, 1, 0]);
  });

  it('a stop inside a number is no closing stop: "1.5" is no level', () => {
    expect(readLevel('1.5', 3)).toEqual({
      state: 'invalid',
      reason: 'không hợp lệ, cần một mức độ từ 1 đến 3: 3, "Mức độ 3", "mức 3", "MĐ3", "Mức độ III", "đạt mức độ 3", hoặc "Chưa đạt"',
    });
  });

  it('a level item whose top level has no Roman numeral names it in digits', () => {
    const forms = 'cần một mức độ từ 1 đến 4: 4, "Mức độ 4", "mức 4", "MĐ4", "Mức độ 4", "đạt mức độ 4", hoặc "Chưa đạt"';
    expect([readLevel('x', 4), readLevel('Mức độ 5', 4), readLevel('Mức độ 4', 4)]).toEqual([
      { state: 'invalid', reason: `không hợp lệ, ${forms}` },
      { state: 'invalid', reason: `là mức độ 5, nhưng chỉ tiêu này cao nhất là mức độ 4: ${forms}` },
      { state: 'ok', value: 4 },
    ]);
  });
});
