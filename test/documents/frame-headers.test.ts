/**
 * What the head of each dossier document says (src/core/documents/dossier/frame.ts), for numbers
 * typed bare ("5", "7", "3") and a dossier made during the year assessed: each document's own
 * type and issuer in its Số line (Nghị định 30/2020, Phụ lục III: TTr-UBND, BC-UBND, BB-BCĐ), the
 * minutes issued by the Ban chỉ đạo under "UBND XÃ …" and dated by hand (drafted before the
 * meeting), the Báo cáo's data ending on the day it is dated (Thông tư 25/2023, Điều 9 khoản 1
 * điểm b), the annex naming the year, and an indicator's figures set apart by ";".
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierResult } from '../../src/core/documents/dossier/dossier';
import type { ReportDocument } from '../../src/core/documents/model';
import { tinyLevels } from '../fixtures/tiny-levels';
import { linesOf } from './block-lines';

const CDHT = '“Cộng đồng học tập” cấp xã';
const DOTTED_DATE = 'ngày …… tháng …… năm ……';

// Made on 15/10/2025, within the year assessed (2025); numbers typed bare.
const assessment = tinyLevels({ 'TC5.2a': 0.6, 'TC5.2b': 0.155 }, { proposalNumber: '5', reportNumber: '7', minutesNumber: '3' });
const result = buildDossier(assessment, new Date(2025, 9, 15)) as Extract<DossierResult, { ok: true }>;
const lines = (kind: ReportDocument['kind']) => linesOf(result.documents.find((d) => d.kind === kind)!.blocks);

describe('the head of each document of a dossier made during the year assessed, numbers typed bare', () => {
  it('Tờ trình: the committee, "Số: 05/TTr-UBND", dated the day it is made', () => {
    expect(lines('proposal')[0]).toBe('HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + XÃ HÒA AN / Số: 05/TTr-UBND / Hòa An, ngày 15 tháng 10 năm 2025');
  });

  it('Báo cáo: "Số: 07/BC-UBND", and data counted from 01/01 to the day it is dated, not to 31/12', () => {
    const report = lines('selfReport');
    expect(report[0]).toBe('HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + XÃ HÒA AN / Số: 07/BC-UBND / Hòa An, ngày 15 tháng 10 năm 2025');
    expect(report.filter((line) => line.includes('báo cáo kết quả năm'))).toEqual([
      'J14 fl10 sa6 ls1.15 | Ủy ban nhân dân xã Hòa An báo cáo kết quả năm 2025 (số liệu tính từ ngày 01/01/2025 đến ngày 15/10/2025) như sau:',
    ]);
  });

  it('Biên bản: issued by the Ban chỉ đạo under "UBND XÃ HÒA AN", "Số: 03/BB-BCĐ", its date left to fill in by hand', () => {
    expect(lines('minutes')[0]).toBe(`HEADER UBND XÃ HÒA AN / BAN CHỈ ĐẠO XÂY DỰNG + XÃ HỘI HỌC TẬP / Số: 03/BB-BCĐ / Hòa An, ${DOTTED_DATE}`);
  });

  it('Danh mục minh chứng: no number, dated, the year and the commune in its subject', () => {
    expect(lines('evidence').slice(0, 2)).toEqual([
      'HEADER UBND TỈNH SÔNG LAM / ỦY BAN NHÂN DÂN + XÃ HÒA AN / null / Hòa An, ngày 15 tháng 10 năm 2025',
      `TITLE DANH MỤC MINH CHỨNG / Kết quả xây dựng ${CDHT} năm 2025 của xã Hòa An / keep: ${CDHT}; năm 2025; xã Hòa An`,
    ]);
  });

  it('Báo cáo: an indicator\'s two figures (5.2: 60% and 15,5%) set apart by ";", each with what each level asks', () => {
    expect(lines('selfReport').filter((line) => line.includes('Số liệu: _Tỷ lệ công dân'))).toEqual([
      'J14 fl10 sa6 ls1.15 | _- Số liệu: _Tỷ lệ công dân trong xã được đào tạo trình độ chuyên môn kỹ thuật: 60% (yêu cầu để công nhận Mức độ 1: ≥ 50%; Mức độ 2: ≥ 60%); Tỷ lệ công dân trong xã có trình độ đại học trở lên: 15,5% (yêu cầu để công nhận Mức độ 1: ≥ 12%; Mức độ 2: ≥ 15%).',
    ]);
  });
});
