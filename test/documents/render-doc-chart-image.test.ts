/**
 * The chart image in Google Docs (src/gas/render-doc.ts, DocDrawer.chart): only an image wider than
 * the text is scaled down; a narrower one keeps its size, and its paragraph is centred 12 pt with
 * 6 pt before and after, as the .docx chart is. Widths in points (Docs lays images out at 72 pixels
 * an inch, like points); the text width of an A4 page with the decree's margins is 210 − 30 − 15 mm.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { renderGoogleDoc } from '../../src/gas/render-doc';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp, type FakeParagraph, fakeImage } from '../fakes/document-app';
import { TODAY, byKind, sample } from '../fixtures/dossiers';

const TEXT_WIDTH_PT = ((210 - 30 - 15) * 72) / 25.4; // 467,7 pt

/** The paragraph holding the chart image in the Báo cáo, the image given as src/addon/dossier.ts gives the chart of "Kết quả": under 'criteria'. */
function chartHolder(width: number, height: number, rulesetId: 'TT25' | 'TT44' = 'TT25'): FakeParagraph {
  const result = buildDossier(sample(rulesetId), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  const app = new FakeDocumentApp();
  const docs = new FakeDocsApi(app);
  renderGoogleDoc(byKind(result.documents, 'selfReport'), 'Báo cáo', { documentApp: app.service, docs: docs.service }, { chartImages: new Map([['criteria', fakeImage(width, height)]]) });
  const holders = app.documents[0].body.paragraphs.filter((p) => p.images.length > 0);
  expect(holders).toHaveLength(1);
  return holders[0];
}

describe('the chart image in Google Docs', () => {
  it('keeps the size of an image narrower than the text', () => {
    const holder = chartHolder(300, 150);
    expect([holder.images[0].width, holder.images[0].height]).toEqual([300, 150]);
  });

  it('scales a wider image down to the text width, keeping its proportions', () => {
    const holder = chartHolder(935, 400);
    // 467,7 / 935 = 0,5002: 400 → 200 (rounded), width → 468 (rounded).
    expect(TEXT_WIDTH_PT).toBeCloseTo(467.7, 1);
    expect([holder.images[0].width, holder.images[0].height]).toEqual([468, 200]);
  });

  it('puts the image into a TT44 Báo cáo too: the add-on gives the chart of "Kết quả" under one name for both rulesets', () => {
    const holder = chartHolder(300, 150, 'TT44');
    expect([holder.images[0].width, holder.images[0].height]).toEqual([300, 150]);
  });

  it('sets its paragraph centred, 12 pt, 6 pt before and after, single spacing, no indent', () => {
    const holder = chartHolder(300, 150);
    expect(holder.attributes).toEqual({
      FONT_FAMILY: 'Times New Roman',
      FONT_SIZE: 12,
      BOLD: false,
      ITALIC: false,
      HORIZONTAL_ALIGNMENT: 'CENTER',
      INDENT_FIRST_LINE: 0,
      SPACING_BEFORE: 6,
      SPACING_AFTER: 6,
      LINE_SPACING: 1,
    });
  });
});
