/**
 * How renderers set the model's text (src/core/documents/typeset.ts): composed (NFC), a label kept
 * on the line of its number, quotes and apostrophes curled, nested double quotes printed ‘…’, a
 * document number written as Nghị định 30/2020 writes it (no space around its solidus), nothing
 * else changed and, past composing, the length kept but for those spaces (the word joiners that keep
 * a number whole are added where a line could end inside it: whole-numbers.test.ts). Expected
 * texts are typed by hand from the sample documents' sentences and the legal texts; "_" in an
 * expectation stands for the no-break space \u00a0, written out where it matters.
 */
import { describe, expect, it } from 'vitest';
import type { Run } from '../../src/core/documents/model';
import { bindNumbers, curlyQuotes, typeset, typesetParagraph } from '../../src/core/documents/typeset';

const nb = (text: string) => text.replace(/_/g, '\u00a0');

describe('bindNumbers', () => {
  it.each([
    // The assessment's labels.
    ['Kết quả: đạt 15/15 chỉ tiêu Mức độ 1; 12/15 chỉ tiêu Mức độ 2.', 'Kết quả: đạt 15/15 chỉ tiêu Mức_độ_1; 12/15 chỉ tiêu Mức_độ_2.'],
    ['các chỉ tiêu không đạt Mức độ 1: chỉ tiêu 2.2 và chỉ tiêu 5.1.', 'các chỉ tiêu không đạt Mức_độ_1: chỉ_tiêu_2.2 và chỉ_tiêu_5.1.'],
    ['Chỉ tiêu 4.3. Xã đạt chuẩn mức độ 2', 'Chỉ_tiêu_4.3. Xã đạt chuẩn mức_độ_2'],
    ['(yêu cầu để công nhận Mức độ 1: ≥ 60%; Mức độ 2: ≥ 80%).', '(yêu cầu để công nhận Mức_độ_1: ≥_60%; Mức_độ_2: ≥_80%).'],
    ['Tiêu chí 2. Huy động nguồn lực: không đạt Mức độ 1', 'Tiêu_chí_2. Huy động nguồn lực: không đạt Mức_độ_1'],
    ['tự đánh giá tiêu chí 4: đạt', 'tự đánh giá tiêu_chí_4: đạt'],
    ['MỨC ĐỘ 1', 'MỨC\u00a0ĐỘ\u00a01'],
    ['phổ cập giáo dục mức 2; Tiêu chuẩn 3', 'phổ cập giáo dục mức_2; Tiêu_chuẩn_3'],
    ['≤ 5', '≤_5'],
    // The parts of a legal text, in any case.
    ['Đối chiếu với Điều 6, Điều 7 và Điều 8; theo khoản 2 Điều 4', 'Đối chiếu với Điều_6, Điều_7 và Điều_8; theo khoản_2 Điều_4'],
    ['quy định tại điều 5', 'quy định tại điều\u00a05'],
    ['Điều 5', 'Điều\u00a05'],
    ['khoản 2', 'khoản\u00a02'],
    ['ĐIỀU 6', 'ĐIỀU\u00a06'],
    ['Khoản 1 Điều 5 Chương 2 Mục 3 Phụ lục 2', 'Khoản_1 Điều_5 Chương_2 Mục_3 Phụ_lục_2'],
    // A kind of document before its number, with or without "số".
    ['Quyết định 324/QĐ-KHVN', 'Quyết\u00a0định\u00a0324/QĐ-KHVN'],
    ['Thông tư 25/2023/TT-BGDĐT', 'Thông\u00a0tư\u00a025/2023/TT-BGDĐT'],
    ['Nghị định 20/2014/NĐ-CP', 'Nghị\u00a0định\u00a020/2014/NĐ-CP'],
    ['Căn cứ Luật 43/2019/QH14 và Nghị quyết 12-NQ/ĐU', 'Căn cứ Luật_43/2019/QH14 và Nghị_quyết_12-NQ/ĐU'],
    ['Chỉ thị 05-CT/TW; Kế hoạch 12/KH-UBND; Báo cáo 45/BC-UBND; Tờ trình 15/TTr-UBND', 'Chỉ_thị_05-CT/TW; Kế_hoạch_12/KH-UBND; Báo_cáo_45/BC-UBND; Tờ_trình_15/TTr-UBND'],
    ['Công văn 88/UBND-VX, Thông báo 3/TB-UBND, Hướng dẫn 7/HD-SGDĐT, Biên bản 2/BB', 'Công_văn_88/UBND-VX, Thông_báo_3/TB-UBND, Hướng_dẫn_7/HD-SGDĐT, Biên_bản_2/BB'],
    ['QUYẾT ĐỊNH 1520/QĐ-UBND', 'QUYẾT_ĐỊNH_1520/QĐ-UBND'],
    // "số" binds, not the kind before it.
    ['Căn cứ Thông tư số 25/2023/TT-BGDĐT ngày 28/12/2023', 'Căn cứ Thông tư số_25/2023/TT-BGDĐT ngày_28/12/2023'],
    ['Nghị quyết số 12-NQ/ĐU ngày 15/01/2025', 'Nghị quyết số_12-NQ/ĐU ngày_15/01/2025'],
    ['Số 1520/QĐ-UBND', 'Số_1520/QĐ-UBND'],
    ['Xã Số 17', 'Xã Số_17'],
    // Dates.
    ['ngày 12/02/2024', 'ngày\u00a012/02/2024'],
    ['Hòa An, ngày 05 tháng 3 năm 2026', 'Hòa An, ngày_05 tháng_3 năm_2026'],
    ['Năm 2025; quý 3 năm học 2024-2025', 'Năm_2025; quý_3 năm_học_2024-2025'],
    // Spaces typed twice are all bound; a text typeset once is not changed again.
    ['Mức  độ  1', 'Mức__độ__1'],
    ['Mức\u00a0độ 1', 'Mức_độ_1'],
    // Parts numbered in Roman numerals, in capitals (Nghị định 30/2020, Phụ lục I), and points by letters.
    ['Chương II. TỔ CHỨC THỰC HIỆN', 'Chương_II. TỔ CHỨC THỰC HIỆN'],
    ['Phụ lục I kèm theo Báo cáo', 'Phụ_lục_I kèm theo Báo cáo'],
    ['PHẦN III; CHƯƠNG XI; Mục IV; Tiểu mục 2; Phần 1', 'PHẦN_III; CHƯƠNG_XI; Mục_IV; Tiểu_mục_2; Phần_1'],
    ['theo điểm a khoản 2 Điều 5 và điểm đ khoản 1', 'theo điểm_a khoản_2 Điều_5 và điểm_đ khoản_1'],
    ['Mẫu 1.9 Phụ lục III', 'Mẫu_1.9 Phụ_lục_III'],
    ['Chương\u00a0II', 'Chương_II'],
    ['CHƯƠNG XXXVIII: the longest numeral read', 'CHƯƠNG_XXXVIII: the longest numeral read'],
  ])('%s', (text, expected) => {
    expect(bindNumbers(text)).toBe(nb(expected));
  });

  it.each([
    // No number after the label.
    'Mức độ đối chiếu: Mức độ đề nghị công nhận',
    'Tổng số điểm',
    'Tổng số: 14 minh chứng.',
    'Không có điểm nóng trong năm.',
    'số liệu tính từ ngày',
    'Quyết định số',
    'theo Thông tư này',
    // A label inside or at the end of a longer word, or a number before the label.
    'Đồngsố 5',
    'Giáo dục 2019',
    'Tổngđiều 5',
    'đạt 85 điểm',
    '',
    // A word after a label that is not the number it takes: lower-case or longer Roman-looking words, a capital after "điểm", Roman after a label numbered in digits.
    'phần lớn các thôn',
    'Chương trình hành động',
    'Mục lục; Phần mềm; Mục Vì',
    'phần i',
    'Phần IVa',
    'Phần XXXVIIIa',
    'điểm A; điểm an toàn; điểm 9',
    'Điều I; tháng V; Số II',
  ])('leaves %j as it is', (text) => {
    expect(bindNumbers(text)).toBe(text);
  });
});

describe('curlyQuotes', () => {
  it.each([
    ['Tỷ lệ công dân trong xã đạt danh hiệu "Công dân học tập" (Quyết định 324/QĐ-KHVN)', 'Tỷ lệ công dân trong xã đạt danh hiệu “Công dân học tập” (Quyết định 324/QĐ-KHVN)'],
    ['1.812 hộ đạt "Gia đình hiếu học"; 9/9 thôn đạt "Cộng đồng khuyến học".', '1.812 hộ đạt “Gia đình hiếu học”; 9/9 thôn đạt “Cộng đồng khuyến học”.'],
    ['"Không xếp loại" là các xã', '“Không xếp loại” là các xã'],
    ["danh hiệu 'Công dân học tập'", 'danh hiệu ‘Công dân học tập’'],
    ['("Cộng đồng học tập")', '(“Cộng đồng học tập”)'],
    ['"15"', '“15”'],
    // Nested: each closing quote takes the nearest open one of its kind.
    ['"a \'b\' c"', '“a ‘b’ c”'],
    ['\'x "y" z\'', '‘x “y” z’'],
    // Double quotes inside double quotes print ‘…’, inside those “…” again (Vietnamese practice); single quotes stay single.
    ['"a "b" c"', '“a ‘b’ c”'],
    ['"a "b "c" b" a"', '“a ‘b “c” b’ a”'],
    ['"a \'b "c" b\' a"', '“a ‘b “c” b’ a”'],
    ['"x" và "y" trong "z "t" z"', '“x” và “y” trong “z ‘t’ z”'],
    ['Biên bản ghi: "Ông A nói: "Thôn đạt "Cộng đồng học tập"" rồi."', 'Biên bản ghi: “Ông A nói: ‘Thôn đạt “Cộng đồng học tập”’ rồi.”'],
    ["“a 'b' c”", '“a ‘b’ c”'],
    ['“a "b" c”', '“a ‘b’ c”'],
    ['‘a "b" c’', '‘a “b” c’'],
    // Unbalanced: the quotes that pair are curled, the others stay as typed, nothing is dropped.
    ['"a "b" c', '"a “b” c'],
    ['"a "b c"', '"a “b c”'],
    ['a" "b', 'a" "b'],
    ['"a” "b"', '“a” “b”'],
    // An apostrophe inside a word opens nothing.
    ["xã Đ'rao, dân tộc H'Mông", 'xã Đ’rao, dân tộc H’Mông'],
    ["'H'Mông'", '‘H’Mông’'],
    ["\"Đ'rao\" và 'Ê Đê'", '“Đ’rao” và ‘Ê Đê’'],
    // A name's apostrophe before a space, as Ê Đê and Gia Rai names are written (H’ Leo, H’ Hen Niê).
    ["bà H' Leo và bà H' Hen Niê, xã Ea H'Leo", 'bà H’ Leo và bà H’ Hen Niê, xã Ea H’Leo'],
    ["'Ê Đê' của H' Leo", '‘Ê Đê’ của H’ Leo'],
    ["Y' Blô, H'", 'Y’ Blô, H’'],
    ['"H\' Leo"', '“H’ Leo”'],
    // Already curly, a lone quote, inches, minutes, a pair split over two lines, an inner quote never closed: as typed.
    ['đạt “Cộng đồng học tập” cấp xã', 'đạt “Cộng đồng học tập” cấp xã'],
    ['màn hình 15" cũ', 'màn hình 15" cũ'],
    ["lúc 5'30", "lúc 5'30"],
    ["H 'Leo", "H 'Leo"],
    ["số 5' và 7'", "số 5' và 7'"],
    ['"dòng một\ndòng hai"', '"dòng một\ndòng hai"'],
    ['"a \'b c"', "“a 'b c”"],
    ['" " \' \'', '" " \' \''],
    ['', ''],
  ])('%s', (text, expected) => {
    expect(curlyQuotes(text)).toBe(expected);
  });
});

describe('typeset', () => {
  it('curls the quotes and binds the labels, keeping the length, a document number as typed', () => {
    const text = 'Tỷ lệ "Công dân học tập" đạt Mức độ 1: ≥ 60% (Quyết định 324/QĐ-KHVN, xã Đ\'rao)';
    expect(typeset(text)).toBe(nb('Tỷ lệ “Công dân học tập” đạt Mức_độ_1: ≥_60% (Quyết_định_324/QĐ-KHVN, xã Đ’rao)'));
    expect(typeset(text)).toHaveLength(text.length);
  });
});

/**
 * A legal document's number ("số/năm/KÝ-HIỆU") is written as Nghị định 30/2020 writes it, "15/TTr-UBND":
 * spaces typed around its solidus dropped (review 13e F11), word joiners already in it kept (layout
 * puts them where a line could end inside it: whole-numbers.test.ts), nothing else changed.
 */
describe('typeset: a legal document number as the decree writes it', () => {
  it.each([
    ['Căn cứ Thông tư số 25 / 2023 / TT-BGDĐT ngày 27 tháng 12 năm 2023', 'Căn cứ Thông tư số_25/2023/TT-BGDĐT ngày_27 tháng_12 năm_2023'],
    ['Nghị định số 20/2014/NĐ-CP; Thông tư 44 /2014/TT-BGDĐT.', 'Nghị định số_20/2014/NĐ-CP; Thông_tư_44/2014/TT-BGDĐT.'],
    ['(số 42 /BC-UBND), Quyết định 123/ QĐ-UBND, Nghị quyết 12-NQ/ĐU', '(số_42/BC-UBND), Quyết_định_123/QĐ-UBND, Nghị_quyết_12-NQ/ĐU'],
    ['Số: 15 /\u2060TTr-\u2060UBND; 01/2011/TTLT-BGDĐT-BNV', 'Số: 15/\u2060TTr-\u2060UBND; 01/2011/TTLT-BGDĐT-BNV'],
    // No-break spaces pasted from Word around the solidus are dropped as ordinary ones are.
    ['Số: 15\u00a0/\u00a0TTr-UBND', 'Số: 15/TTr-UBND'],
    // No document number, its spaces kept: a fraction, a date, codes, a range, a name with a hyphen, a school's number.
    [
      'đạt 15 / 20 thôn; ngày 28/12/2025; chỉ tiêu 1.1-1.3; Văn Miếu - Quốc Tử Giám; COVID-19; Trường Mầm non 19/5; H1.01',
      'đạt 15 / 20 thôn; ngày_28/12/2025; chỉ_tiêu_1.1-1.3; Văn Miếu - Quốc Tử Giám; COVID-19; Trường Mầm non 19/5; H1.01',
    ],
  ])('%s', (text, expected) => {
    expect(typeset(text)).toBe(nb(expected));
  });

  it('in a paragraph, whatever run the number is in (both renderers write typesetParagraph)', () => {
    const style = { align: 'justify' as const, sizePt: 14 };
    const paragraph = { kind: 'paragraph' as const, runs: [{ text: 'Thông tư số ' }, { text: '25 /2023/TT-BGDĐT', bold: true }, { text: '.' }], style };
    expect(typesetParagraph(paragraph).runs.map((r) => r.text)).toEqual(['Thông tư số\u00a0', '25/2023/TT-BGDĐT', '.']);
  });
});

describe('typeset: text composed (NFC) once, where it enters', () => {
  const nfd = (text: string) => text.normalize('NFD');

  it.each([
    // Typed decomposed (macOS copies, some keyboards): composed, then labels found as typed composed.
    [nfd('Chương II. Phụ lục I; Mức độ 1; QUYẾT ĐỊNH 15/QĐ-UBND'), 'Chương_II. Phụ_lục_I; Mức_độ_1; QUYẾT_ĐỊNH_15/QĐ-UBND'],
    [nfd('"Cộng đồng học tập" của bà H\' Leo'), '“Cộng đồng học tập” của bà H’ Leo'],
    // Composing changes nothing else: compatibility characters (½, ², ﬁ, ™) are kept, as NFKC would not keep them.
    ['Ủy ban nhân dân xã Ea Tân, tỉnh Đắk Lắk: ½ diện tích 12 m², ﬁle™', 'Ủy ban nhân dân xã Ea Tân, tỉnh Đắk Lắk: ½ diện tích 12 m², ﬁle™'],
  ])('%s', (text, expected) => {
    expect(typeset(text)).toBe(nb(expected));
  });

  it('typesetting twice changes nothing', () => {
    const texts = ['"a "b "c" b" a"', "bà H' Leo", 'Chương II; Mức\u00a0độ 1', '"a "b" c', nfd('"Đắk Lắk"')];
    expect(texts.map((t) => typeset(typeset(t)))).toEqual(texts.map((t) => typeset(t)));
  });

  it('never throws and never drops or adds a character, whatever the quotes (fixed seed)', () => {
    let seed = 13;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = ['"', "'", '“', '”', '‘', '’', 'a', 'H', '5', ' ', '\n', '(', '.'];
    const quotes = new Set(['"', "'", '“', '”', '‘', '’']);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const out = curlyQuotes(text);
      expect(out).toHaveLength(text.length);
      // Only quotes change, and only into quotes.
      expect([...out].filter((c, i) => c !== text[i] && !(quotes.has(c) && quotes.has(text[i])))).toEqual([]);
      expect(curlyQuotes(out)).toBe(out);
    }
  });
});

describe('typesetParagraph', () => {
  it('typesets the joined text once and cuts it back into the runs, their styles kept, when a label or a quote spans two runs', () => {
    const style = { align: 'justify' as const, sizePt: 14 };
    const paragraph = {
      kind: 'paragraph' as const,
      runs: [{ text: 'đạt Mức độ' }, { text: ' 1', bold: true }, { text: ', danh hiệu "Công dân', italic: true }, { text: ' học tập"', mark: 'fill' as const, gap: 'g' }, { text: '' }],
      style,
    };
    expect(typesetParagraph(paragraph)).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'đạt Mức\u00a0độ' }, { text: '\u00a01', bold: true }, { text: ', danh hiệu “Công dân', italic: true }, { text: ' học tập”', mark: 'fill', gap: 'g' }, { text: '' }],
      style,
    });
    expect(typesetParagraph({ kind: 'paragraph', runs: [], style })).toEqual({ kind: 'paragraph', runs: [], style });
  });

  it('composes each run, so runs typed decomposed come out shorter and a label spanning two is still bound', () => {
    const style = { align: 'left' as const, sizePt: 13 };
    const paragraph = { kind: 'paragraph' as const, runs: [{ text: 'Chương'.normalize('NFD') }, { text: ' II. Tổ chức'.normalize('NFD'), bold: true }], style };
    expect(typesetParagraph(paragraph)).toEqual({ kind: 'paragraph', runs: [{ text: 'Chương' }, { text: '\u00a0II. Tổ chức', bold: true }], style });
  });
});

/**
 * A quotation the commune typed around a document and its address ('"Quyết định số 12/QĐ-UBND
 * https://…"'): the address is printed as the code of its evidence ("minh chứng H1.03"), our words,
 * not the commune's, so the quotation closes before it and holds only the commune's words:
 * “Quyết định số 12/QĐ-UBND” minh chứng H1.03. A quotation that opens on a code opens after it; one
 * holding only codes is printed without its marks; a code inside the quoted words stays there.
 * Expected texts typed by hand.
 */
describe('typesetParagraph: a quotation around an address and more', () => {
  const style = { align: 'justify' as const, sizePt: 14 };
  const code = (text: string, address = 'https://drive.google.com/x') => ({ text, address });
  const set = (...runs: Run[]) => typesetParagraph({ kind: 'paragraph', runs, style }).runs;

  it('closes before the code that ends it (and the sentence mark after the code), the code after the quotation', () => {
    expect(set({ text: 'Căn cứ "Quyết định số 12/QĐ-UBND ' }, code('minh chứng H1.03'), { text: '" của xã.' })).toEqual([
      // "số" is bound to its number, as everywhere.
      { text: 'Căn cứ “Quyết định số\u00a012/QĐ-UBND” ' },
      code('minh chứng H1.03'),
      { text: ' của xã.' },
    ]);
    expect(set({ text: '"Kế hoạch ', bold: true }, code('minh chứng H1.01'), { text: '."' })).toEqual([{ text: '“Kế hoạch” ', bold: true }, code('minh chứng H1.01'), { text: '.' }]);
  });

  // Every sentence mark between the code and the closing mark is stepped over, not only the last: stepping over
  // one, the code is no longer found at the quotation's end and the quotation holds our words ("“Học nữa, học
  // mãi minh chứng H1.01!!”").
  it('closes before the code when two sentence marks follow it, both marks staying after the code', () => {
    expect(set({ text: 'Khẩu hiệu "Học nữa, học mãi ' }, code('minh chứng H1.01'), { text: '!!"' })).toEqual([{ text: 'Khẩu hiệu “Học nữa, học mãi” ' }, code('minh chứng H1.01'), { text: '!!' }]);
    expect(set({ text: '"Có làm được không ' }, code('minh chứng H1.01'), { text: '?!"' })).toEqual([{ text: '“Có làm được không” ' }, code('minh chứng H1.01'), { text: '?!' }]);
  });

  it('closes before several codes at its end, a gap standing for an address as a code does', () => {
    const gap = { text: '[Cần bổ sung: mã của minh chứng dòng 7]', italic: true, mark: 'fill' as const, gap: 'g', address: 'https://a.vn/y' };
    expect(set({ text: 'Biên bản "Họp thôn ' }, code('minh chứng H1.02'), { text: ', ' }, gap, { text: '"' })).toEqual([
      { text: 'Biên bản “Họp thôn” ' },
      code('minh chứng H1.02'),
      { text: ', ' },
      gap,
      { text: '' },
    ]);
  });

  it('puts a moved mark into the run of the quoted word beside it, not into the spaces before that word', () => {
    expect(set({ text: 'Ảnh "' }, code('minh chứng H1.02'), { text: ' ' }, { text: 'lớp học"', bold: true })).toEqual([
      { text: 'Ảnh ' },
      code('minh chứng H1.02'),
      { text: ' ' },
      { text: '“lớp học”', bold: true },
    ]);
    expect(set({ text: '"Kế hoạch', bold: true }, { text: ' ' }, code('minh chứng H1.01'), { text: '"' })).toEqual([
      { text: '“Kế hoạch”', bold: true },
      { text: ' ' },
      code('minh chứng H1.01'),
      { text: '' },
    ]);
  });

  it('opens after the code that starts it, and drops the marks of a quotation holding only codes', () => {
    expect(set({ text: 'Ảnh "' }, code('minh chứng H1.02'), { text: ' lớp học" và "' }, code('minh chứng H1.04'), { text: '; ' }, code('minh chứng H1.05'), { text: '".' })).toEqual([
      { text: 'Ảnh ' },
      code('minh chứng H1.02'),
      { text: ' “lớp học” và ' },
      code('minh chứng H1.04'),
      { text: '; ' },
      code('minh chứng H1.05'),
      { text: '.' },
    ]);
  });

  it('leaves a code inside the quoted words, a code glued to a word, a mark without its pair and a run that is no code', () => {
    expect(set({ text: '"Xem ' }, code('minh chứng H1.01'), { text: ' và ảnh"' })).toEqual([{ text: '“Xem ' }, code('minh chứng H1.01'), { text: ' và ảnh”' }]);
    expect(set({ text: '"Xem:' }, code('minh chứng H1.01'), { text: '"' })).toEqual([{ text: '“Xem:' }, code('minh chứng H1.01'), { text: '”' }]);
    expect(set({ text: '"' }, code('minh chứng H1.01'), { text: ': ảnh"' })).toEqual([{ text: '“' }, code('minh chứng H1.01'), { text: ': ảnh”' }]);
    expect(set({ text: 'Màn hình 15" ' }, code('minh chứng H1.01'), { text: '"' })).toEqual([{ text: 'Màn hình 15" ' }, code('minh chứng H1.01'), { text: '"' }]);
    expect(set({ text: '"Công dân ' }, { text: 'học tập', bold: true }, { text: '"' })).toEqual([{ text: '“Công dân ' }, { text: 'học tập', bold: true }, { text: '”' }]);
  });
});
