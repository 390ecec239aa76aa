import { FROM_HISTORY, RE_ENTER, type SetupResult } from './setup';

/** What set-up tells the user, in one short Vietnamese message. */
export function setupMessage(result: SetupResult): string {
  // Nothing was changed: only what could not be matched, and how to fix it.
  if (result.refused) return result.messages.join('\n');
  const lines = [
    result.created.length > 0 ? `Đã tạo: ${result.created.join(', ')}.` : '',
    result.updated.length > 0 ? `Đã kiểm tra và sửa: ${result.updated.join(', ')}.` : '',
    `Bộ tiêu chí đang áp dụng: ${result.rulesetId}. ${keptLine(result)}`,
    ...result.messages,
  ];
  return lines.filter(Boolean).join('\n');
}

/**
 * Whether what people typed is all where it was: never said plainly when a rebuild moved values to
 * an archive, nor when a deleted row or column of inputs was re-created empty (what it held, if
 * anything, is gone from the sheet); those are named as the exception.
 */
function keptLine(result: SetupResult): string {
  const where = result.archive ? ` trên trang hoặc ở trang lưu trữ "${result.archive}"` : '';
  const rows = result.messages.some((m) => m.endsWith(RE_ENTER));
  const columns = result.messages.some((m) => m.endsWith(FROM_HISTORY));
  const lost = rows && columns ? 'dòng và cột' : rows ? 'dòng' : columns ? 'cột' : '';
  return `Dữ liệu đã nhập được giữ nguyên${where}${lost ? `, trừ ${lost} bị xoá nêu dưới đây` : ''}.`;
}
