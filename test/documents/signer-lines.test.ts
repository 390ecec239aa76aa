/**
 * A deputy signs for the committee as Nghị định 30/2020/NĐ-CP, Phụ lục I (thẩm quyền ký) sets it:
 * "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", each capacity mark (TM., KT., TL., TUQ.,
 * Q.) starting a line of its own. Typed in "Thông tin" with Alt+Enter, on one line, or with the KT.
 * line in "Chức vụ người ký", the signature prints those lines (review rev13f F1: the line break
 * was read as a space and the one line broke as "TM. ỦY BAN NHÂN DÂN KT. CHỦ / TỊCH").
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { lower } from '../../src/core/documents/layout';
import type { ReportDocument } from '../../src/core/documents/model';
import type { CommuneInfo } from '../../src/core/workbook/commune';
import { NAMES } from '../../src/core/workbook/names';
import { assessWorkbook } from '../../src/core/workbook/snapshot';
import { filledInfoSheet } from '../../src/core/template/info-sheet';
import { SAMPLE_INFO, SAMPLE_NARRATIVE, sampleSnapshot } from '../fixtures/sample-commune';
import { TODAY } from '../fixtures/dossiers';

/** The sample's dossier with the signer's cells of "Thông tin" typed as given, read as the workbook is. */
function dossierSignedBy(signer: Pick<CommuneInfo, 'signerAuthority' | 'signerTitle' | 'signerName'>): ReportDocument[] {
  const snapshot = { ...sampleSnapshot('TT25'), [NAMES.info]: filledInfoSheet({ ...SAMPLE_INFO, ...signer }, SAMPLE_NARRATIVE) };
  const result = buildDossier(assessWorkbook(snapshot), TODAY);
  if (!result.ok) throw new Error(result.missing.join(' '));
  return result.documents;
}

/** Each signature's right-hand lines as printed (the committee signs on the right), per document. */
function signerLines(doc: ReportDocument): string[][] {
  return lower(doc.blocks.filter((b) => b.kind === 'signature')).flatMap((table) => {
    if (table.kind !== 'table') return [];
    const cell = table.rows[0].cells[table.rows[0].cells.length - 1];
    return 'blocks' in cell ? [cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))] : [];
  });
}

const DEPUTY = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Mai'];

describe("the signer's capacity lines (Nghị định 30/2020, Phụ lục I)", () => {
  it.each([
    ['typed on two lines with Alt+Enter', { signerAuthority: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', signerTitle: 'PHÓ CHỦ TỊCH' }],
    ['typed on one line, in small letters', { signerAuthority: 'TM. Ủy ban nhân dân KT. Chủ tịch', signerTitle: 'Phó Chủ tịch' }],
    ['the KT. line typed with the title', { signerAuthority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH' }],
  ])('a deputy signing for the committee, %s: one line per mark', (_, signer) => {
    const documents = dossierSignedBy({ ...signer, signerName: 'Trần Thị Mai' });
    const committee = documents.filter((d) => d.kind !== 'minutes');
    expect(committee.map((d) => d.kind)).toEqual(['proposal', 'selfReport', 'summary', 'evidence']);
    for (const doc of committee) expect(signerLines(doc), doc.title).toEqual([DEPUTY]);
  });

  it('the chairman signing in person keeps the two lines above the name', () => {
    const [proposal] = dossierSignedBy({ signerAuthority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH', signerName: 'Nguyễn Văn Bình' });
    expect(signerLines(proposal)).toEqual([['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Bình']]);
  });

  it('a mark inside a line stays: only a mark after a space and before a word starts a line', () => {
    // "Q." of a quận ("Q.1") is no mark; "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG" is one.
    const [proposal] = dossierSignedBy({ signerAuthority: 'TM. UBND Q.1 TL. CHỦ TỊCH', signerTitle: 'CHÁNH VĂN PHÒNG', signerName: 'Lê Văn Hùng' });
    expect(signerLines(proposal)).toEqual([['TM. UBND Q.1', 'TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Lê Văn Hùng']]);
  });
});
