/**
 * Every capacity mark of Nghị định 30/2020 (Phụ lục I: TM., KT., TL., TUQ., Q.) typed in one cell starts a line of its
 * own in the signature (layout.ts capacityLines), in capitals. Expected lines typed by hand.
 */
import { expect, it } from 'vitest';
import { lower } from '../../src/core/documents/layout';
import type { Block, TableBlock } from '../../src/core/documents/model';

/** The bold lines of the signer's cell, the name last. */
function signerLines(authority: string, title: string): string[] {
  const block: Block = { kind: 'signature', recipients: null, signers: [{ authority, title, name: 'Lê Văn C' }] };
  const table = lower([block]).find((b): b is TableBlock => b.kind === 'table');
  const cell = table?.rows[0].cells[1];
  return cell && 'blocks' in cell ? cell.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : [])) : [];
}

it('starts a line at each mark typed after another in one cell: TUQ. and Q. as TM. and KT.', () => {
  expect(signerLines('TM. Ủy ban nhân dân Q. Chủ tịch', 'Phó Chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'Q. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn C']);
  expect(signerLines('TM. Ủy ban nhân dân TUQ. Chủ tịch', 'Chánh Văn phòng')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Lê Văn C']);
});
