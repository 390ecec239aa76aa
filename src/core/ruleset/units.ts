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
  /**
   * How offices shorten it before a name, without the dot they may write after it: "tp" for "TP.
   * Huế", "Tp Huế"; one letter only with its dot ("H. Krông Pắc", "Q.1"), else it is a name's initial.
   * Usage of administrative writing, not law.
   */
  short?: string;
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
  { name: 'thành phố', level: 'tỉnh', short: 'tp', provenance: LAW_2025 },
  { name: 'huyện', level: 'huyện', short: 'h', provenance: LAW_2015 },
  { name: 'quận', level: 'huyện', short: 'q', provenance: LAW_2015 },
  { name: 'thị xã', level: 'huyện', short: 'tx', provenance: LAW_2015 },
];

/**
 * Common words and bodies that start with a unit's word but name no unit ("xã hội", "tỉnh ủy"):
 * in a header or a body's name the word there is no unit ("PHÒNG VĂN HÓA - XÃ HỘI", "BAN TUYÊN
 * GIÁO TỈNH ỦY"). A place whose own name starts so ("xã Hội Xuân") is still found where a commune's
 * name is read, which always starts with its unit, and in a body's name where a name follows one of
 * COMMON_NOT_UNITS ("UBND xã Hội Xuân").
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

/**
 * The NOT_UNITS that are common words rather than bodies named for a place: where a name follows
 * one in a body's name, its unit's word is the unit after all and the second word the first of
 * the place's name ("UBND xã Hội An", "Đảng ủy xã Giao Thịnh", "UBND xã Viên An": communes of An
 * Giang, Nam Định, Hà Nội), whereas "Tỉnh ủy Đắk Lắk" and "Huyện đoàn Krông Bông" are bodies named
 * for theirs (review 13e F2).
 */
export const COMMON_NOT_UNITS: readonly string[] = ['xã hội', 'xã viên', 'xã giao', 'xã luận', 'xã tắc', 'tỉnh lộ', 'tỉnh lỵ', 'huyện lộ', 'huyện lỵ'];

/**
 * Words that carry running text on past a place's name, so that the place ends before them: an
 * addressee "UBND tỉnh Đắk Lắk qua Sở Giáo dục và Đào tạo", "… thông qua …", "… và Sở …" (`after`,
 * anywhere after the place), and after a dash with spaces, which also sits inside names ("Bà Rịa -
 * Vũng Tàu", "Phan Rang - Tháp Chàm"), those words or a body or office starting there ("… - Sở GD&ĐT",
 * "… - Giám đốc Sở …": `afterDash`, with the kinds of BODY_NAMING and the committee). Usage of
 * Vietnamese administrative writing, not law; in small letters.
 */
export const PLACE_FOLLOWERS: { after: readonly string[]; afterDash: readonly string[] } = {
  after: ['qua', 'thông qua', 'và', 'gửi', 'đồng gửi', 'kèm theo'],
  afterDash: ['chủ tịch', 'giám đốc', 'trưởng phòng', 'ubnd', 'ủy ban'],
};

/**
 * The committee of a unit, as its name is written before the unit's ("Ủy ban nhân dân tỉnh Đắk
 * Lắk") and as Nghị định 30/2020 lets the name of a parent body shorten it ("UBND TỈNH ĐẮK LẮK").
 * Typed before a commune's or a province's name it names the unit's committee, not the unit.
 */
export const COMMITTEE = {
  name: 'ủy ban nhân dân',
  short: 'ubnd',
  provenance: { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.2 (tên cơ quan chủ quản viết tắt cụm từ thông dụng: Ủy ban nhân dân (UBND))', status: 'secondary' } as Provenance,
} as const;

/** A kind of body that is an office of a committee (cơ quan chuyên môn), and of which level's. */
export interface CommitteeOffice {
  /** The kind as its name starts, in small letters: "sở", "phòng". */
  kind: string;
  /** The level of the committee it belongs to. */
  level: UnitLevel;
  provenance: Provenance;
}

/**
 * The kinds of body whose parent is the Ủy ban nhân dân of the place they are named for: the
 * specialised offices of a committee (cơ quan chuyên môn), the "Sở" of a province and the "Phòng"
 * of a district (before 07/2025) or a commune. A header puts that committee above them ("UBND TỈNH
 * ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO"); other bodies (a Hội, the committee itself) get no parent line.
 * What the texts at hand support: Thông tư 25/2023 (Điều 9 khoản 2, verbatim in legal-texts/) has
 * the Phòng Giáo dục và Đào tạo decide at the district level, beside "các cơ quan chuyên môn thuộc
 * Ủy ban nhân dân cấp huyện", without saying in so many words that it is one of them: secondary.
 * The decrees that place a Sở under the province's committee and, since 07/2025, a Phòng under the
 * commune's are not in legal-texts/ and were not read: unverified, their articles not cited.
 */
export const UNDER_COMMITTEE: readonly CommitteeOffice[] = [
  {
    kind: 'sở',
    level: 'tỉnh',
    provenance: { ref: 'Nghị định 24/2014/NĐ-CP; từ 07/2025 Nghị định 150/2025/NĐ-CP (sở thuộc UBND cấp tỉnh)', status: 'unverified' },
  },
  {
    kind: 'phòng',
    level: 'huyện',
    provenance: {
      ref: 'Thông tư 25/2023/TT-BGDĐT, Điều 9 khoản 2 (Phòng Giáo dục và Đào tạo quyết định công nhận ở cấp huyện; “các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp huyện”); cấp huyện bỏ từ 01/07/2025 (Nghị định 142/2025/NĐ-CP)',
      status: 'secondary',
    },
  },
  {
    kind: 'phòng',
    level: 'xã',
    provenance: { ref: 'Nghị định 150/2025/NĐ-CP (phòng thuộc UBND cấp xã từ 07/2025)', status: 'unverified' },
  },
];

/**
 * How a body's name is capitalised in running text (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục
 * "Tên cơ quan, tổ chức": the first letter of the words that say the kind of body and of each of
 * its functions or fields, "Sở Giáo dục và Đào tạo", "Bộ Tài nguyên và Môi trường"; a place after
 * it as a place, "tỉnh Đắk Lắk"). `kinds` are the kinds of body a name starts with, in small
 * letters (with the schools, health stations and police a commune's evidence comes from: "Trường
 * Tiểu học", "Trạm Y tế", "Công an xã"; "Đoàn Thanh niên …"; the centres, library, party cell, bank, post office and
 * cooperative a commune's evidence and Nơi nhận name, review 13c F5); a field starts after the kind, after "và", after a comma
 * and after a dash. The decree's text is not in legal-texts/: quoted from a secondary summary of
 * that Phụ lục.
 */
export const BODY_NAMING: { kinds: readonly string[]; provenance: Provenance } = {
  kinds: [
    'bộ',
    'sở',
    'phòng',
    'ban',
    'hội',
    'cục',
    'chi cục',
    'tổng cục',
    'văn phòng',
    'trường',
    'trạm',
    'công an',
    'đoàn',
    'trung tâm',
    'thư viện',
    'chi bộ',
    'ngân hàng',
    'bưu điện',
    'hợp tác xã',
    'câu lạc bộ',
    'hội đồng',
    'bệnh viện',
    'công ty',
    'dòng họ',
    // The trade unions ("Liên đoàn Lao động tỉnh", "Công đoàn cơ sở") and the treasury ("Kho bạc Nhà nước khu vực").
    'liên đoàn',
    'công đoàn',
    'kho bạc',
    // "Nhà Văn hóa", "Nhà Thiếu nhi", "Cung Thiếu nhi": a kind and its field; a nursery and a publisher are kinds of their
    // own ("Nhà trẻ Hoa Mai", "Nhà xuất bản Giáo dục Việt Nam"; usage, like the kinds above). The longest kind typed is read.
    'nhà',
    'nhà trẻ',
    'nhà xuất bản',
    'cung',
  ],
  provenance: { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức)', status: 'secondary' },
};

/**
 * The cities under the central government (thành phố trực thuộc trung ương), by their own names:
 * every other province is a "tỉnh". Read where a province's name was typed without its unit after
 * a Sở ("Sở GD&ĐT Hà Nội": the UBND of thành phố Hà Nội above it). Huế since 01/01/2025 (before,
 * tỉnh Thừa Thiên Huế); the five others before and after the provinces were merged on 01/07/2025.
 */
export const CENTRAL_CITIES: { names: readonly string[]; provenance: Provenance } = {
  names: ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'],
  provenance: { ref: 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh: 6 thành phố trực thuộc trung ương); Nghị quyết 1314/NQ-UBTVQH15 (thành phố Huế)', status: 'unverified' },
};

/**
 * Names Nghị định 30/2020 (Phụ lục II) writes with a capital per syllable or per part, read as it
 * writes them wherever a body's name typed in one case holds them ("ubmttq việt nam", "thủ tướng
 * chính phủ", "đoàn thanh niên cộng sản hồ chí minh"): the decree's examples of a person's and a
 * country's name, of bodies and of offices. Its text is not in legal-texts/: from a secondary
 * summary of that Phụ lục.
 */
export const FIXED_NAMES: { names: readonly string[]; provenance: Provenance } = {
  names: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Chính phủ', 'Quốc hội', 'Hồ Chí Minh', 'Việt Nam'],
  provenance: { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên người, tên địa lý, tên cơ quan, tổ chức, chức vụ)', status: 'secondary' },
};

/**
 * Bodies whose name goes on with the place they are named for, which then needs no unit ("Tỉnh ủy
 * Đắk Lắk", "Huyện ủy Krông Bông", "Hội Khuyến học Hòa An", "UBND Hòa An"): a place's name, so each
 * syllable capitalised (Nghị định 30/2020, Phụ lục II, tên địa lý). In small letters.
 */
export const NAMED_BODIES: { names: readonly string[]; provenance: Provenance } = {
  names: ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy', 'đảng ủy', 'hội khuyến học', 'ủy ban nhân dân', 'ubnd', 'hội đồng nhân dân', 'hđnd'],
  provenance: FIXED_NAMES.provenance,
};

/**
 * The levels of a school ("cấp học", "loại hình trường") that follow "Trường" as its field, as a
 * document writes them (Nghị định 30/2020, Phụ lục II: capital on the field's first word), longest
 * first: "Trường Mầm non Hoa Sen", "Trường Tiểu học và Trung học cơ sở Ea H'Leo", "Trường Phổ
 * thông dân tộc bán trú Tiểu học La Dê" (levels follow each other, or are joined by "và"). The
 * school's own name after them is a proper name, each syllable capitalised. The levels are those of
 * Luật Giáo dục 2019 (Điều 6, 28, 29), of the ethnic boarding schools (Điều 63) and of vocational and
 * higher education (Điều 6: trung cấp, cao đẳng, đại học; "Trường Đại học Sư phạm Hà Nội").
 */
export const SCHOOL_LEVELS: { names: readonly string[]; provenance: Provenance } = {
  names: [
    'Phổ thông dân tộc bán trú',
    'Phổ thông dân tộc nội trú',
    'Trung học phổ thông',
    'Trung học cơ sở',
    'Phổ thông cơ sở',
    'Tiểu học',
    'Mầm non',
    'Mẫu giáo',
    'Nhà trẻ',
    'Đại học',
    'Cao đẳng',
    'Trung cấp',
  ],
  provenance: { ref: 'Luật Giáo dục số 43/2019/QH14, Điều 6, 28, 29, 63; Nghị định 30/2020/NĐ-CP, Phụ lục II', status: 'secondary' },
};

/** A place offices write short, and how its name is written in full. */
export interface PlaceShortening {
  /** The place as running text writes it: "Thành phố Hồ Chí Minh". */
  written: string;
  /** Its shortenings, letters only, in small letters: "tphcm" stands for "TPHCM", "TP.HCM", "TP HCM", "Tp. HCM". */
  short: readonly string[];
  provenance: Provenance;
}

/**
 * Places typed short in "Thông tin" and in bodies' names ("Sở GD&ĐT TP.HCM"), read as the place
 * they stand for. "Thành phố Hồ Chí Minh" keeps the capital of its "Thành phố" in running text,
 * as Nghị định 30/2020 (Phụ lục II, tên địa lý: "Thủ đô Hà Nội, Thành phố Hồ Chí Minh") writes it;
 * that decree's text is not in legal-texts/, hence secondary. The shortening is usage (the city's
 * own offices write "TP.HCM"), not law.
 */
export const PLACE_SHORTENINGS: readonly PlaceShortening[] = [
  {
    written: 'Thành phố Hồ Chí Minh',
    short: ['tphcm'],
    provenance: { ref: 'Nghị định 30/2020/NĐ-CP, Phụ lục II (viết hoa tên địa lý: Thành phố Hồ Chí Minh)', status: 'secondary' },
  },
];
