import type { SetupResult } from './setup';

/** What set-up tells the user, in one short Vietnamese message. */
export function setupMessage(result: SetupResult): string {
  // Nothing was changed: only what could not be matched, and how to fix it.
  if (result.refused) return result.messages.join('\n');
  const lines = [
    result.created.length > 0 ? `Đã tạo: ${result.created.join(', ')}.` : '',
    result.updated.length > 0 ? `Đã kiểm tra và sửa: ${result.updated.join(', ')}.` : '',
    `Bộ tiêu chí đang áp dụng: ${result.rulesetId}. Dữ liệu đã nhập được giữ nguyên.`,
    ...result.messages,
  ];
  return lines.filter(Boolean).join('\n');
}
