/**
 * The problems a formula throws and CDHT_CHECK lists: a cell's tooltip names at most three errors
 * and points to CDHT_CHECK for the rest; warnings never stop a formula; anything thrown becomes a
 * sentence a person can read (never "[object Object]").
 */
import { describe, expect, it } from 'vitest';
import { InputError, SEVERITY_LABELS, UNKNOWN_FAILURE, error, throwErrors, thrownMessage, warning } from '../../../src/core/engine/problems';

const errors = (n: number) => Array.from({ length: n }, (_, i) => error(`TC1.${i + 1}`, `Lỗi ${i + 1}.`));

describe('a problem', () => {
  it('is an error or a warning, with its code and message, labelled in Vietnamese', () => {
    expect(error('TC1.1', 'Thiếu giá trị.')).toEqual({ code: 'TC1.1', severity: 'error', message: 'Thiếu giá trị.' });
    expect(warning('TC5.1', 'Tỷ lệ lạ.')).toEqual({ code: 'TC5.1', severity: 'warning', message: 'Tỷ lệ lạ.' });
    expect(SEVERITY_LABELS).toEqual({ error: 'Lỗi', warning: 'Cảnh báo' });
  });
});

describe('the message a formula throws', () => {
  it('names every error when there are exactly three', () => {
    const thrown = new InputError(errors(3));
    expect(thrown.message).toBe('Lỗi 1. Lỗi 2. Lỗi 3.');
    expect(thrown.name).toBe('InputError');
    expect(thrown.problems).toHaveLength(3);
  });

  it('names the first three of four and counts the one left', () => {
    expect(new InputError(errors(4)).message).toBe('Lỗi 1. Lỗi 2. Lỗi 3. … và 1 lỗi khác (xem CDHT_CHECK).');
  });

  it('one error is its message alone', () => {
    expect(new InputError(errors(1)).message).toBe('Lỗi 1.');
  });
});

describe('throwErrors', () => {
  it('throws only the errors, in order, leaving warnings out of the message', () => {
    const problems = [warning('TC5.1', 'Cảnh báo A.'), ...errors(2), warning('TC5.2', 'Cảnh báo B.')];
    let thrown: unknown;
    try {
      throwErrors(problems);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message).toBe('Lỗi 1. Lỗi 2.');
    expect((thrown as InputError).problems.map((p) => p.code)).toEqual(['TC1.1', 'TC1.2']);
  });

  it('never throws for warnings alone or for nothing', () => {
    expect(() => throwErrors([warning('TC5.1', 'Cảnh báo.')])).not.toThrow();
    expect(() => throwErrors([])).not.toThrow();
  });
});

describe('thrownMessage', () => {
  it("reads an Error's, an object's or a string's text, trimmed", () => {
    expect(thrownMessage(new Error('  Hết thời gian.  '))).toBe('Hết thời gian.');
    expect(thrownMessage({ message: 'Từ trang khác.' })).toBe('Từ trang khác.');
    expect(thrownMessage(' Không mở được. ')).toBe('Không mở được.');
  });

  it('anything without a readable text is the unknown failure', () => {
    expect(UNKNOWN_FAILURE).toBe('lỗi không rõ nguyên nhân');
    for (const thrown of [new Error(''), new Error('   '), { message: 42 }, {}, null, undefined, 7, '  ', { message: { toString: () => 'x' } }]) {
      expect(thrownMessage(thrown), String(thrown)).toBe('lỗi không rõ nguyên nhân');
    }
  });
});
