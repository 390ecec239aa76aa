/**
 * Every sample dossier the demo writes (TT25 passing, Mức độ 2, failing, incomplete; TT44 2021):
 * a complete document holds nothing for review (no "[Cần …]" marker) and no raw link outside the
 * "Danh mục minh chứng"; what is unverified or missing is in the checklist instead.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/core/documents/dossier/dossier';
import { documentText } from '../../src/core/documents/plain-text';
import { fitLine, keepTogether, lower } from '../../src/core/documents/layout';
import { sampleDossiers } from '../fixtures/dossiers';
import { SAMPLE_TT44_DESCRIPTIONS, SAMPLE_TT44_EVIDENCE } from '../fixtures/sample-commune';
import { sampleSummary } from '../../scripts/summary';

const built = sampleDossiers().map((sample) => {
  const result = buildDossier(sample.assessment, sample.date);
  if (!result.ok) throw new Error(`${sample.name}: ${result.missing.join(' ')}`);
  return { sample, result };
});

describe('sample dossiers', () => {
  for (const { sample, result } of built) {
    it(`${sample.name}: ${sample.complete ? 'no review marker, no link outside the evidence list' : 'gaps shown and listed'}`, () => {
      for (const doc of result.documents) {
        const text = documentText(doc);
        const complete = !result.incomplete.includes(doc.title);
        if (complete) expect(text, doc.title).not.toMatch(/\[Cần (bổ sung|kiểm tra)/);
        if (doc.kind !== 'evidence') expect(text, doc.title).not.toMatch(/https?:\/\//);
        // Nor the workbook's sub-codes, in prose or in a table's Mã column (TC5.2a, 5.2b): TT25 numbers chỉ tiêu 5.2 only.
        expect(text, doc.title).not.toMatch(/(TC)?\d+\.\d+[ab]\b/);
      }
      expect(result.incomplete.length === 0).toBe(sample.complete);
      if (!sample.complete) expect(result.checklist.some((c) => c.includes('kết quả thực hiện của chỉ tiêu 2.3'))).toBe(true);
    });
  }

  it("names the commune's and the district's bodies by their names, never by the legal text's roles", () => {
    // TT44 Điều 5, 6 say "hội khuyến học cấp xã", "chủ tịch ủy ban nhân dân cấp xã": a document names Hội Khuyến học xã Hòa An.
    for (const { sample, result } of built) {
      for (const doc of result.documents) expect(documentText(doc), `${sample.name}: ${doc.title}`).not.toMatch(/(hội khuyến học|ủy ban nhân dân) cấp (xã|huyện|tỉnh)/i);
    }
  });

  it('TT44 (2021): each criterion is described and evidenced under its own heading (Điều 3: 9 covers both titles, 13 and 14 are separate)', () => {
    // A few words of each criterion's name in Điều 3 that its description must speak of.
    const about: Record<string, RegExp> = { TC9: /hiếu học/, TC10: /Khu dân cư văn hóa/, TC11: /hộ nghèo/, TC12: /bình đẳng giới/, TC13: /vệ sinh|môi trường/, TC14: /sức khỏe|y tế/ };
    for (const [code, words] of Object.entries(about)) expect(SAMPLE_TT44_DESCRIPTIONS[code], code).toMatch(words);
    // Codes by criterion: H10.01 is the first item of criterion 10, so it supports it.
    for (const [itemCode, , , , , supports] of SAMPLE_TT44_EVIDENCE) expect(supports.split(', ')[0], itemCode).toBe(`TC${itemCode.slice(1).split('.')[0]}`);
    expect(SAMPLE_TT44_EVIDENCE.find(([, name]) => name.includes('Khu dân cư văn hóa'))?.[5]).toBe('TC10');
  });

  it('words results as the sheet and the sidebar do: an indicator or a criterion "không đạt" a level, the commune "chưa đạt" one', () => {
    // src/core/cells/result-words.ts: notMet for an indicator (and so a criterion) below a level's
    // requirement, below for a commune recognised at no level (TT44 Điều 4 khoản 3 d: "Loại chưa đạt").
    const failing = built.find((b) => b.sample.name === 'ho-so-TT25-chua-dat')!.result;
    const text = failing.documents.map(documentText).join('\n');
    expect(text).toContain('Tự đánh giá tiêu chí 2: không đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 2.2 không đạt).');
    expect(text).toContain('Tiêu chí 2. Huy động nguồn lực và tạo môi trường thuận lợi để thực hiện xây dựng xã hội học tập ở địa phương: không đạt Mức độ 1');
    expect(text).toContain('xã Hòa An chưa đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025');
    for (const { sample, result } of built) {
      const all = result.documents.map(documentText).join('\n');
      expect(all, sample.name).not.toMatch(/(chỉ tiêu [\d.]+[ab]?|tiêu chí \d+:|Tự đánh giá:|Các chỉ tiêu) chưa đạt/i);
    }
  });

  it('never puts a signature straight after a table: a closing line goes with it onto its page', () => {
    // LibreOffice and Google Docs cannot keep a table's last row with what follows; a paragraph they can.
    const documents = [...built.flatMap(({ result }) => result.documents), sampleSummary()];
    for (const doc of documents) {
      doc.blocks.forEach((block, i) => {
        if (block.kind === 'signature') expect(doc.blocks[i - 1]?.kind, doc.title).not.toBe('table');
      });
    }
  });

  it('lists every evidence item with its link in the Danh mục minh chứng', () => {
    const { result } = built[0];
    // The names' phrases a narrow column keeps whole are joined by non-breaking spaces (session 10): compared as spaces.
    const annex = documentText(result.documents.find((d) => d.kind === 'evidence')!).replace(/\u00a0/g, ' ');
    expect(annex).toContain('1 | H1.01 | Nghị quyết về xây dựng xã hội học tập | Số 12-NQ/ĐU ngày 15/01/2025 | Đảng ủy xã | 1.1 | https://drive.google.com/file/d/hoa-an-h101');
    // An item citing a whole criterion names it in words, never a bare "4".
    expect(annex).toContain('| Ban chỉ đạo phổ cập giáo dục xã | Tiêu chí 4 | https://drive.google.com/file/d/hoa-an-h401');
    // An item kept on paper says so in place of a link (the TT44 sample's H3.01); TT44 items support criteria, so the column says so.
    const tt44 = built.find((b) => b.sample.name === 'ho-so-TT44')!.result;
    expect(documentText(tt44.documents.find((d) => d.kind === 'evidence')!)).toContain(
      'STT | Mã | Tên minh\u00a0chứng | Số, ngày ban\u00a0hành | Cơ\u00a0quan ban\u00a0hành | Tiêu\u00a0chí | Liên\u00a0kết',
    );
    expect(documentText(tt44.documents.find((d) => d.kind === 'evidence')!)).toContain(
      'H3.01 | Chương trình phối hợp giữa Mặt trận và các đoàn thể | Số 02/CTPH ngày\u00a020/04/2021 | Ủy ban Mặt\u00a0trận\u00a0Tổ\u00a0quốc xã | 3 | Bản giấy lưu tại xã',
    );
    // The rows' own links are those of listed items: nothing is listed twice.
    expect(annex.split('\n').filter((l) => /^\d+ \| H/.test(l))).toHaveLength(14);
  });

  it('TT44 (2021) is dated in its assessment year and names the district bodies of that era, with no TT25 figure', () => {
    const { result } = built.find((b) => b.sample.name === 'ho-so-TT44')!;
    const all = result.documents.map(documentText).join('\n');
    expect(all).toContain('ngày 10 tháng 12 năm 2021');
    expect(all).not.toMatch(/năm 202[2-6]/);
    expect(all).toContain('Ủy ban nhân dân huyện Hòa Bình');
    expect(all.replace(/\u00a0/g, ' ')).toContain('UBND HUYỆN HÒA BÌNH');
    expect(all).not.toMatch(/25\/2023|Mức độ 1|65,12%/);
  });
});

describe('line breaking in the header and the trích yếu', () => {
  it('splits a body name too long for the header column between its phrases only, and keeps each part whole', () => {
    // Between its two fields, before "VÀ" (the ministries' headers), never "SỞ / GIÁO DỤC …" nor "… ĐÀO / TẠO".
    expect(fitLine('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 60, 13)).toEqual(['SỞ\u00a0GIÁO\u00a0DỤC', 'VÀ\u00a0ĐÀO\u00a0TẠO']);
    expect(fitLine('ỦY BAN NHÂN DÂN', 60, 13)).toEqual(['ỦY\u00a0BAN\u00a0NHÂN\u00a0DÂN']);
  });

  it('never breaks the trích yếu inside a kept phrase', () => {
    expect(keepTogether('đạt “Cộng đồng học tập” cấp xã Mức độ 1 năm 2025', ['“Cộng đồng học tập” cấp xã', 'Mức độ 1'])).toBe(
      'đạt “Cộng\u00a0đồng\u00a0học\u00a0tập”\u00a0cấp\u00a0xã Mức\u00a0độ\u00a01 năm 2025',
    );
    const proposal = built[0].result.documents[0];
    const texts = lower(proposal.blocks).flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    // The trích yếu's lines, from "Về việc" to the line before the rule: the kept phrases whole on one of them.
    const from = texts.findIndex((t) => t.startsWith('Về việc'));
    expect(texts.slice(from, from + 2)).toEqual([
      'Về việc đề nghị đánh giá, công nhận xã\u00a0Hòa\u00a0An',
      'đạt “Cộng\u00a0đồng\u00a0học\u00a0tập”\u00a0cấp\u00a0xã Mức\u00a0độ\u00a01 năm\u00a02025',
    ]);
  });
});
