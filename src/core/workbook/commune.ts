/**
 * What the "Thông tin" sheet holds about a commune's assessment: everything the reports and the
 * roll-up need beyond the indicator values. Dates are real Dates here; the sidebar boundary turns
 * them into ISO strings.
 */
export interface CommitteeMember {
  name: string;
  /** Chức vụ, e.g. "Phó Chủ tịch UBND xã". */
  title: string;
  /** Vai trò trong Ban chỉ đạo, e.g. "Trưởng ban". */
  role: string;
}

export interface CommuneInfo {
  /** Tên xã, with its prefix as written in documents: "Xã Hòa An". */
  commune: string;
  province: string;
  /** Năm đánh giá: data cover 01/01–31/12 of this year. */
  year: number;
  /** "TT25", "TT44" or the id of the province's own "Bộ tiêu chí" table. */
  rulesetId: string;
  difficultArea: boolean;
  /** Ngày quyết định công nhận Mức độ 1, if any (Mức độ 2 needs 12 months after it). */
  md1DecisionDate: Date | null;
  /** Cơ quan tiếp nhận hồ sơ: since 07/2025 no longer the district, so the user names it. */
  recipientBody: string;
  /** Cấp có thẩm quyền công nhận. */
  decidingAuthority: string;
  /** Người ký and chức vụ, e.g. "CHỦ TỊCH"; the authority line, e.g. "TM. ỦY BAN NHÂN DÂN". */
  signerName: string;
  signerTitle: string;
  signerAuthority: string;
  /** Số, ký hiệu văn bản, e.g. "15/TTr-UBND". */
  proposalNumber: string;
  reportNumber: string;
  minutesNumber: string;
  /** Nơi nhận, one recipient per line. */
  distribution: string[];
  members: CommitteeMember[];
}

/** The human-written parts of the reports ("Nội dung báo cáo"); blank ones become placeholders. */
export interface ReportNarrative {
  advantages: string;
  difficulties: string;
  highlights: string;
  limitations: string;
  lessons: string;
  recommendations: string;
}
