/// <reference lib="dom" />
import type { SidebarServer } from '../core/sidebar/protocol';

type Handler = (value: unknown) => void;
interface ScriptRun {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
}
/** Provided by HtmlService in the sidebar (and by a stub in the tests). */
declare const google: { script: { run: ScriptRun } };

/** google.script.run as a promise: one call, answered once by the success or the failure handler. */
export function callServer<K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>): Promise<ReturnType<SidebarServer[K]>> {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((value) => resolve(value as ReturnType<SidebarServer[K]>)).withFailureHandler(reject) as unknown as Record<K, (...a: unknown[]) => void>;
    run[name](...args);
  });
}

/**
 * A failure as one Vietnamese-ready phrase: the server's message without the "Error: " /
 * "Exception: " prefixes Apps Script may add, and without a final full stop, so callers can wrap it
 * in a sentence of their own.
 */
export function failureText(failure: unknown): string {
  const raw = failure instanceof Error ? failure.message : typeof failure === 'object' && failure && 'message' in failure ? String(failure.message) : String(failure ?? '');
  const text = raw
    .replace(/^(?:\w*Error|Exception):\s*/, '')
    .trim()
    .replace(/[.。]+$/, '');
  return text || 'lỗi không rõ nguyên nhân';
}
