/**
 * What a code is called follows the ruleset's own levels (newcomer review of issue 13): in a
 * ruleset scored by criterion (Thông tư 44/2014, Điều 3–4: "tiêu chí", no "chỉ tiêu"), a value is
 * a criterion's, so its messages say "Tiêu chí"; a province's own criterion code is a "Tiêu chí"
 * in the documents too. Messages typed by hand.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import { evaluate } from '../../../src/core/engine/evaluate';
import { criterionLabel } from '../../../src/core/documents/wording';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';

describe('the term for a code', () => {
  it('a criterion scored by itself (TT44) is a "Tiêu chí" in the messages; an indicator (TT25) a "Chỉ tiêu"', () => {
    const points = evaluate(
      TT44,
      new Map<string, Cell>([
        ['TC1', 10],
        ['TC2', 'mười'],
      ]),
      false,
    );
    expect(points.problems.filter((p) => ['TC2', 'TC3'].includes(p.code)).map((p) => p.message)).toEqual([
      'Tiêu chí TC2: giá trị "mười" không phải là số điểm, cần một số từ 0 đến 100 (ví dụ 7,5).',
      'Tiêu chí TC3: chưa nhập giá trị.',
    ]);
    const levels = evaluate(TT25, new Map(), false);
    expect(levels.problems.find((p) => p.code === 'TC1.1')?.message).toBe('Chỉ tiêu TC1.1: chưa nhập giá trị.');
  });

  it('a province criterion code is named "Tiêu chí" with its code', () => {
    expect([criterionLabel('TC3'), criterionLabel('ĐP1'), criterionLabel('tc12')]).toEqual(['Tiêu chí 3', 'Tiêu chí ĐP1', 'Tiêu chí 12']);
  });
});
