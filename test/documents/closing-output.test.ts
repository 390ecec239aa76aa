/**
 * How each document of the dossier closes, whole, as laid out (Nghị định 30/2020/NĐ-CP, Phụ lục
 * III): the closing sentence kept with the signature; the Tờ trình and the Báo cáo with Nơi nhận
 * beside the committee's signature, ending in "Lưu: VT, …" (added when the user typed none, moved
 * last when typed first); the Biên bản (Mẫu 1.9) with the secretary left, the chair right and Nơi
 * nhận under them, naming the body the dossier goes to only when it goes; the annexes (Bản tổng
 * hợp, Danh mục minh chứng, the TT44 phiếu) signed with no Nơi nhận. Lines typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import { lower } from '../../src/core/documents/layout';
import type { ReportDocument } from '../../src/core/documents/model';
import type { CommuneAssessment } from '../../src/core/workbook/snapshot';
import { tinyLevels } from '../fixtures/tiny-levels';
import { TINY_POINTS_DATE, tinyPoints } from '../fixtures/tiny-points';
import { linesOf } from './block-lines';

function documents(assessment: CommuneAssessment, today: Date): ReportDocument[] {
  const result = buildDossier(assessment, today) as DossierResult;
  if (!result.ok) throw new Error(result.missing.join(' | '));
  return result.documents;
}

/** Per document, per signature: the paragraph before it (when one) and the signature, laid out. */
const closings = (docs: ReportDocument[]) =>
  docs.map((doc) => [doc.kind, doc.blocks.flatMap((b, i) => (b.kind === 'signature' ? [linesOf(lower(doc.blocks.slice(doc.blocks[i - 1]?.kind === 'paragraph' ? i - 1 : i, i + 1)))] : []))]);

const TODAY = new Date(2026, 2, 5);
const GAP = 'C6 sa6 ls1 k | ';
const ONE = 'TABLE 0.45,0.55 cell=C14 sa0 ls1';
const TWO = 'TABLE 0.5,0.5 cell=C14 sa0 ls1';
const CHAIRMAN = '{C14 b sa0 ls1: TM. ỦY BAN NHÂN DÂN / C14 b sa0 ls1: CHỦ TỊCH / C14 b sb62 sa0 ls1: Nguyễn Văn Bình}';
const LABEL = 'L12 b i sa0 ls1: Nơi nhận:';
const UNDER = 'L12 b i sb12 sa0 ls1: Nơi nhận:';
const to = (...names: string[]) => names.map((n) => `L11 sa0 ls1: - ${n}`).join(' / ');
const ENDED = 'J14 fl10 sa6 ls1.15 k | Biên bản kết thúc vào hồi …… giờ …… phút cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.';
const SGD = 'Sở Giáo dục và Đào tạo tỉnh Sông Lam';

describe('the closing of every document of the dossier', () => {
  it('TT25: Tờ trình and Báo cáo with Nơi nhận, the annexes without, the minutes with secretary, chair and Nơi nhận under them', () => {
    expect(closings(documents(tinyLevels(), TODAY))).toEqual([
      [
        'proposal',
        [
          [
            `J13 fl10 sa6 ls1 k | Ủy ban nhân dân xã Hòa An kính trình ${SGD} xem xét./.`,
            GAP,
            ONE,
            `  [] {${LABEL} / ${to('Như trên;', 'Hội Khuyến học tỉnh;', 'Đảng ủy xã;', 'Lưu: VT, VHXH.')}} | ${CHAIRMAN}`,
          ],
        ],
      ],
      [
        'selfReport',
        [
          [
            'J14 fl10 sa6 ls1.15 k | Trên đây là báo cáo của Ủy ban nhân dân xã Hòa An./.',
            GAP,
            ONE,
            `  [] {${LABEL} / ${to(`${SGD};`, 'Hội Khuyến học tỉnh;', 'Đảng ủy xã;', 'Lưu: VT, VHXH.')}} | ${CHAIRMAN}`,
          ],
        ],
      ],
      ['summary', [['J14 fl10 sb6 sa6 ls1.15 k | Kết luận: xã Hòa An đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025.', GAP, ONE, `  [] {} | ${CHAIRMAN}`]]],
      // Four: the tiny fixture's 5.1 description holds a link no item lists, which gets its own code (H5.03).
      ['evidence', [['J14 fl10 sb6 sa6 ls1.15 k | Tổng số: 4 minh chứng.', GAP, ONE, `  [] {} | ${CHAIRMAN}`]]],
      [
        'minutes',
        [
          [
            ENDED,
            GAP,
            TWO,
            '  [k] {C14 b sa0 ls1: THƯ KÝ / C14 b sb62 sa0 ls1: Hoàng Văn Nam} | {C14 b sa0 ls1: CHỦ TRÌ / C14 b sb62 sa0 ls1: Nguyễn Văn Bình}',
            `  [] {${UNDER} / ${to(`${SGD};`, 'Lưu: VT, hồ sơ.')}} | {}`,
          ],
        ],
      ],
    ]);
  });

  it('ends Nơi nhận with the copy kept: "Lưu: VT" when none is typed, a typed one moved last', () => {
    const lastRow = (distribution: string[], kind: ReportDocument['kind']) => {
      const doc = documents(tinyLevels({}, { distribution }), TODAY).find((d) => d.kind === kind)!;
      return linesOf(lower(doc.blocks)).at(-1);
    };
    expect(lastRow([SGD, 'Đảng ủy xã'], 'selfReport')).toBe(`  [] {${LABEL} / ${to(`${SGD};`, 'Đảng ủy xã;', 'Lưu: VT.')}} | ${CHAIRMAN}`);
    expect(lastRow(['- Lưu: VT, VHXH.', SGD, 'Đảng ủy xã'], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Đảng ủy xã;', 'Lưu: VT, VHXH.')}} | ${CHAIRMAN}`);
    // A list copied from an old document (newcomer review): dashes and ";" typed, "Như trên" typed, "Lưu VT" without a colon;
    // nothing is listed twice and the copy kept is the one typed.
    expect(lastRow([`- ${SGD};`, '- Như trên;', '- Đảng ủy xã;', '- đảng ủy xã.', '- Lưu VT.'], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Đảng ủy xã;', 'Lưu VT.')}} | ${CHAIRMAN}`);
    expect(lastRow(['Lưu văn thư', 'Đảng ủy xã'], 'selfReport')).toBe(`  [] {${LABEL} / ${to('Đảng ủy xã;', 'Lưu văn thư.')}} | ${CHAIRMAN}`);
    // Two copies kept typed (newcomer review of issue 13, finding 12): one, the one naming the most.
    expect(lastRow([SGD, 'Lưu VT, VHXH', 'Lưu: VT'], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Lưu VT, VHXH.')}} | ${CHAIRMAN}`);
    expect(lastRow(['Lưu: VT', 'Đảng ủy xã', '- Lưu: VT, VHXH, hồ sơ.'], 'selfReport')).toBe(`  [] {${LABEL} / ${to('Đảng ủy xã;', 'Lưu: VT, VHXH, hồ sơ.')}} | ${CHAIRMAN}`);
    // Pasted from Word with "+" or numbers as marks (review 13c F12): the marks go, the copy kept is still one.
    expect(lastRow([`+ ${SGD};`, '+ Đảng ủy xã;', '+ Lưu: VT, VHXH.'], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Đảng ủy xã;', 'Lưu: VT, VHXH.')}} | ${CHAIRMAN}`);
    expect(lastRow(['1. Đảng ủy xã;', '2) Hội Khuyến học xã;', 'a) Lưu VT.'], 'selfReport')).toBe(`  [] {${LABEL} / ${to('Đảng ủy xã;', 'Hội Khuyến học xã;', 'Lưu VT.')}} | ${CHAIRMAN}`);
    // Typed on one line, ";" between them (review 13d F14): one recipient each, the copy kept once.
    expect(lastRow([`- ${SGD}; - Đảng ủy xã; - Lưu: VT, VHXH.`], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Đảng ủy xã;', 'Lưu: VT, VHXH.')}} | ${CHAIRMAN}`);
    // The Báo cáo has no "Kính gửi": "Như trên" in the shared list would stand for no one.
    expect(lastRow(['- Như trên;', `- ${SGD};`, '- Lưu: VT.'], 'selfReport')).toBe(`  [] {${LABEL} / ${to(`${SGD};`, 'Lưu: VT.')}} | ${CHAIRMAN}`);
    // One body under two spellings, its name and its abbreviation (review 13b, finding 12): once, in full;
    // the addressee under either spelling is "Như trên". Two bodies whose names differ stay two.
    const SHORT = 'Sở GD&ĐT tỉnh Sông Lam';
    expect(lastRow(['Như trên', SHORT, SGD, 'Lưu: VT'], 'proposal')).toBe(`  [] {${LABEL} / ${to('Như trên;', 'Lưu: VT.')}} | ${CHAIRMAN}`);
    expect(lastRow(['Như trên', SHORT, SGD, 'Lưu: VT'], 'selfReport')).toBe(`  [] {${LABEL} / ${to(`${SGD};`, 'Lưu: VT.')}} | ${CHAIRMAN}`);
    expect(lastRow(['UBND huyện Hòa Bình', 'Sở Nội vụ', 'Ủy ban nhân dân huyện Hòa Bình', 'Sở Ngoại vụ', 'Sở GD&ĐT tỉnh Gia Lai', 'UBND TP. Huế', 'Ủy ban nhân dân thành phố Huế'], 'selfReport')).toBe(
      `  [] {${LABEL} / ${to('Ủy ban nhân dân huyện Hòa Bình;', 'Sở Nội vụ;', 'Sở Ngoại vụ;', 'Sở GD&ĐT tỉnh Gia Lai;', 'Ủy ban nhân dân thành phố Huế;', 'Lưu: VT.')}} | ${CHAIRMAN}`,
    );
    // The minutes keep their own copy with the dossier, whatever the committee's list says.
    expect(lastRow([SGD], 'minutes')).toBe(`  [] {${UNDER} / ${to(`${SGD};`, 'Lưu: VT, hồ sơ.')}} | {}`);
  });

  it('TT44: the self-check minutes name the district only when the commune applies; the phiếu after them is signed without Nơi nhận', () => {
    const selfCheck = (assessment: CommuneAssessment) => closings(documents(assessment, TINY_POINTS_DATE)).find(([kind]) => kind === 'selfCheck')![1];
    const secretaryAndChair = '  [k] {C14 b sa0 ls1: THƯ KÝ / C14 b sb62 sa0 ls1: } | {C14 b sa0 ls1: CHỦ TRÌ / C14 b sb62 sa0 ls1: Nguyễn Văn Bình}';
    const phieu = [
      'J14 fl10 sa6 ls1.15 k | Ghi chú: Theo khoản 2 Điều 4 Thông tư số 44/2014/TT-BGDĐT, các tiêu chí không có minh chứng phù hợp không được chấm điểm.',
      GAP,
      ONE,
      `  [] {} | ${CHAIRMAN}`,
    ];
    expect(selfCheck(tinyPoints())).toEqual([[ENDED, GAP, TWO, secretaryAndChair, `  [] {${UNDER} / ${to('Ủy ban nhân dân huyện Hòa Bình;', 'Lưu: VT, hồ sơ.')}} | {}`], phieu]);
    // 20 points in all: Chưa đạt, no Tờ trình, the minutes stay with the commune.
    expect(selfCheck(tinyPoints({ TC1: 10, TC2: 5, TC3: 5 }))).toEqual([[ENDED, GAP, TWO, secretaryAndChair, `  [] {${UNDER} / ${to('Lưu: VT, hồ sơ.')}} | {}`], phieu]);
  });
});
