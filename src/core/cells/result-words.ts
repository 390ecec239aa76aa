/**
 * The words a result is written with, in a cell or a message: typed by people for a yes/no or
 * level indicator, offered by the drop-downs and the sidebar, shown by CDHT_RESULTS and the PCGD
 * suggestions, and coloured by the sheets' conditional formats. Everything that writes or
 * compares one of them takes it from here, so they cannot drift apart
 * (test/core/cells/result-words.test.ts finds a second spelling).
 */
export const RESULT_WORDS = {
  /** Met (a yes/no indicator, an indicator at a level). */
  met: 'Đạt',
  /** Not met. */
  notMet: 'Không đạt',
  /** Below every level (a level indicator below Mức độ 1; a commune not recognised at any level). */
  below: 'Chưa đạt',
  /** Not known yet: the value is blank or cannot be read. */
  missing: 'Thiếu dữ liệu',
} as const;
