/**
 * What renderDocx (src/docx/render-docx.ts) writes when the caller leaves it to decide: the file's
 * title ("Hồ sơ Cộng đồng học tập" unless one is given), and the default font, which is the first
 * document's page font (pageSetup's Times New Roman for the dossier; another font passes through,
 * never replaced by a constant). The default size is 14 pt (28 half-points, Nghị định 30/2020).
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/docx/render-docx';
import { para } from '../../src/core/documents/blocks';
import type { ReportDocument } from '../../src/core/documents/model';
import { pageSetup } from '../../src/core/documents/styles';
import { attr, unzipDocx } from './docx-xml';

const doc = (font: string): ReportDocument => ({ kind: 'selfReport', title: 'Báo cáo', page: { ...pageSetup(), font }, blocks: [para('Một dòng.')] });

async function written(font: string, title?: string) {
  const files = unzipDocx(await (title === undefined ? renderDocx([doc(font)]) : renderDocx([doc(font)], title)));
  const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(files.get('word/styles.xml')!)![0];
  return {
    title: /<dc:title>([^<]*)</.exec(files.get('docProps/core.xml')!)?.[1],
    font: [attr(defaults, 'w:rFonts', 'w:ascii'), attr(defaults, 'w:rFonts', 'w:hAnsi'), attr(defaults, 'w:rFonts', 'w:cs')],
    size: attr(defaults, 'w:sz', 'w:val'),
  };
}

describe('a .docx written without a title', () => {
  it('is titled "Hồ sơ Cộng đồng học tập"', async () => {
    expect((await written('Times New Roman')).title).toBe('Hồ sơ Cộng đồng học tập');
  });
});

describe('the default font of a .docx', () => {
  it("is the first document's page font, at 14 pt", async () => {
    expect(await written('Arial', 'Thử')).toEqual({ title: 'Thử', font: ['Arial', 'Arial', 'Arial'], size: '28' });
  });
});
