/**
 * What an indicator row's old "Minh chứng (liên kết)" cell holds, read the same way by the sidebar
 * (which shows it and offers "Đưa vào danh mục") and by the dossier (which lists its links in the
 * annex): a link written with the sentence's punctuation around it, or in brackets, is the same
 * link in both, and text that is no link is named in the checklist, not dropped. Found by the
 * newcomer review of issue 13.
 */
import { describe, expect, it } from 'vitest';
import { evidenceCatalogue } from '../../src/core/documents/dossier/evidence';
import { resolveRuleset } from '../../src/core/ruleset/resolve';
import type { EvidenceItem } from '../../src/core/workbook/evidence';
import { oldLinkCell, withoutLinks } from '../../src/core/workbook/evidence';
import type { IndicatorEvidence } from '../../src/core/workbook/snapshot';
import { linkProblem } from '../../src/client/fields';

const ruleset = resolveRuleset('TT25');
const row = (links: string): IndicatorEvidence => ({ description: '', links, owner: '' });
const item = (code: string, link: string): EvidenceItem => ({ code, name: 'Biên bản họp', reference: '', issuer: 'UBND xã', link, indicators: ['TC1.2'], row: 5 });

describe("an indicator row's old link cell", () => {
  it('splits links from other text, a link losing the punctuation or bracket around it', () => {
    expect(oldLinkCell('Xem (https://drive.google.com/file/d/abc), và https://drive.google.com/drive/folders/xyz. Bản giấy lưu ở tủ hồ sơ UBND')).toEqual({
      links: ['https://drive.google.com/file/d/abc', 'https://drive.google.com/drive/folders/xyz'],
      other: 'Xem, và. Bản giấy lưu ở tủ hồ sơ UBND',
    });
    expect(oldLinkCell('  ')).toEqual({ links: [], other: '' });
    expect(oldLinkCell('https://a.vn/x\nhttps://a.vn/x')).toEqual({ links: ['https://a.vn/x'], other: '' });
  });

  it('the sidebar does not call a link in brackets or before a full stop "not a link"', () => {
    expect(linkProblem('TC1.2', '(https://drive.google.com/file/d/abc)')).toBeNull();
    expect(linkProblem('TC1.2', 'https://drive.google.com/file/d/abc.')).toBeNull();
    expect(linkProblem('TC1.2', 'https://a.vn/x; tủ hồ sơ')).toContain('"tủ hồ sơ" không phải là liên kết');
    // An address written wrong is named with what is wrong, in the words the dossier's checklist uses.
    expect(linkProblem('TC1.2', 'http//a.vn/x https:/b.vn')).toBe(
      'Chỉ tiêu TC1.2: minh chứng "http//a.vn/x https:/b.vn" không phải là liên kết ("http//a.vn/x": thiếu dấu ":" sau "http"; "https:/b.vn": sau "https:" cần hai dấu "/"); cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).',
    );
    expect(linkProblem('TC1.2', 'htps://a.vn/x')).toBe(
      'Chỉ tiêu TC1.2: minh chứng "htps://a.vn/x" không phải là liên kết ("htps://a.vn/x": "htps://" viết sai, cần "https://" hoặc "http://"); cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).',
    );
  });

  it('a link the list holds with the punctuation it was copied with is not listed a second time', () => {
    const catalogue = evidenceCatalogue([item('H1.03', 'https://drive.google.com/file/d/abc.')], new Map([['TC1.2', row('https://drive.google.com/file/d/abc.')]]), ruleset, 'xã');
    expect(catalogue.items.map((i) => i.code)).toEqual(['H1.03']);
    expect(catalogue.checks).toEqual([]);
  });

  it('text that is no link is named in the checklist, with its indicator', () => {
    const catalogue = evidenceCatalogue([], new Map([['TC1.2', row('Quyết định 15/QĐ-UBND, bản giấy lưu tại văn phòng')]]), ruleset, 'xã');
    expect(catalogue.items).toEqual([]);
    expect(catalogue.checks).toHaveLength(1);
    expect(catalogue.checks[0]).toContain('1.2');
    expect(catalogue.checks[0]).toContain('"Quyết định 15/QĐ-UBND, bản giấy lưu tại văn phòng"');
    expect(catalogue.checks[0]).toContain('Minh chứng (liên kết)');
    expect(catalogue.checks[0]).toContain('ghi ở trang "Danh mục minh chứng"');
  });

  it("a description's link is taken out with what only introduced it, leaving no empty bracket", () => {
    expect(withoutLinks('Đã mở 12 lớp (danh sách: https://drive.google.com/file/d/abc).')).toBe('Đã mở 12 lớp (danh sách).');
    expect(withoutLinks('Đã mở 12 lớp (https://drive.google.com/file/d/abc), đạt 100%.')).toBe('Đã mở 12 lớp, đạt 100%.');
  });
});
