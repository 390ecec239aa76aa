/**
 * The labels kept on the line of their number (src/core/ruleset/number-labels.ts), typed by hand
 * from Nghị định 30/2020/NĐ-CP Phụ lục I (phần, chương in Roman numerals; mục, tiểu mục, điều,
 * khoản in digits; điểm by letters), its Điều 7 kinds of document, and the circulars' words.
 */
import { describe, expect, it } from 'vitest';
import { NUMBER_LABELS } from '../../../src/core/ruleset/number-labels';

describe('NUMBER_LABELS', () => {
  it('holds every label with how its number is written and how sure we are of it', () => {
    expect(NUMBER_LABELS.map((l) => `${l.label}: ${l.numbering.join('+')} (${l.provenance.status})`)).toEqual([
      'phần: roman+arabic (secondary)',
      'chương: roman+arabic (secondary)',
      'mục: roman+arabic (secondary)',
      'tiểu mục: roman+arabic (secondary)',
      'điều: arabic (secondary)',
      'khoản: arabic (secondary)',
      'điểm: letter (secondary)',
      'phụ lục: roman+arabic (secondary)',
      'mẫu: arabic (secondary)',
      'luật: arabic (secondary)',
      'nghị quyết: arabic (secondary)',
      'nghị định: arabic (secondary)',
      'quyết định: arabic (secondary)',
      'thông tư: arabic (secondary)',
      'chỉ thị: arabic (secondary)',
      'kế hoạch: arabic (secondary)',
      'báo cáo: arabic (secondary)',
      'tờ trình: arabic (secondary)',
      'công văn: arabic (secondary)',
      'thông báo: arabic (secondary)',
      'hướng dẫn: arabic (secondary)',
      'biên bản: arabic (secondary)',
      'số: arabic (secondary)',
      'ngày: arabic (secondary)',
      'tháng: arabic (secondary)',
      'năm học: arabic (secondary)',
      'năm: arabic (secondary)',
      'quý: arabic (secondary)',
      'mức độ: arabic (verbatim)',
      'mức: arabic (unverified)',
      'tiêu chí: arabic (verbatim)',
      'chỉ tiêu: arabic (verbatim)',
      'tiêu chuẩn: arabic (verbatim)',
      '≥: arabic (unverified)',
      '≤: arabic (unverified)',
    ]);
  });

  it('writes each label as the typesetter compares it: lower case, composed, one space between words, each once, with a legal reference', () => {
    const labels = NUMBER_LABELS.map((l) => l.label);
    expect(labels.filter((l) => l !== l.toLowerCase() || l !== l.normalize('NFC') || /\s{2}|^\s|\s$|\u00a0/.test(l))).toEqual([]);
    expect(new Set(labels).size).toBe(labels.length);
    expect(NUMBER_LABELS.filter((l) => l.provenance.ref.trim() === '' || l.numbering.length === 0)).toEqual([]);
    expect(NUMBER_LABELS.filter((l) => l.provenance.status === 'secondary' && !l.provenance.ref.startsWith('Nghị định 30/2020/NĐ-CP')).map((l) => l.label)).toEqual([]);
  });
});
