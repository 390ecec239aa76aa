/// <reference lib="dom" />
import type { SidebarServer } from '../core/sidebar/protocol';
import { ANSWER_CHECKS, BrokenAnswer } from './answer';

type Handler = (value: unknown) => void;
interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
}
/** Provided by HtmlService in the sidebar (and by a stub in the tests). */
declare const google: { script: { run: ScriptRun } };

/**
 * google.script.run as a promise: one call, answered once by the success or the failure handler.
 * An answer without the protocol's shape rejects with a BrokenAnswer, never reaches the caller.
 */
export function callServer<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    const answered = (value: unknown) => {
      const problem = ANSWER_CHECKS[name](value);
      if (problem) reject(new BrokenAnswer(problem));
      else resolve(value as ReturnType<SidebarServer[K]>);
    };
    const run = google.script.run.withSuccessHandler(answered).withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
    run[name](...args);
  });
}

/** Errors the browser itself raises: a bug on this side, whose English text means nothing to a user. */
const SCRIPT_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

/**
 * A failure as one Vietnamese-ready phrase: the server's message without the "Error: " /
 * "Exception: " prefixes Apps Script may add, and without a final full stop, so callers can wrap it
 * in a sentence of their own.
 */
export function failureText(failure: unknown): string {
  if (SCRIPT_ERRORS.some((kind) => failure instanceof kind)) return 'thanh bên gặp lỗi khi xử lý dữ liệu; hãy đóng thanh bên rồi mở lại, nếu vẫn lỗi hãy báo người hỗ trợ';
  const raw = failure instanceof Error ? failure.message : typeof failure === 'object' && failure && 'message' in failure ? String(failure.message) : String(failure ?? '');
  const text = raw
    .replace(/^(?:\w*Error|Exception):\s*/, '')
    .trim()
    .replace(/[.。]+$/, '');
  return text || 'lỗi không rõ nguyên nhân';
}
