/**
 * The Nghị định 20/2014/NĐ-CP standards as data, whole: every condition of every level (rate and
 * minimum, the minimum for an "xã có điều kiện kinh tế - xã hội đặc biệt khó khăn", or the level
 * of another standard it needs) with its clause, typed by hand from the codified text
 * (legal-texts/nd20-2014.md, Điều 6, 9–11, 14–16, 20–21) and Thông tư 07/2016/TT-BGDĐT Điều 2
 * ("ít nhất 60% người khuyết tật … được tiếp cận giáo dục").
 */
import { describe, expect, it } from 'vitest';
import { PCGD_RATES, PCGD_STANDARDS, basicRates, standardOf } from '../../../src/core/pcgd/standards';
import { ND20_SHORT, ND20_SUMMARY, RATE_METHOD } from '../../../src/core/ruleset/nd20';

const ND = 'Nghị định 20/2014/NĐ-CP, ';
const TT07 = 'Thông tư 07/2016/TT-BGDĐT, Điều 2';

/** [standard, level, what, minimum or level needed, ĐBKK minimum, reference]. */
const CONDITIONS = [
  ['TC4.1', 1, 'mn5Attend', 0.95, 0.9, `${ND}Điều 6 khoản 2 điểm a`],
  ['TC4.1', 1, 'mn5Complete', 0.85, 0.8, `${ND}Điều 6 khoản 2 điểm b`],
  ['TC4.1', 1, 'disabledAccess', 0.6, 0.6, TT07],
  ['TC4.2', 1, 'grade1At6', 0.9, 0.9, `${ND}Điều 9 khoản 2 điểm a`],
  ['TC4.2', 1, 'primaryBy14', 0.8, 0.7, `${ND}Điều 9 khoản 2 điểm b`],
  ['TC4.2', 1, 'disabledAccess', 0.6, 0.6, TT07],
  ['TC4.2', 2, 'TC4.2 mức 1', 1, '', `${ND}Điều 10 khoản 1 điểm a`],
  ['TC4.2', 2, 'grade1At6', 0.95, 0.95, `${ND}Điều 10 khoản 1 điểm b`],
  ['TC4.2', 2, 'primaryAt11', 0.8, 0.7, `${ND}Điều 10 khoản 1 điểm c`],
  ['TC4.2', 2, 'at11InPrimary', 1, 1, `${ND}Điều 10 khoản 1 điểm c`],
  ['TC4.2', 3, 'TC4.2 mức 2', 2, '', `${ND}Điều 11 khoản 1 điểm a`],
  ['TC4.2', 3, 'grade1At6', 0.98, 0.98, `${ND}Điều 11 khoản 1 điểm b`],
  ['TC4.2', 3, 'primaryAt11', 0.9, 0.8, `${ND}Điều 11 khoản 1 điểm c`],
  ['TC4.2', 3, 'at11InPrimary', 1, 1, `${ND}Điều 11 khoản 1 điểm c`],
  ['TC4.3', 1, 'TC4.2 mức 1', 1, '', `${ND}Điều 14 khoản 2 điểm a`],
  ['TC4.3', 1, 'TC4.4 mức 1', 1, '', `${ND}Điều 14 khoản 2 điểm a`],
  ['TC4.3', 1, 'thcsDiploma', 0.8, 0.7, `${ND}Điều 14 khoản 2 điểm b`],
  ['TC4.3', 1, 'disabledAccess', 0.6, 0.6, TT07],
  ['TC4.3', 2, 'TC4.3 mức 1', 1, '', `${ND}Điều 15 khoản 1 điểm a`],
  ['TC4.3', 2, 'thcsDiploma', 0.9, 0.8, `${ND}Điều 15 khoản 1 điểm b`],
  ['TC4.3', 3, 'TC4.3 mức 2', 2, '', `${ND}Điều 16 khoản 1 điểm a`],
  ['TC4.3', 3, 'thcsDiploma', 0.95, 0.9, `${ND}Điều 16 khoản 1 điểm b`],
  ['TC4.3', 3, 'upperStudying', 0.8, 0.7, `${ND}Điều 16 khoản 1 điểm c`],
  ['TC4.4', 1, 'literacy1', 0.9, 0.9, `${ND}Điều 20 khoản 1`],
  ['TC4.4', 1, 'disabledAccess', 0.6, 0.6, TT07],
  ['TC4.4', 2, 'literacy2', 0.9, 0.9, `${ND}Điều 21 khoản 1`],
  ['TC4.4', 2, 'disabledAccess', 0.6, 0.6, TT07],
];

describe('the NĐ 20/2014 standards', () => {
  it('every condition of every level, with its clause', () => {
    const rows = PCGD_STANDARDS.flatMap((s) =>
      s.levels.flatMap((conditions, i) =>
        conditions.map((c) => ('rate' in c ? [s.code, i + 1, c.rate, c.min, c.minDifficult, c.provenance.ref] : [s.code, i + 1, `${c.standard} mức ${c.level}`, c.level, '', c.provenance.ref])),
      ),
    );
    expect(rows).toEqual(CONDITIONS);
    expect(PCGD_STANDARDS.flatMap((s) => s.levels.flat()).every((c) => c.provenance.status === 'verbatim')).toBe(true);
  });

  it('each standard: its TT25 indicator, name, kind and clauses', () => {
    expect(PCGD_STANDARDS.map((s) => [s.code, s.name, s.yesno, s.provenance.ref])).toEqual([
      ['TC4.1', 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi', true, `${ND}Điều 6 khoản 2`],
      ['TC4.2', 'Phổ cập giáo dục tiểu học', false, `${ND}Điều 9 khoản 2, Điều 10 khoản 1, Điều 11 khoản 1`],
      ['TC4.3', 'Phổ cập giáo dục trung học cơ sở', false, `${ND}Điều 14 khoản 2, Điều 15 khoản 1, Điều 16 khoản 1`],
      ['TC4.4', 'Xóa mù chữ', false, `${ND}Điều 20 khoản 1, Điều 21 khoản 1`],
    ]);
    expect(standardOf('TC4.3').name).toBe('Phổ cập giáo dục trung học cơ sở');
    expect(() => standardOf('TC9')).toThrow('No PCGD standard TC9');
    expect(PCGD_STANDARDS.map(basicRates)).toEqual([
      ['mn5Attend', 'mn5Complete', 'disabledAccess'],
      ['grade1At6', 'primaryBy14', 'disabledAccess'],
      ['thcsDiploma', 'disabledAccess'],
      ['literacy1', 'disabledAccess'],
    ]);
  });

  it('the rates the commune enters, in the order of the sheet (labels identify rows of workbooks already set up)', () => {
    expect(PCGD_RATES.map((r) => [r.key, r.label])).toEqual([
      ['mn5Attend', 'Trẻ em 5 tuổi được huy động ra lớp'],
      ['mn5Complete', 'Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non'],
      ['grade1At6', 'Trẻ em 6 tuổi vào học lớp 1'],
      ['primaryBy14', 'Trẻ em đến 14 tuổi hoàn thành chương trình tiểu học'],
      ['primaryAt11', 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học'],
      ['thcsDiploma', 'Thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS'],
      ['upperStudying', 'Thanh, thiếu niên 15–18 tuổi đang học THPT, GDTX hoặc giáo dục nghề nghiệp'],
      ['literacy1', 'Người 15–35 tuổi biết chữ mức độ 1 (xã ĐBKK: 15–25 tuổi)'],
      ['literacy2', 'Người 15–60 tuổi biết chữ mức độ 2 (xã ĐBKK: 15–35 tuổi)'],
      ['at11InPrimary', 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học hoặc đang học các lớp tiểu học'],
      ['disabledAccess', 'Người khuyết tật có khả năng học tập được tiếp cận giáo dục'],
    ]);
    expect([ND20_SHORT, ND20_SUMMARY]).toEqual(['Nghị định số 20/2014/NĐ-CP', 'Nghị định số 20/2014/NĐ-CP: chuẩn phổ cập giáo dục, xóa mù chữ (căn cứ của tiêu chí 4).']);
    expect(RATE_METHOD).toEqual({
      text: 'Tỷ lệ = số đạt ÷ (tổng số - số được miễn trừ): cách tính theo thực tiễn báo cáo ở địa phương, không phải quy định của Nghị định 20/2014/NĐ-CP',
      provenance: { ref: 'Thực tiễn báo cáo phổ cập giáo dục, xóa mù chữ ở địa phương', status: 'secondary' },
    });
  });
});
