/**
 * The "Thông tin" block whole: the fields as the sheet shows them (label, kind, required, hint,
 * what set-up writes first), every field read from a block people have edited (a column inserted,
 * labels in other case, members with gaps), every message for a bad cell, the required fields
 * still missing, the narrative and the template version. Expected values typed by hand from the
 * README ("Thông tin" sheet) and the legal facts they quote (TT25 Điều 25, TT44).
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/core/cells/values';
import {
  DOSSIER_LABELS,
  INFO_FIELDS,
  INFO_HEADER,
  MEMBER_HEADER,
  MEMBER_ROWS,
  NARRATIVE_FIELDS,
  NARRATIVE_TITLE,
  VERSION_LABEL,
  infoValueCell,
  missingInfo,
  readInfo,
  readNarrative,
  readVersion,
} from '../../../src/core/workbook/info';

describe('the fields as the sheet shows them', () => {
  it('every field: key, label, kind, required, hint and first value', () => {
    expect(INFO_FIELDS.map((f) => [f.key, f.label, f.kind, f.required, f.hint, f.initial ?? null])).toEqual([
      ['commune', 'Tên xã', 'text', true, 'Ghi cả chữ "Xã", ví dụ: Xã Hòa An', null],
      ['province', 'Tỉnh, thành phố', 'text', true, 'Ví dụ: Tỉnh Sông Lam', null],
      ['year', 'Năm đánh giá', 'year', true, 'Số liệu tính từ 01/01 đến 31/12 của năm này', null],
      ['rulesetId', 'Bộ tiêu chí', 'ruleset', true, 'TT25 (Thông tư số 25/2023/TT-BGDĐT, từ năm 2024) hoặc TT44 (Thông tư số 44/2014/TT-BGDĐT, các năm 2015–2023)', 'TT25'],
      ['difficultArea', 'Xã thuộc vùng khó khăn', 'flag', false, 'Có / Không: áp dụng ngưỡng riêng cho chỉ tiêu TC5.2', 'Không'],
      ['md1DecisionDate', 'Ngày quyết định công nhận Mức độ 1', 'date', false, 'Nếu đã được công nhận Mức độ 1 (dd/mm/yyyy); đề nghị Mức độ 2 sau ít nhất 12 tháng (chưa xác minh)', null],
      ['recipientBody', 'Cơ quan tiếp nhận hồ sơ', 'text', true, 'Từ 07/2025 không còn cấp huyện: ghi cơ quan tỉnh hướng dẫn', null],
      ['decidingAuthority', 'Cấp có thẩm quyền công nhận', 'text', true, 'Ví dụ: Chủ tịch Ủy ban nhân dân tỉnh', null],
      ['signerAuthority', 'Thẩm quyền ký', 'signer', true, 'Ví dụ: TM. ỦY BAN NHÂN DÂN; phó chủ tịch ký thay: TM. ỦY BAN NHÂN DÂN, xuống dòng (Alt + Enter), KT. CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN'],
      ['signerTitle', 'Chức vụ người ký', 'signer', true, 'Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH', 'CHỦ TỊCH'],
      ['signerName', 'Họ và tên người ký', 'text', true, '', null],
      ['proposalNumber', 'Số Tờ trình', 'text', false, 'Ví dụ: 15/TTr-UBND; để trống nếu chưa lấy số', null],
      ['reportNumber', 'Số Báo cáo', 'text', false, 'Ví dụ: 42/BC-UBND', null],
      ['minutesNumber', 'Số Biên bản', 'text', false, 'Ví dụ: 03/BB-BCĐ', null],
      ['distribution', 'Nơi nhận', 'lines', true, 'Mỗi nơi nhận một dòng (Alt + Enter để xuống dòng)', null],
    ]);
  });

  it('the headers, the narrative fields, the committee table and the other labels', () => {
    expect([...INFO_HEADER]).toEqual(['Mục', 'Nội dung', 'Hướng dẫn']);
    expect([...MEMBER_HEADER]).toEqual(['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo']);
    expect(MEMBER_ROWS).toBe(20);
    expect(NARRATIVE_TITLE).toBe('NỘI DUNG BÁO CÁO (do Ban chỉ đạo viết; để trống thì hồ sơ ghi chỗ cần bổ sung)');
    expect(NARRATIVE_FIELDS.map((f) => [f.key, f.label])).toEqual([
      ['advantages', 'Thuận lợi'],
      ['difficulties', 'Khó khăn'],
      ['highlights', 'Kết quả nổi bật'],
      ['limitations', 'Hạn chế'],
      ['lessons', 'Bài học kinh nghiệm'],
      ['recommendations', 'Kiến nghị, đề xuất'],
    ]);
    expect([VERSION_LABEL, DOSSIER_LABELS]).toEqual(['Phiên bản mẫu', { link: 'Liên kết hồ sơ gần nhất', time: 'Thời điểm tạo' }]);
  });
});

/**
 * A block as a commune left it: a column inserted before the labels (so labels are in B, values
 * in C), labels with "*" and odd case, a committee with a blank row, then the narrative.
 */
const EDITED: Cell[][] = [
  ['', 'THÔNG TIN CHUNG', '', ''],
  ['Ghi chú', 'MỤC', ' nội dung ', 'Hướng dẫn'],
  ['', 'Tên xã *', '  Xã   Hòa An ', ''],
  ['', 'Tỉnh, thành phố *', 'Tỉnh Sông Lam', ''],
  ['', 'năm đánh giá *', '2.025', ''],
  ['', 'Bộ tiêu chí *', ' TT25 ', ''],
  ['', 'Xã thuộc vùng khó khăn', 'Có', ''],
  ['', 'Ngày quyết định công nhận Mức độ 1', '05/03/2024', ''],
  ['', 'Cơ quan tiếp nhận hồ sơ *', 'Sở Giáo dục và Đào tạo', ''],
  ['', 'Cấp có thẩm quyền công nhận *', 'Chủ tịch Ủy ban nhân dân tỉnh', ''],
  ['', 'Thẩm quyền ký *', 'TM. ỦY BAN NHÂN DÂN', ''],
  ['', 'Chức vụ người ký *', 'CHỦ TỊCH', ''],
  ['', 'Họ và tên người ký *', 'Nguyễn Văn A', ''],
  ['', 'Số Tờ trình', 15, ''],
  ['', 'Số Báo cáo', '', ''],
  ['', 'Số Biên bản', new Date(2025, 0, 3), ''],
  ['', 'Nơi nhận *', 'Như trên;\n\n  Lưu: VT. ', ''],
  ['', 'Tên xã', 'Xã Khác (dòng thứ hai, bị bỏ qua)', ''],
  ['', 'Phiên bản mẫu', 7, ''],
  ['', 'BAN CHỈ ĐẠO', '', ''],
  ['', 'Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'],
  ['', ' Trần  Thị B ', 'Phó Chủ tịch UBND xã', 'Trưởng ban'],
  ['', '', 'Hàng trống', ''],
  ['', 'Lê Văn C', '', 'Thành viên'],
  ['', NARRATIVE_TITLE, '', ''],
  ['', 'Ngoài bảng', 'Không phải thành viên', ''],
  ['', 'Thuận lợi', '  Có trung tâm học tập cộng đồng. ', ''],
  ['', 'KHÓ KHĂN', new Date(2025, 0, 1), ''],
  ['', 'Kết quả nổi bật', 42, ''],
];

describe('readInfo reads every field of an edited block', () => {
  it('values under the headers wherever they moved; the first of a repeated label wins; members up to the narrative', () => {
    expect(readInfo(EDITED)).toEqual({
      info: {
        commune: 'Xã Hòa An',
        province: 'Tỉnh Sông Lam',
        year: 2025,
        rulesetId: 'TT25',
        difficultArea: true,
        md1DecisionDate: new Date(2024, 2, 5),
        recipientBody: 'Sở Giáo dục và Đào tạo',
        decidingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh',
        signerAuthority: 'TM. ỦY BAN NHÂN DÂN',
        signerTitle: 'CHỦ TỊCH',
        signerName: 'Nguyễn Văn A',
        proposalNumber: '15',
        reportNumber: '',
        // A date typed where text was wanted is kept as the sheet shows it, never lost.
        minutesNumber: '03/01/2025',
        distribution: ['Như trên;', 'Lưu: VT.'],
        members: [
          { name: 'Trần Thị B', title: 'Phó Chủ tịch UBND xã', role: 'Trưởng ban' },
          { name: 'Lê Văn C', title: '', role: 'Thành viên' },
        ],
      },
      problems: [],
    });
  });

  it('a blank block: every field blank or its default, no problem', () => {
    expect(readInfo([])).toEqual({
      info: {
        commune: '',
        province: '',
        year: 0,
        rulesetId: '',
        difficultArea: false,
        md1DecisionDate: null,
        recipientBody: '',
        decidingAuthority: '',
        signerAuthority: '',
        signerTitle: '',
        signerName: '',
        proposalNumber: '',
        reportNumber: '',
        minutesNumber: '',
        distribution: [],
        members: [],
      },
      problems: [],
    });
  });

  it('without headers the labels are in column A and the values in B', () => {
    const { info } = readInfo([
      ['Tên xã', 'Xã Bình Minh'],
      ['Năm đánh giá', 2024],
      ['Xã thuộc vùng khó khăn', false],
    ]);
    expect([info.commune, info.year, info.difficultArea]).toEqual(['Xã Bình Minh', 2024, false]);
  });

  it('a committee without the narrative title below it: the 20 rows under its header, no more', () => {
    const members = Array.from({ length: 21 }, (_, i): Cell[] => [`Người ${i + 1}`, '', '']);
    const { info } = readInfo([['Họ và tên', 'Chức vụ', 'Vai trò trong Ban chỉ đạo'], ...members]);
    expect(info.members.map((m) => m.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Người ${i + 1}`));
  });

  it('bad cells: one error each naming the field and the value as shown, read as blank', () => {
    const header = ['Mục', 'Nội dung', 'Hướng dẫn'];
    expect(readInfo([header, ['Năm đánh giá', 25], ['Xã thuộc vùng khó khăn', 'có lẽ'], ['Ngày quyết định công nhận Mức độ 1', '31/02/2024']])).toMatchObject({
      info: { year: 0, difficultArea: false, md1DecisionDate: null },
      problems: [
        { code: 'Năm đánh giá', severity: 'error', message: 'Ô "Năm đánh giá" có giá trị 25: cần một năm, ví dụ 2025.' },
        { code: 'Xã thuộc vùng khó khăn', severity: 'error', message: 'Ô "Xã thuộc vùng khó khăn" có giá trị "có lẽ": cần ghi "Có" hoặc "Không".' },
        { code: 'Ngày quyết định công nhận Mức độ 1', severity: 'error', message: 'Ô "Ngày quyết định công nhận Mức độ 1" có giá trị "31/02/2024": cần một ngày dạng dd/mm/yyyy.' },
      ],
    });
    expect(readInfo([header, ['Năm đánh giá', 2101]]).problems.map((p) => p.code)).toEqual(['Năm đánh giá']);
    expect(readInfo([header, ['Năm đánh giá', 1999]]).problems.map((p) => p.code)).toEqual(['Năm đánh giá']);
    expect(readInfo([header, ['Năm đánh giá', 2000]]).info.year).toBe(2000);
    expect(readInfo([header, ['Năm đánh giá', 2100]]).info.year).toBe(2100);
    expect(readInfo([header, ['Năm đánh giá', '99,5']]).problems.map((p) => p.message)).toEqual(['Ô "Năm đánh giá" có giá trị "99,5": cần một năm, ví dụ 2025.']);
  });
});

describe('missingInfo names the required fields still blank, in sheet order', () => {
  it('a blank block: every required field, then the committee', () => {
    expect(missingInfo(readInfo([]).info)).toEqual([
      'Tên xã',
      'Tỉnh, thành phố',
      'Năm đánh giá',
      'Bộ tiêu chí',
      'Cơ quan tiếp nhận hồ sơ',
      'Cấp có thẩm quyền công nhận',
      'Thẩm quyền ký',
      'Chức vụ người ký',
      'Họ và tên người ký',
      'Nơi nhận',
      'Thành viên Ban chỉ đạo',
    ]);
  });

  it('the edited block: nothing missing (optional fields may stay blank)', () => {
    expect(missingInfo(readInfo(EDITED).info)).toEqual([]);
  });
});

describe('the narrative, the template version and where a value sits', () => {
  it('readNarrative: each field trimmed, lines kept; a date as dd/mm/yyyy, a number as its digits, blank as blank', () => {
    expect(readNarrative(EDITED)).toEqual({
      advantages: 'Có trung tâm học tập cộng đồng.',
      difficulties: '01/01/2025',
      highlights: '42',
      limitations: '',
      lessons: '',
      recommendations: '',
    });
    expect(readNarrative([['Bài học kinh nghiệm', ' Một.\nHai. ']]).lessons).toBe('Một.\nHai.');
  });

  it('readVersion: the number beside "Phiên bản mẫu", null when absent or not a number', () => {
    expect(readVersion(EDITED)).toBe(7);
    expect(readVersion([['Phiên bản mẫu', '7']])).toBeNull();
    expect(readVersion([['Tên xã', 'Xã A']])).toBeNull();
  });

  it('infoValueCell: the value cell beside a label under the headers (0-based), null for a label not there', () => {
    expect(infoValueCell(EDITED, 'Năm đánh giá')).toEqual({ row: 4, column: 2 });
    expect(infoValueCell(EDITED, 'Nơi nhận')).toEqual({ row: 16, column: 2 });
    expect(infoValueCell(EDITED, 'Không có')).toBeNull();
    expect(infoValueCell([['Tên xã', 'Xã A']], 'Tên xã')).toEqual({ row: 0, column: 1 });
  });
});

describe('where the headers are, as people edit the block', () => {
  const fields: Cell[][] = [
    ['Tên xã *', 'Xã Hòa An', ''],
    ['Năm đánh giá*', 2025, ''],
  ];

  it('a row holding only one of the headers (a title, a note) is not the header row', () => {
    const info = (above: Cell[]) => readInfo([above, [...INFO_HEADER], ...fields]).info;
    expect([info(['Mục', '', '']).commune, info(['', 'Nội dung', '']).commune]).toEqual(['Xã Hòa An', 'Xã Hòa An']);
    expect(info(['Mục', '', '']).year).toBe(2025);
  });

  it('the values column is found wherever it stands, even in column A left of the labels', () => {
    const swapped: Cell[][] = [
      ['Nội dung', 'Mục'],
      ['Xã Hòa An', 'Tên xã'],
    ];
    expect(readInfo(swapped).info.commune).toBe('Xã Hòa An');
    expect(infoValueCell(swapped, 'Tên xã')).toEqual({ row: 1, column: 0 });
  });

  it('the committee ends at the narrative title in the labels column, also without the "Mục" header', () => {
    const { info } = readInfo([[...MEMBER_HEADER], ['Nguyễn Văn A', 'Chủ tịch', 'Trưởng ban'], [NARRATIVE_TITLE, '', ''], ['Thuận lợi', 'Có', '']]);
    expect(info.members).toEqual([{ name: 'Nguyễn Văn A', title: 'Chủ tịch', role: 'Trưởng ban' }]);
  });

  it('a narrative title above the committee does not end it', () => {
    const { info } = readInfo([[NARRATIVE_TITLE, '', ''], [...MEMBER_HEADER], ['Nguyễn Văn A', 'Chủ tịch', 'Trưởng ban']]);
    expect(info.members.map((m) => m.name)).toEqual(['Nguyễn Văn A']);
  });

  it("a signer's capacity keeps its lines, each tidied, blank lines dropped", () => {
    const { info } = readInfo([
      ['Thẩm quyền ký', 'TM. ỦY BAN NHÂN DÂN\n\n  KT.  CHỦ TỊCH '],
      ['Chức vụ người ký', 'PHÓ CHỦ TỊCH\r\n'],
    ]);
    expect([info.signerAuthority, info.signerTitle]).toEqual(['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});
