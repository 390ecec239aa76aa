import type { CommuneInfo, ReportNarrative } from './commune';
import { rulesetToTable } from './ruleset/table';
import { TT25 } from './ruleset/tt25';
import { TT44 } from './ruleset/tt44';
import { allItems } from './ruleset/types';
import type { Cell } from './values';
import { filledInfoSheet } from './template/info-sheet';
import { INDICATOR_COLUMNS, INDICATOR_WIDTH, NAMES } from './workbook/names';
import type { WorkbookSnapshot } from './workbook/snapshot';

/**
 * A fictional commune for the demo and tests: Xã Hòa An, 18.640 people, 9 thôn, 4 schools. Its
 * TT25 values reach Mức độ 1 but not Mức độ 2 (TC4.3, TC5.1 and TC5.2 fall short), so every
 * result colour shows; its TT44 points (2021) add up to 74,5, a "Khá".
 */
export const SAMPLE_INFO: CommuneInfo = {
  commune: 'Xã Hòa An',
  province: 'Tỉnh Sông Lam',
  year: 2025,
  rulesetId: 'TT25',
  difficultArea: false,
  md1DecisionDate: null,
  recipientBody: 'Sở Giáo dục và Đào tạo tỉnh Sông Lam',
  decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Sông Lam',
  signerName: 'Nguyễn Văn Bình',
  signerTitle: 'CHỦ TỊCH',
  signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
  proposalNumber: '15/TTr-UBND',
  reportNumber: '42/BC-UBND',
  minutesNumber: '03/BB-BCĐ',
  distribution: ['Sở Giáo dục và Đào tạo tỉnh Sông Lam', 'Hội Khuyến học tỉnh', 'Đảng ủy xã', 'Lưu: VT, VHXH'],
  members: [
    { name: 'Nguyễn Văn Bình', title: 'Chủ tịch UBND xã', role: 'Trưởng ban' },
    { name: 'Trần Thị Mai', title: 'Phó Chủ tịch UBND xã', role: 'Phó Trưởng ban thường trực' },
    { name: 'Lê Văn Hùng', title: 'Chủ tịch Hội Khuyến học xã', role: 'Phó Trưởng ban' },
    { name: 'Phạm Thị Lan', title: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', role: 'Thành viên' },
    { name: 'Hoàng Văn Nam', title: 'Công chức Văn hóa - Xã hội', role: 'Thành viên, thư ký' },
  ],
};

/** Rows as the "Đánh giá" sheet lays them out: criterion headings (blank value) between indicators. */
export const SAMPLE_TT25_ROWS: ReadonlyArray<readonly [code: string, value: Cell]> = [
  ['TC1', ''], ['TC1.1', 'Đạt'], ['TC1.2', 'Đạt'], ['TC1.3', 'Đạt'],
  ['TC2', ''], ['TC2.1', 'Đạt'], ['TC2.2', 'Đạt'], ['TC2.3', 'Đạt'],
  ['TC3', ''], ['TC3.1', 'Đạt'], ['TC3.2', 'Đạt'], ['TC3.3', 'Đạt'],
  ['TC4', ''], ['TC4.1', 'Đạt'], ['TC4.2', 'Mức độ 3'], ['TC4.3', 'Mức độ 2'], ['TC4.4', 'Mức độ 2'],
  ['TC5', ''], ['TC5.1', 0.6512], ['TC5.2a', 0.5483], ['TC5.2b', 0.1271],
];

/** TT44 points of the same commune for assessment year 2021: 74,5 in total. */
export const SAMPLE_TT44_ROWS: ReadonlyArray<readonly [code: string, value: Cell]> = [
  ['TC1', 7], ['TC2', 6.5], ['TC3', 6], ['TC4', 7], ['TC5', 8], ['TC6', 5], ['TC7', 5.5], ['TC8', 4.5],
  ['TC9', 5], ['TC10', 5], ['TC11', 4], ['TC12', 3.5], ['TC13', 3], ['TC14', 2.5], ['TC15', 2],
];

export const SAMPLE_NARRATIVE: ReportNarrative = {
  advantages: 'Cấp ủy, chính quyền xã quan tâm chỉ đạo; Hội Khuyến học xã và 9 chi hội thôn hoạt động đều; nhân dân đồng thuận.',
  difficulties: 'Kinh phí cho Trung tâm học tập cộng đồng còn hạn chế; một bộ phận lao động đi làm ăn xa nên khó tham gia học tập.',
  highlights: '',
  limitations: 'Tỷ lệ công dân đạt danh hiệu "Công dân học tập" mới đạt 65,12%.',
  lessons: '',
  recommendations: 'Đề nghị cấp trên hỗ trợ thiết bị công nghệ thông tin cho Trung tâm học tập cộng đồng.',
};

/** The sample as the two columns a formula takes. */
export function sampleColumns(rows: ReadonlyArray<readonly [string, Cell]>): { codes: Cell[][]; values: Cell[][] } {
  return { codes: rows.map(([code]) => [code]), values: rows.map(([, value]) => [value]) };
}

/** Who collects the evidence of each criterion in the sample (phân công phụ trách). */
const SAMPLE_OWNERS: Record<string, string> = {
  TC1: 'Văn phòng HĐND và UBND xã',
  TC2: 'Hội Khuyến học xã',
  TC3: 'Trung tâm học tập cộng đồng',
  TC4: 'Trường Tiểu học Hòa An',
  TC5: 'Hội Khuyến học xã',
};

/** The sample commune as the named ranges of a workbook set up for `rulesetId`. */
export function sampleSnapshot(rulesetId: 'TT25' | 'TT44'): WorkbookSnapshot {
  const ruleset = rulesetId === 'TT25' ? TT25 : TT44;
  const rows = rulesetId === 'TT25' ? SAMPLE_TT25_ROWS : SAMPLE_TT44_ROWS;
  const info = { ...SAMPLE_INFO, rulesetId, year: rulesetId === 'TT25' ? SAMPLE_INFO.year : 2021 };
  const names = new Map(allItems(ruleset).map((i) => [i.code, i.name]));
  const indicators = rows.map(([code, value]): Cell[] => {
    const row: Cell[] = new Array<Cell>(INDICATOR_WIDTH).fill('');
    const isItem = names.has(code);
    row[INDICATOR_COLUMNS.code] = isItem ? code : '';
    row[INDICATOR_COLUMNS.name] = names.get(code) ?? ruleset.criteria.find((c) => c.code === code)?.name ?? '';
    row[INDICATOR_COLUMNS.value] = value;
    if (isItem) {
      row[INDICATOR_COLUMNS.evidence] = `https://drive.google.com/drive/folders/minh-chung-${code}`;
      row[INDICATOR_COLUMNS.owner] = SAMPLE_OWNERS[code.split('.')[0]] ?? '';
    }
    return row;
  });
  return {
    [NAMES.info]: filledInfoSheet(info, SAMPLE_NARRATIVE),
    [NAMES.ruleset]: rulesetToTable(ruleset),
    [NAMES.indicators]: indicators,
  };
}
