import { provenanceIn } from './provenance';
import type { Provenance } from './types';

/**
 * Nghị định 20/2014/NĐ-CP, the commune standards behind TT25's criterion 4 (phổ cập giáo dục,
 * xóa mù chữ), with Thông tư 07/2016/TT-BGDĐT Điều 2, checked clause by clause against the
 * codified official text. "ĐBKK" = xã có điều kiện kinh tế - xã hội
 * đặc biệt khó khăn, which has lower minima. Each level lists only what its own article says: a
 * level that requires the level below says so with a `standard` condition (Điều 10, 11, 14, 15,
 * 16), and one that does not (xóa mù chữ mức độ 2, Điều 21) is not chained to it.
 */
const ND = 'Nghị định 20/2014/NĐ-CP';
const { verbatim: nd } = provenanceIn(ND);

/** The number, as sheet titles cite it. */
export const ND20_SHORT = 'Nghị định số 20/2014/NĐ-CP';

/** Its line on the "Hướng dẫn" sheet. */
export const ND20_SUMMARY = `${ND20_SHORT}: chuẩn phổ cập giáo dục, xóa mù chữ (căn cứ của tiêu chí 4).`;

/**
 * How the sheet computes every rate: số đạt ÷ (tổng số - số được miễn trừ). This is the practice of
 * local PCGD-XMC reports, not a rule of the decree, which states the shares only.
 */
export const RATE_METHOD = {
  text: 'Tỷ lệ = số đạt ÷ (tổng số - số được miễn trừ): cách tính theo thực tiễn báo cáo ở địa phương, không phải quy định của Nghị định 20/2014/NĐ-CP',
  provenance: { ref: 'Thực tiễn báo cáo phổ cập giáo dục, xóa mù chữ ở địa phương', status: 'secondary' } as Provenance,
};

/** One rate the commune enters as counts. */
export interface RateDef {
  key: string;
  label: string;
}

// Labels identify the rows of workbooks already set up (template/match.ts): they stay as they were,
// in short words (the "Chuẩn" column and the references carry the text), and new rows go last.
export const PCGD_RATES: readonly RateDef[] = [
  { key: 'mn5Attend', label: 'Trẻ em 5 tuổi được huy động ra lớp' },
  { key: 'mn5Complete', label: 'Trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non' },
  { key: 'grade1At6', label: 'Trẻ em 6 tuổi vào học lớp 1' },
  { key: 'primaryBy14', label: 'Trẻ em đến 14 tuổi hoàn thành chương trình tiểu học' },
  { key: 'primaryAt11', label: 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học' },
  { key: 'thcsDiploma', label: 'Thanh, thiếu niên 15–18 tuổi có bằng tốt nghiệp THCS' },
  { key: 'upperStudying', label: 'Thanh, thiếu niên 15–18 tuổi đang học THPT, GDTX hoặc giáo dục nghề nghiệp' },
  { key: 'literacy1', label: 'Người 15–35 tuổi biết chữ mức độ 1 (xã ĐBKK: 15–25 tuổi)' },
  { key: 'literacy2', label: 'Người 15–60 tuổi biết chữ mức độ 2 (xã ĐBKK: 15–35 tuổi)' },
  { key: 'at11InPrimary', label: 'Trẻ em 11 tuổi hoàn thành chương trình tiểu học hoặc đang học các lớp tiểu học' },
  { key: 'disabledAccess', label: 'Người khuyết tật có khả năng học tập được tiếp cận giáo dục' },
];

/** A condition of a level: a rate minimum (normal / ĐBKK), or another standard's level holding. */
export type Condition = { rate: string; min: number; minDifficult: number; provenance: Provenance } | { standard: string; level: number; provenance: Provenance };

export interface StandardDef {
  /** The TT25 indicator it suggests a value for. */
  code: string;
  name: string;
  /** levels[0] is mức độ 1; each lists only its own article's conditions (see the module comment). */
  levels: Condition[][];
  /** TC4.1 is judged đạt / không đạt, the others by level. */
  yesno: boolean;
  provenance: Provenance;
}

const rate = (key: string, min: number, minDifficult: number, ref: string): Condition => ({ rate: key, min, minDifficult, provenance: nd(ref) });
const needs = (standard: string, level: number, ref: string): Condition => ({ standard, level, provenance: nd(ref) });

/**
 * TT 07/2016/TT-BGDĐT Điều 2: every standard of NĐ 20 is met "trong đó huy động ít nhất 60% người
 * khuyết tật có khả năng học tập được tiếp cận giáo dục". Added to each level that is not already
 * chained to a level carrying it.
 */
const DISABLED: Condition = { rate: 'disabledAccess', min: 0.6, minDifficult: 0.6, provenance: { ref: 'Thông tư 07/2016/TT-BGDĐT, Điều 2', status: 'verbatim' } };

export const PCGD_STANDARDS: readonly StandardDef[] = [
  {
    code: 'TC4.1',
    name: 'Phổ cập giáo dục mầm non cho trẻ em 5 tuổi',
    yesno: true,
    provenance: nd('Điều 6 khoản 2'),
    levels: [[rate('mn5Attend', 0.95, 0.9, 'Điều 6 khoản 2 điểm a'), rate('mn5Complete', 0.85, 0.8, 'Điều 6 khoản 2 điểm b'), DISABLED]],
  },
  {
    code: 'TC4.2',
    name: 'Phổ cập giáo dục tiểu học',
    yesno: false,
    provenance: nd('Điều 9 khoản 2, Điều 10 khoản 1, Điều 11 khoản 1'),
    levels: [
      [rate('grade1At6', 0.9, 0.9, 'Điều 9 khoản 2 điểm a'), rate('primaryBy14', 0.8, 0.7, 'Điều 9 khoản 2 điểm b'), DISABLED],
      [
        needs('TC4.2', 1, 'Điều 10 khoản 1 điểm a'),
        rate('grade1At6', 0.95, 0.95, 'Điều 10 khoản 1 điểm b'),
        rate('primaryAt11', 0.8, 0.7, 'Điều 10 khoản 1 điểm c'),
        // "các trẻ em 11 tuổi còn lại đều đang học các lớp tiểu học": completed or in primary = all.
        rate('at11InPrimary', 1, 1, 'Điều 10 khoản 1 điểm c'),
      ],
      [
        needs('TC4.2', 2, 'Điều 11 khoản 1 điểm a'),
        rate('grade1At6', 0.98, 0.98, 'Điều 11 khoản 1 điểm b'),
        rate('primaryAt11', 0.9, 0.8, 'Điều 11 khoản 1 điểm c'),
        rate('at11InPrimary', 1, 1, 'Điều 11 khoản 1 điểm c'),
      ],
    ],
  },
  {
    code: 'TC4.3',
    name: 'Phổ cập giáo dục trung học cơ sở',
    yesno: false,
    provenance: nd('Điều 14 khoản 2, Điều 15 khoản 1, Điều 16 khoản 1'),
    levels: [
      [needs('TC4.2', 1, 'Điều 14 khoản 2 điểm a'), needs('TC4.4', 1, 'Điều 14 khoản 2 điểm a'), rate('thcsDiploma', 0.8, 0.7, 'Điều 14 khoản 2 điểm b'), DISABLED],
      [needs('TC4.3', 1, 'Điều 15 khoản 1 điểm a'), rate('thcsDiploma', 0.9, 0.8, 'Điều 15 khoản 1 điểm b')],
      [needs('TC4.3', 2, 'Điều 16 khoản 1 điểm a'), rate('thcsDiploma', 0.95, 0.9, 'Điều 16 khoản 1 điểm b'), rate('upperStudying', 0.8, 0.7, 'Điều 16 khoản 1 điểm c')],
    ],
  },
  {
    code: 'TC4.4',
    name: 'Xóa mù chữ',
    yesno: false,
    provenance: nd('Điều 20 khoản 1, Điều 21 khoản 1'),
    levels: [
      [rate('literacy1', 0.9, 0.9, 'Điều 20 khoản 1'), DISABLED],
      [rate('literacy2', 0.9, 0.9, 'Điều 21 khoản 1'), DISABLED],
    ],
  },
];
