/**
 * The line under each sheet's title: the commune, the year and the ruleset's name, live from
 * "Thông tin". A province's own table may name its ruleset with quotes: they are doubled, as
 * a formula's text constant needs, so the formula still parses.
 */
import { describe, expect, it } from 'vitest';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { communeLine } from '../../../src/core/template/layout';

describe('the commune line', () => {
  it('names the commune, the year and the ruleset', () => {
    expect(communeLine(TT25)).toEqual({
      kind: 'formula',
      formula: `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Thông tư 25/2023/TT-BGDĐT — Cộng đồng học tập cấp xã"`,
      style: 'muted',
    });
  });

  it('doubles the quotes of a ruleset named with them', () => {
    expect(communeLine({ ...TT25, name: 'Bộ tiêu chí "Xã học tập" của tỉnh' })).toMatchObject({
      formula: `='Thông tin'!$B$4&" – năm đánh giá "&'Thông tin'!$B$6&" – Bộ tiêu chí ""Xã học tập"" của tỉnh"`,
    });
  });
});
