/// <reference lib="dom" />
/**
 * Review finding: the sidebar's evidence form took "Thêm vào danh mục" with nothing typed: an item
 * with no code and no name (only the indicator it cites) went into the draft, and "Lưu" wrote it
 * as a row of "Danh mục minh chứng" that the dossier's list then prints empty. An item needs its
 * code and its name; the form says so and stays open, and nothing is added.
 */
import { describe, expect, it } from 'vitest';
import { done, openLoaded, sampleState, text } from './browser';
import { sharedBrowser } from './shared-browser';

const browser = sharedBrowser();
const card = (code: string) => `.card[data-code="${code}"]`;

describe('the evidence form in headless Chromium', () => {
  it.each([
    ['nothing typed', '', '', 'code'],
    ['a name without a code', '', 'Kế hoạch tuyên truyền', 'code'],
    ['a code without a name', 'H1.05', '   ', 'name'],
  ])('refuses %s: the form stays open with a message, the cursor in the first field missing, no change is counted', async (_, code, name, missing) => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState() } });
    await s.page.click(`${card('TC1.2')} .add-evidence`);
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="code"]`, code);
    await s.page.fill(`${card('TC1.2')} [data-evidence-field="name"]`, name);
    await s.page.click(`${card('TC1.2')} .apply-evidence`);
    expect(await text(s, '#unsaved')).toBe('Không có thay đổi chưa lưu');
    expect(await s.page.isVisible(`${card('TC1.2')} .apply-evidence`)).toBe(true);
    expect(await text(s, `${card('TC1.2')} .evidence-form [role="alert"]`)).toBe('Cần nhập mã minh chứng và tên minh chứng.');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-evidence-field'))).toBe(missing);
    await done(s);
  });
});
