/**
 * What each answer of values.batchGet means for its register row (src/core/rollup/sheets-api.ts
 * `readOutcome`), one table: every branch with its whole outcome and the reason the per-commune
 * sheet shows, typed by hand. Error bodies as the Sheets API sends them ({"error": {code, status, message}}).
 */
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../../src/core/rollup/sheets-api';

const apiError = (code: number, status: string, message: string) => JSON.stringify({ error: { code, status, message } });
const SERVICE_OFF = {
  kind: 'fatal',
  message: 'API Google Sheets chưa được bật cho dự án Apps Script của bảng tổng hợp (lỗi 403): hãy bật dịch vụ nâng cao "Google Sheets API" rồi chạy lại.',
};

describe('readOutcome, every branch', () => {
  it.each([
    ['a 200 without valueRanges', 200, '{}', { kind: 'retry', failure: 'network', reason: 'Phản hồi không đọc được (Phản hồi của Google Sheets không có valueRanges.).' }],
    ['a 200 of null', 200, 'null', { kind: 'retry', failure: 'network', reason: 'Phản hồi không đọc được (Phản hồi của Google Sheets không có valueRanges.).' }],
    [
      'no "Thông tin" range',
      400,
      apiError(400, 'INVALID_ARGUMENT', 'Unable to parse range: CDHT_THONG_TIN'),
      { kind: 'failed', failure: 'not_cdht', reason: 'Bảng tính không có vùng CDHT_THONG_TIN: đây không phải bảng tính CĐHT.' },
    ],
    [
      'no "Bộ tiêu chí" range',
      400,
      apiError(400, 'INVALID_ARGUMENT', 'Unable to parse range: CDHT_BO_TIEU_CHI'),
      { kind: 'failed', failure: 'missing_data', reason: 'Bảng tính thiếu vùng đặt tên CDHT_BO_TIEU_CHI: có thể vùng đã bị xóa hoặc đổi tên.' },
    ],
    [
      'an Excel file in Drive',
      400,
      apiError(400, 'FAILED_PRECONDITION', 'This operation is not supported for this document'),
      {
        kind: 'failed',
        failure: 'not_cdht',
        reason: 'Tệp không phải Google Trang tính (có thể là tệp Excel tải lên Drive): hãy mở bằng Google Trang tính và dùng liên kết của bản đó.',
      },
    ],
    ['another 400', 400, apiError(400, 'INVALID_ARGUMENT', 'Invalid value'), { kind: 'failed', failure: 'network', reason: 'Google Sheets từ chối yêu cầu (lỗi 400): Invalid value' }],
    ['a 400 that is not JSON', 400, 'Bad Request', { kind: 'failed', failure: 'network', reason: 'Google Sheets từ chối yêu cầu (lỗi 400): Bad Request' }],
    [
      'the login refused',
      401,
      apiError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
      { kind: 'fatal', message: 'Google không chấp nhận phiên đăng nhập của tiện ích (lỗi 401): hãy đóng và mở lại bảng tổng hợp rồi chạy lại.' },
    ],
    ['the API off, by status', 403, apiError(403, 'SERVICE_DISABLED', 'Forbidden'), SERVICE_OFF],
    ['the API off, by message', 403, apiError(403, 'PERMISSION_DENIED', 'Access Not Configured (accessNotConfigured).'), SERVICE_OFF],
    ['the API off, "is disabled"', 403, apiError(403, 'PERMISSION_DENIED', 'Google Sheets API is disabled.'), SERVICE_OFF],
    [
      'not shared',
      403,
      apiError(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
      { kind: 'failed', failure: 'no_access', reason: 'Tài khoản đang chạy tổng hợp chưa được chia sẻ bảng tính này (lỗi 403): đề nghị xã chia sẻ quyền Người xem.' },
    ],
    [
      'gone',
      404,
      apiError(404, 'NOT_FOUND', 'Requested entity was not found.'),
      { kind: 'failed', failure: 'not_found', reason: 'Không tìm thấy bảng tính (lỗi 404): liên kết sai hoặc bảng tính đã bị xóa.' },
    ],
    ['the quota', 429, apiError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded'), { kind: 'retry', failure: 'quota', reason: 'Google tạm giới hạn số lần đọc (lỗi 429): hãy cập nhật lại sau ít phút.' }],
    ['a server error', 500, apiError(500, 'INTERNAL', 'Internal error'), { kind: 'retry', failure: 'network', reason: 'Máy chủ Google Sheets tạm lỗi (lỗi 500): hãy cập nhật lại sau.' }],
    ['the server unavailable', 503, 'Service Unavailable', { kind: 'retry', failure: 'network', reason: 'Máy chủ Google Sheets tạm lỗi (lỗi 503): hãy cập nhật lại sau.' }],
    ['another code with a message', 409, apiError(409, 'ABORTED', 'Conflict'), { kind: 'failed', failure: 'network', reason: 'Google Sheets trả lỗi 409: Conflict.' }],
    ['another code without one', 302, '', { kind: 'failed', failure: 'network', reason: 'Google Sheets trả lỗi 302.' }],
    ['a JSON body without an error', 409, '{}', { kind: 'failed', failure: 'network', reason: 'Google Sheets trả lỗi 409.' }],
    ['an error without a message', 409, '{"error":{"code":409}}', { kind: 'failed', failure: 'network', reason: 'Google Sheets trả lỗi 409.' }],
    [
      'a long HTML page, cut to its first 200 characters',
      400,
      `<html>${'x'.repeat(194)}TAIL-NOT-SHOWN</html>`,
      { kind: 'failed', failure: 'network', reason: `Google Sheets từ chối yêu cầu (lỗi 400): <html>${'x'.repeat(194)}` },
    ],
    ['a 499 just below the server errors', 499, '', { kind: 'failed', failure: 'network', reason: 'Google Sheets trả lỗi 499.' }],
  ])('%s (%i)', (_what, code, body, outcome) => {
    expect(readOutcome(code, body)).toEqual(outcome);
  });
});
