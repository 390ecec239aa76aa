/// <reference lib="dom" />
/**
 * A page's whole rendered output as lines of text, for tests that pin everything a user sees and
 * every attribute a screen reader or a style reads: one line per element, indented by depth,
 * `tag#id.class [attr=value …] text`, where text is the element's own text (trimmed, whitespace
 * collapsed); text beside child elements gets lines of its own (`| text`) in its place. An input adds `=value`, a select `=value` too and each option `*` when
 * selected (hidden and disabled are attributes). Comparing with lines typed by hand makes any change
 * of a word, a class, an aria attribute, an order or a value fail, with a readable diff.
 */
import type { Page } from 'playwright-core';

/** The outline of the element matching `selector` (the first one), itself included. */
export function outline(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [`(no element matches ${sel})`];
    const lines: string[] = [];
    const walk = (node: Element, depth: number) => {
      const id = node.id ? `#${node.id}` : '';
      const classes = Array.from(node.classList)
        .map((c) => `.${c}`)
        .join('');
      const attrs = Array.from(node.attributes)
        .filter((a) => a.name !== 'id' && a.name !== 'class')
        .map((a) => (a.value === '' ? a.name : `${a.name}=${a.value}`))
        .sort();
      // Text beside child elements keeps its place among them, each piece on a line of its own (`| text`).
      const texts = Array.from(node.childNodes).filter((c) => c.nodeType === Node.TEXT_NODE);
      const mixed = node.children.length > 0 && texts.some((c) => (c.textContent ?? '').trim() !== '');
      const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
      const own = mixed ? '' : tidy(texts.map((c) => c.textContent ?? '').join(''));
      const parts = [`${node.tagName.toLowerCase()}${id}${classes}`];
      if (attrs.length > 0) parts.push(`[${attrs.join(' ')}]`);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) parts.push(`=${JSON.stringify(node.value)}`);
      if (node instanceof HTMLOptionElement && node.selected) parts.push('*');
      if (own) parts.push(own);
      lines.push(`${'  '.repeat(depth)}${parts.join(' ')}`);
      for (const child of Array.from(node.childNodes)) {
        if (child instanceof Element) walk(child, depth + 1);
        else if (mixed && child.nodeType === Node.TEXT_NODE && tidy(child.textContent ?? '')) lines.push(`${'  '.repeat(depth + 1)}| ${tidy(child.textContent ?? '')}`);
      }
    };
    walk(root, 0);
    return lines;
  }, selector);
}
