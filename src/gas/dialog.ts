/** A dialog's content: lines of text, some with a link. Shared by the add-on and the roll-up. */
export interface DialogLine {
  text: string;
  url?: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The dialog as HTML: every text escaped, links opening in a new tab. */
export function dialogHtml(lines: DialogLine[]): string {
  const body = lines.map((line) => (line.url ? `<p><a href="${escapeHtml(line.url)}" target="_blank" rel="noopener">${escapeHtml(line.text)}</a></p>` : `<p>${escapeHtml(line.text)}</p>`)).join('');
  return `<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4">${body}</div>`;
}
