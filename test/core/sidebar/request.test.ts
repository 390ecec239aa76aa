/** What the server accepts on "Lưu" (src/core/sidebar/request.ts). */
import { describe, expect, it } from 'vitest';
import { saveRequestProblem, tooLongProblem } from '../../../src/core/sidebar/request';

describe('tooLongProblem', () => {
  it('lets 49.999 characters through (the apostrophe that keeps text makes 50.000) and names the indicator and field above that', () => {
    expect(tooLongProblem({ code: 'TC2.1', field: 'owner', after: 'a'.repeat(49_999) })).toBeNull();
    expect(tooLongProblem({ code: 'TC2.1', field: 'owner', after: 'a'.repeat(50_000) })).toBe('Chỉ tiêu TC2.1, ô "Phụ trách" có 50.000 ký tự, quá 50.000 ký tự một ô chứa được: hãy rút gọn');
    expect(tooLongProblem({ code: 'TC2.1', field: 'value', after: 0.5 })).toBeNull();
  });
});

describe('saveRequestProblem', () => {
  const ok = { code: 'TC1.1', field: 'value', before: '', after: 'Đạt' };

  it('accepts a request of exactly the protocol’s shape', () => {
    expect(saveRequestProblem({ overwrite: true, changes: [ok, { ...ok, field: 'evidence', before: 1, after: false }] })).toBeNull();
    expect(saveRequestProblem({ overwrite: false, changes: [] })).toBeNull();
  });

  it.each<[string, unknown, string]>([
    ['nothing', null, 'không đúng dạng (null)'],
    ['a list', [ok], 'không đúng dạng ([object Object])'],
    ['an unknown field name', { overwrite: false, changes: [{ ...ok, field: 'formula' }] }, '(thay đổi thứ 1, trường "field" sai: formula)'],
    ['an extra key in the second change', { overwrite: false, changes: [ok, { ...ok, row: 3 }] }, '(thay đổi thứ 2, thừa trường "row")'],
    ['a missing before', { overwrite: false, changes: [{ code: 'TC1.1', field: 'value', after: 'Đạt' }] }, 'trường "before" sai: undefined'],
    ['a code that is no text', { overwrite: false, changes: [{ ...ok, code: 7 }] }, 'trường "code" sai: 7'],
    ['an infinite number', { overwrite: false, changes: [{ ...ok, after: Number.POSITIVE_INFINITY }] }, 'trường "after" sai: Infinity'],
    ['an overwrite that is no flag', { overwrite: 'true', changes: [] }, 'trường "overwrite" sai: true'],
    // Blank text where an object belongs (blind sample 10's sampler: '' threw, a change '' passed): refused, said blank.
    ['blank text', '', 'không đúng dạng ((trống))'],
    ['a change that is blank text', { overwrite: false, changes: [''] }, '(thay đổi thứ 1, (trống))'],
    ['an evidence item that is an empty list', { overwrite: false, changes: [], evidence: [{ row: null, before: null, after: [] }] }, '(minh chứng thứ 1, trường "after" sai: )'],
  ])('refuses %s', (_, request, part) => {
    const problem = saveRequestProblem(request);
    expect(problem).toContain('không đúng dạng');
    expect(problem).toContain(part);
  });

  it('refuses an evidence item with any of its texts longer than a cell holds, naming the item and the column', () => {
    const item = { code: 'H1.01', name: 'Quyết định', reference: '12/QĐ-UBND', issuer: 'UBND xã', link: '', indicators: 'TC1.1' };
    const long = 'x'.repeat(50_000);
    const columns = [
      ['code', 'Mã minh chứng'],
      ['name', 'Tên minh chứng'],
      ['reference', 'Số, ngày ban hành'],
      ['issuer', 'Cơ quan ban hành'],
      ['link', 'Liên kết'],
      ['indicators', 'Chỉ tiêu liên quan'],
    ] as const;
    for (const [field, column] of columns) {
      const evidence = [{ row: null, before: null, after: { ...item, [field]: long } }];
      // A code too long is quoted as far as 40 characters, as any wrong value is.
      const named = field === 'code' ? 'x'.repeat(40) : 'H1.01';
      expect(saveRequestProblem({ overwrite: false, changes: [], evidence }), field).toBe(`Minh chứng ${named}, ô "${column}" có 50.000 ký tự, quá 50.000 ký tự một ô chứa được: hãy rút gọn`);
    }
    expect(saveRequestProblem({ overwrite: false, changes: [], evidence: [{ row: 3, before: item, after: item }] })).toBeNull();
  });

  it('refuses a text longer than a cell holds, after the shape', () => {
    expect(saveRequestProblem({ overwrite: false, changes: [ok, { ...ok, field: 'description', after: 'x'.repeat(50_001) }] })).toBe(
      'Chỉ tiêu TC1.1, ô "Kết quả thực hiện (việc đã làm, số liệu)" có 50.001 ký tự, quá 50.000 ký tự một ô chứa được: hãy rút gọn',
    );
  });
});

describe('saveRequestProblem, what it names', () => {
  const ok = { code: 'TC1.1', field: 'value', before: '', after: 'Đạt' };

  it('quotes at most 40 characters of a wrong value, so a long one does not flood the message', () => {
    const problem = saveRequestProblem({ overwrite: false, changes: [{ ...ok, field: 'x'.repeat(100) }] });
    expect(problem).toBe(`yêu cầu lưu không đúng dạng (thay đổi thứ 1, trường "field" sai: ${'x'.repeat(40)})`);
  });

  it.each<[string, unknown]>([
    ['text', 'H1.01'],
    ['an object', { row: null, before: null, after: null }],
    ['a number', 3],
  ])('refuses an evidence list that is %s, naming the field, without throwing', (_, evidence) => {
    expect(saveRequestProblem({ overwrite: false, changes: [], evidence })).toMatch(/^yêu cầu lưu không đúng dạng \(trường "evidence" sai: /);
  });
});
