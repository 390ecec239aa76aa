import type { DialogLine } from './dialog';

/**
 * The shape of a self-check report ("Kiểm tra tiện ích"), shared by the commune add-on and the
 * roll-up: one Vietnamese line per check, then a technical block a person can copy and send to
 * whoever supports them.
 */
export interface CheckItem {
  /** What was checked, in Vietnamese. */
  label: string;
  ok: boolean;
  /** What was seen, in Vietnamese; for a failure, what to do. */
  detail: string;
}

export interface SelfCheckReport {
  items: CheckItem[];
  /** Key → value, in English, for support. */
  technical: Record<string, string>;
}

/** The report as dialog lines: ✔/✘ per check, a one-line verdict, then the technical block. */
export function selfCheckLines(report: SelfCheckReport): DialogLine[] {
  const failed = report.items.filter((item) => !item.ok).length;
  return [
    { text: failed === 0 ? 'Tiện ích hoạt động bình thường trên bảng tính này.' : `Có ${failed} mục cần xem lại (đánh dấu ✘).` },
    ...report.items.map((item) => ({ text: `${item.ok ? '✔' : '✘'} ${item.label}: ${item.detail}` })),
    { text: 'Thông tin kỹ thuật (sao chép và gửi cho người hỗ trợ nếu cần):' },
    ...Object.entries(report.technical).map(([key, value]) => ({ text: `${key}: ${value}` })),
  ];
}
