/**
 * A small commune typed by hand for the tests that pin the sidebar's whole output: a ruleset of
 * two criteria and three indicators (one of each kind a committee picks or types: Đạt/Không đạt,
 * a level, a percent that is part of TC2.1), in a difficult area, with two evidence items.
 */
import type { SidebarState } from '../../src/core/sidebar/protocol';
import { TABLE_HEADER } from '../../src/core/ruleset/table';

const REF = 'Bảng thử của bài kiểm tra';

export const SMALL_TABLE: SidebarState['rulesetTable'] = [
  [...TABLE_HEADER],
  ['Bộ tiêu chí', 'THU', 'Bộ tiêu chí thử', 'Mức độ', '', '', '', '', '', '', REF, 'Nguyên văn'],
  ['Tiêu chí', 'TC1', 'Lãnh đạo, chỉ đạo', '', '', '', '', '', '', '', REF, 'Nguyên văn'],
  ['Chỉ tiêu', 'TC1.1', 'Tuyên truyền về học tập suốt đời', 'Đạt/Không đạt', '', '', '', '', '', '', REF, 'Nguyên văn'],
  ['Chỉ tiêu', 'TC1.2', 'Phổ cập giáo dục tiểu học', 'Mức độ', 1, 2, '', '', 2, '', REF, 'Nguyên văn'],
  ['Tiêu chí', 'TC2', 'Tác dụng', '', '', '', '', '', '', '', REF, 'Chưa xác minh'],
  ['Chỉ tiêu', 'TC2.1a', 'Tỷ lệ công dân được đào tạo', 'Tỷ lệ', 0.5, 0.6, 0.4, 0.5, '', 'TC2.1', REF, 'Nguyên văn'],
];

export function smallState(): SidebarState {
  return {
    commune: 'Xã Tân Lập',
    year: 2025,
    difficultArea: true,
    rulesetTable: SMALL_TABLE,
    indicators: [
      {
        code: 'TC1.1',
        criterion: 'TC1',
        name: 'Tuyên truyền về học tập suốt đời',
        kind: 'yesno',
        requirements: { MD1: 'Đạt', MD2: 'Đạt' },
        fields: { value: 'x', evidence: '', description: 'Đã tổ chức 12 buổi', owner: 'Hội Khuyến học' },
      },
      {
        code: 'TC1.2',
        criterion: 'TC1',
        name: 'Phổ cập giáo dục tiểu học',
        kind: 'level',
        requirements: { MD1: 'Chuẩn mức độ 1 trở lên', MD2: 'Chuẩn mức độ 2 trở lên' },
        max: 2,
        fields: { value: 2, evidence: '', description: '', owner: '' },
      },
      {
        code: 'TC2.1a',
        criterion: 'TC2',
        name: 'Tỷ lệ công dân được đào tạo',
        kind: 'percent',
        requirements: { MD1: '≥ 40%', MD2: '≥ 50%' },
        fields: { value: 0.45, evidence: 'https://drive.google.com/x; tủ hồ sơ', description: '', owner: 'Công chức văn hóa' },
      },
    ],
    evidence: [
      { row: 1, fields: { code: 'H1.01', name: 'Nghị quyết', reference: '12/NQ-ĐU', issuer: 'Đảng ủy xã', link: 'https://drive.google.com/h101', indicators: 'TC1' } },
      { row: 3, fields: { code: '', name: 'Ảnh hoạt động', reference: '', issuer: '', link: '', indicators: 'tc2.1' } },
    ],
    loadedAt: '2026-01-15T01:30:00.000Z',
  };
}

/** A points ruleset (as TT44 scores) of two criteria, 10 points each, "Tốt" from 15 with no criterion at 0. */
export const POINTS_TABLE: SidebarState['rulesetTable'] = [
  [...TABLE_HEADER],
  ['Bộ tiêu chí', 'DIEM', 'Bộ chấm điểm thử', 'Điểm', '', '', '', '', 20, '', REF, 'Nguyên văn'],
  ['Tiêu chí', 'TC1', 'Lãnh đạo, chỉ đạo', 'Điểm', '', '', '', '', 10, '', REF, 'Nguyên văn'],
  ['Tiêu chí', 'TC2', 'Hoạt động của Ban chỉ đạo', 'Điểm', '', '', '', '', 10, '', REF, 'Nguyên văn'],
  ['Xếp loại', '', 'Tốt', 'Không có tiêu chí bị điểm 0', 15, '', '', '', '', '', REF, 'Nguyên văn'],
  ['Xếp loại', '', 'Chưa đạt', '', '', '', '', '', '', '', REF, 'Nguyên văn'],
];

export function pointsState(): SidebarState {
  const points = (code: string, name: string, value: number | string, requirement: string) => ({
    code,
    criterion: code,
    name,
    kind: 'points' as const,
    requirements: { MD1: requirement, MD2: '' },
    max: 10,
    fields: { value, evidence: '', description: '', owner: '' },
  });
  return {
    commune: 'Xã Tân Lập',
    year: 2019,
    difficultArea: false,
    rulesetTable: POINTS_TABLE,
    indicators: [points('TC1', 'Lãnh đạo, chỉ đạo', 7.5, 'Tối đa 10 điểm'), points('TC2', 'Hoạt động của Ban chỉ đạo', '', '')],
    evidence: [],
    loadedAt: '2026-01-15T01:30:00.000Z',
  };
}
