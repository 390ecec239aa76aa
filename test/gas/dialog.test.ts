/** src/gas/dialog.ts: the HTML of a dialog, every text escaped (HtmlService shows it as HTML). */
import { describe, expect, it } from 'vitest';
import { dialogHtml } from '../../src/gas/dialog';

describe('dialogHtml', () => {
  it('one paragraph a line, a link opening in a new tab, in the dialog’s font', () => {
    expect(dialogHtml([{ text: 'Đã tạo báo cáo năm 2025.' }, { text: 'Mở báo cáo', url: 'https://docs.google.com/document/d/1abc/edit' }])).toBe(
      '<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4">' +
        '<p>Đã tạo báo cáo năm 2025.</p>' +
        '<p><a href="https://docs.google.com/document/d/1abc/edit" target="_blank" rel="noopener">Mở báo cáo</a></p>' +
        '</div>',
    );
  });

  it('escapes & < > " and \' in texts and addresses, so a commune’s name cannot become markup', () => {
    expect(dialogHtml([{ text: `Xã <b>"Tân" & 'Lập'</b>` }, { text: 'a<b', url: 'https://x.vn/?a=1&b="2"' }])).toBe(
      '<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4">' +
        '<p>Xã &#60;b&#62;&#34;Tân&#34; &#38; &#39;Lập&#39;&#60;/b&#62;</p>' +
        '<p><a href="https://x.vn/?a=1&#38;b=&#34;2&#34;" target="_blank" rel="noopener">a&#60;b</a></p>' +
        '</div>',
    );
  });

  it('an empty address is no link', () => {
    expect(dialogHtml([{ text: 'Không có liên kết', url: '' }])).toBe('<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.4"><p>Không có liên kết</p></div>');
  });
});
