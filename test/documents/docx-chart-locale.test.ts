/**
 * Every number format of a .docx chart carries the Vietnamese locale, however many series the
 * chart has (src/docx/render-docx.ts vietnameseCharts): a chart of two series, as the TT44 chart
 * (Điểm tối đa, Điểm tự chấm), holds a format per series, and one left "General" would show 6.5
 * where vi-VN writes 6,5. Checked on a chart wider than one series and one category, since one of
 * each hides a replacement made only once.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/docx/render-docx';
import type { ReportDocument } from '../../src/core/documents/model';
import { pageSetup } from '../../src/core/documents/styles';
import { all, unzipDocx } from './docx-xml';

const doc: ReportDocument = {
  kind: 'selfCheck',
  title: 'Phiếu',
  page: pageSetup(),
  blocks: [
    {
      kind: 'chart',
      id: 'criteria',
      title: 'Điểm tự chấm theo từng tiêu chí',
      categories: ['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3'],
      series: [
        { name: 'Điểm tối đa', values: [10, 8, 6] },
        { name: 'Điểm tự chấm', values: [7.5, 6, 4.5] },
      ],
      maxValue: 10,
      valueStep: 2,
    },
  ],
};

describe('a chart of two series in the .docx', () => {
  it('tags every series format and every axis or label format with the Vietnamese locale', async () => {
    const chart = unzipDocx(await renderDocx([doc], 'Phiếu')).get('word/charts/chart1.xml')!;
    // One format element per series' values.
    expect(all(chart, /<c:formatCode>[^<]*<\/c:formatCode>/g)).toEqual(['<c:formatCode>[$-42A]General</c:formatCode>', '<c:formatCode>[$-42A]General</c:formatCode>']);
    expect(all(chart, /formatCode="[^"]*"/g).every((f) => f === 'formatCode="[$-42A]General"')).toBe(true);
    expect(chart).not.toContain('en-US');
    expect(all(chart, /<c:v>[^<]*<\/c:v>/g)).toEqual(expect.arrayContaining(['<c:v>7.5</c:v>', '<c:v>4.5</c:v>']));
  });
});
