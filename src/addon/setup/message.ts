import { RE_ENTER, type SetupResult } from './setup';

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
 * Whether what people typed is all where it was: never said when a rebuild moved values to an
 * archive, nor when a deleted row was re-created empty (its value, if it had one, is gone).
 */
function keptLine(result: SetupResult): string {
  if (result.archive) return `Dữ liệu đã nhập được giữ nguyên trên trang hoặc ở trang lưu trữ "${result.archive}".`;
  if (result.messages.some((m) => m.endsWith(RE_ENTER))) return 'Dữ liệu đã nhập được giữ nguyên, trừ dòng bị xoá nêu dưới đây.';
  return 'Dữ liệu đã nhập được giữ nguyên.';
}
