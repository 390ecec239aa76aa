/**
 * Legal facts live in the ruleset data (src/core/ruleset) and nowhere else: a new circular must be
 * one data file plus its tests. This scans every string, template and number literal of src/
 * (comments are free to cite the law) and fails on a circular number, an article, the TT25
 * deadline or a ruleset's years written outside src/core/ruleset.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SRC, literals, sourceFiles } from '../source-literals';

const PATTERNS: Array<[what: string, pattern: RegExp]> = [
  ['a legal document number', /\b\d{1,3}\/(19|20)\d\d\/(TT|NĐ|QĐ)/],
  ['a circular or decree cited by number', /(Thông tư|Nghị định|TT|NĐ)( số)? ?\d{1,3}\/\d{4}/],
  ['an article', /Điều \d/],
  ['a date', /\b\d{1,2}\/\d{1,2}\/(19|20)\d\d\b/],
  ['a day and month (a deadline)', /\b(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])(?![\d/])/],
];
/** Numbers that are legal facts: a ruleset's first and last years, the 36-month validity. */
const NUMBERS = new Set([2015, 2023, 2024, 36]);

/**
 * Text a literal may hold, removed before the scan, and why. Kept small: each is a fact of another
 * body of law or a way of writing dates, not a rule of the assessment.
 */
const ALLOWED: Array<[text: RegExp, why: string]> = [
  [/Nghị định (số )?30\/2020(\/NĐ-CP)?/g, 'Nghị định 30/2020 sets the layout of administrative documents, not a CĐHT rule'],
  [/\b(01\/01|31\/12)\b/g, 'the calendar year the data cover, written as dates'],
  [/(Từ|từ|since) (01\/)?0?7\/2025/g, 'the 07/2025 reform of local government (who receives dossiers), not a rule of the assessment'],
];

function violations(text: string): string[] {
  const rest = ALLOWED.reduce((t, [pattern]) => t.replace(pattern, ''), text);
  const hits = PATTERNS.filter(([, pattern]) => pattern.test(rest)).map(([what]) => what);
  if (/^\d+$/.test(text) && NUMBERS.has(Number(text))) hits.push('a ruleset year or validity period');
  return hits;
}

describe('legal facts appear only in the ruleset data', () => {
  it('no literal outside src/core/ruleset cites a document, an article, a deadline or a ruleset year', () => {
    const found = sourceFiles(SRC)
      .filter((path) => !relative(SRC, path).startsWith(join('core', 'ruleset')))
      .flatMap((path) => {
        const file = relative(ROOT, path);
        return literals(path).flatMap(({ text, line }) => violations(text).map((what) => `${file}:${line} ${what}: ${JSON.stringify(text.slice(0, 80))}`));
      });
    expect(found).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    expect(violations('Hồ sơ gửi trước 28/02')).toEqual(['a day and month (a deadline)']);
    expect(violations('Thông tư 25/2023/TT-BGDĐT, Điều 8')).toHaveLength(3);
    expect(violations('hiệu lực từ 12/02/2024')).toEqual(['a date']);
    expect(violations('2023')).toEqual(['a ruleset year or validity period']);
    expect(violations('theo Nghị định 30/2020/NĐ-CP')).toEqual([]);
    expect(violations('Số liệu tính từ 01/01 đến 31/12')).toEqual([]);
  });
});
