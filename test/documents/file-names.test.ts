/**
 * The name a document is saved under (documentFileName, src/core/documents/dossier/dossier.ts):
 * every character Windows refuses in a file name (Microsoft, "Naming Files, Paths, and Namespaces":
 * < > : " / \ | ? *) is dropped, and so are curly quotes, each tried rather than one example. The
 * commune is as typed in "Thông tin"; the year is the assessment year.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, documentFileName } from '../../src/core/documents/dossier/dossier';
import { TODAY, sample } from '../fixtures/dossiers';

const result = buildDossier(sample('TT25'), TODAY);
if (!result.ok) throw new Error(result.missing.join('\n'));
const proposal = result.documents[0];
const named = (commune: string) => documentFileName(proposal, { ...sample('TT25').info, commune });
const TITLE = 'Tờ trình đề nghị đánh giá, công nhận Cộng đồng học tập cấp xã';

describe('a document file name', () => {
  it.each([['<'], ['>'], [':'], ['"'], ['/'], ['\\'], ['|'], ['?'], ['*'], ['“'], ['”']])('drops %s', (sign) => {
    expect(named(`Xã Hòa${sign}An`)).toBe(`${TITLE} - Xã HòaAn - 2025`);
  });

  it('keeps the letters, digits and signs Windows allows', () => {
    expect(named("Xã Hòa-An (Ea Kar) số 2, 'cũ'")).toBe(`${TITLE} - Xã Hòa-An (Ea Kar) số 2, 'cũ' - 2025`);
  });

  it('names the assessment year of "Thông tin", not the year it is made in', () => {
    expect(documentFileName(proposal, { ...sample('TT25').info, year: 2024 })).toBe(`${TITLE} - Xã Hòa An - 2024`);
  });
});
