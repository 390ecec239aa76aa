/**
 * The offices a commune's dossier names (Kính gửi, Nơi nhận, a document's issuer), typed in capitals as
 * they are on a seal or a letterhead, written as Nghị định 30/2020/NĐ-CP, Phụ lục II writes a body's
 * name: a capital on the kind of body and on the first word of each field ("Sở Dân tộc và Tôn giáo").
 * The names are the province's specialised offices after the 2025 reorganisation (Nghị định
 * 45/2025/NĐ-CP) and a commune's offices after 07/2025, typed here by hand. "Công Thương" keeps both
 * capitals: it is the field's own name, as the ministry writes it.
 */
import { describe, expect, it } from 'vitest';
import { bodyName } from '../../src/core/documents/wording';

const OFFICES = [
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Dân tộc và Tôn giáo',
  'Sở Ngoại vụ',
  'Ban Dân tộc',
  'Ban Tôn giáo',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
];

describe("an office's name typed in capitals", () => {
  it.each(OFFICES)('"%s" is written with capitals on its kind and on each field’s first word only', (name) => {
    expect(bodyName(name.toUpperCase())).toBe(name);
  });

  it.each(OFFICES)('"%s" typed as written stays as written', (name) => {
    expect(bodyName(name)).toBe(name);
  });
});
