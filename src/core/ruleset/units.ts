import type { Provenance } from './types';

/** The levels of local government, by their commonest unit. */
export type UnitLevel = 'tỉnh' | 'huyện' | 'xã';

/** A kind of administrative unit. */
export interface UnitKind {
  /** As a sentence writes it before the unit's name: "xã", "thị trấn". */
  name: string;
  /**
   * Its level of local government: "xã" (cấp xã, whose committee makes a dossier), "huyện" (gone
   * since 07/2025), "tỉnh" (a province or a city under the central government; "thành phố" was
   * also a district-level city before 07/2025, the same word).
   */
  level: UnitLevel;
  provenance: Provenance;
}

/** Cấp tỉnh: tỉnh, thành phố trực thuộc trung ương; cấp xã: xã, phường, đặc khu (from 01/07/2025). */
const LAW_2025: Provenance = { ref: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 2', status: 'secondary' };
/** Until 30/06/2025 also cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) and thị trấn. */
const LAW_2015: Provenance = { ref: 'Luật Tổ chức chính quyền địa phương số 77/2015/QH13, Điều 2', status: 'secondary' };

/**
 * The kinds of administrative unit a place's name starts with ("xã Hòa An", "tỉnh Sông Lam"), cấp
 * xã first. Thị trấn and the district level are gone since 01/07/2025 but stay here: TT44 dossiers
 * of 2015–2023 and older bodies' names still carry them.
 */
export const UNIT_KINDS: readonly UnitKind[] = [
  { name: 'xã', level: 'xã', provenance: LAW_2025 },
  { name: 'phường', level: 'xã', provenance: LAW_2025 },
  { name: 'thị trấn', level: 'xã', provenance: LAW_2015 },
  { name: 'đặc khu', level: 'xã', provenance: LAW_2025 },
  { name: 'tỉnh', level: 'tỉnh', provenance: LAW_2025 },
  { name: 'thành phố', level: 'tỉnh', provenance: LAW_2025 },
  { name: 'huyện', level: 'huyện', provenance: LAW_2015 },
  { name: 'quận', level: 'huyện', provenance: LAW_2015 },
  { name: 'thị xã', level: 'huyện', provenance: LAW_2015 },
];

/**
 * Common words and bodies that start with a unit's word but name no unit ("xã hội", "tỉnh ủy"):
 * in a header or a body's name the word there is no unit ("PHÒNG VĂN HÓA - XÃ HỘI", "BAN TUYÊN
 * GIÁO TỈNH ỦY"). A place whose own name starts so ("xã Hội Xuân") is still found where a commune's
 * name is read, which always starts with its unit.
 */
export const NOT_UNITS: readonly string[] = [
  'xã hội',
  'xã viên',
  'xã giao',
  'xã luận',
  'xã tắc',
  'tỉnh ủy',
  'tỉnh đội',
  'tỉnh đoàn',
  'tỉnh lộ',
  'tỉnh lỵ',
  'huyện ủy',
  'huyện đội',
  'huyện đoàn',
  'huyện lộ',
  'huyện lỵ',
  'quận ủy',
  'quận đoàn',
];
