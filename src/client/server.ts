/// <reference lib="dom" />
import { thrownMessage, UNKNOWN_FAILURE } from '../core/engine/problems';
import type { SidebarServer } from '../core/sidebar/protocol';
import { ANSWER_CHECKS, BrokenAnswer } from './answer';

type Handler = (value: unknown) => void;
interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
}
/** Provided by HtmlService in the sidebar (and by a stub in the tests). */
declare const google: { script: { run: ScriptRun } };

/** Checks a server answer: what is wrong with it, in Vietnamese, or null when it has the protocol's shape. */
export type AnswerCheck = (value: unknown) => string | null;

/**
 * google.script.run as a promise, for a protocol whose every function has an answer check: one
 * call, answered once by the success or the failure handler. An answer without the protocol's
 * shape rejects with a BrokenAnswer, never reaches the caller.
 */
export function serverCaller<S extends { [K in keyof S]: (...args: never[]) => unknown }>(checks: { [K in keyof S]: AnswerCheck }) {
  return <K extends keyof S & string>(name: K, ...args: Parameters<S[K]>): Promise<ReturnType<S[K]>> =>
    new Promise((resolve, reject) => {
      const answered = (value: unknown) => {
        const problem = checks[name](value);
        if (problem) reject(new BrokenAnswer(problem));
        else resolve(value as ReturnType<S[K]>);
      };
      const run = google.script.run.withSuccessHandler(answered).withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
      run[name](...args);
    });
}

/** The commune sidebar's calls (src/core/sidebar/protocol.ts). */
export const callServer = /* @__PURE__ */ serverCaller<SidebarServer>(ANSWER_CHECKS);

/** Errors the browser itself raises: a bug on this side, whose English text means nothing to a user. */
const SCRIPT_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

/**
 * A failure as one Vietnamese-ready phrase: the server's message without the "Error: " /
 * "Exception: " prefixes Apps Script may add, and without a final full stop, so callers can wrap it
 * in a sentence of their own.
 */
export function failureText(failure: unknown): string {
  if (SCRIPT_ERRORS.some((kind) => failure instanceof kind)) return 'thanh bên gặp lỗi khi xử lý dữ liệu; hãy đóng thanh bên rồi mở lại, nếu vẫn lỗi hãy báo người hỗ trợ';
  const text = thrownMessage(failure)
    .replace(/^(?:\w*Error|Exception):\s*/, '')
    .trim()
    .replace(/[.。]+$/, '');
  return text || UNKNOWN_FAILURE;
}
