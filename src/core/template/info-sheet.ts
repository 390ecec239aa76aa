import { INFO_FIELDS, MEMBER_HEADER, NARRATIVE_FIELDS, RULESET_CHOICES, type InfoField } from '../workbook/info';
import { TEMPLATE_VERSION } from '../workbook/version';
import { input, label, rectangular, type CellSpec, type SheetSpec, type Validation } from './types';
import { INFO_LAYOUT, SHEETS } from './layout';

function fieldInput(field: InfoField): CellSpec {
  const validation: Validation | undefined =
    field.kind === 'ruleset' ? { type: 'list', values: [...RULESET_CHOICES] }
    : field.kind === 'flag' ? { type: 'list', values: ['Có', 'Không'] }
    : field.kind === 'year' ? { type: 'number', min: 2015, max: 2100 }
    : field.kind === 'date' ? { type: 'date' }
    : undefined;
  const format = field.kind === 'date' ? 'date' : field.kind === 'year' ? 'integer' : undefined;
  return input({
    ...(field.initial === undefined ? {} : { initial: field.initial }),
    ...(validation ? { validation } : {}),
    ...(format ? { format } : {}),
  });
}

/** "Thông tin": the commune, the assessment, the signer, the committee and the report's own words. */
export function infoSheet(): SheetSpec {
  const L = INFO_LAYOUT;
  const rows: Array<Array<CellSpec | null>> = [];
  const at = (row: number, cells: Array<CellSpec | null>) => (rows[row - 1] = cells);
  at(1, [label('THÔNG TIN CHUNG VỀ XÃ VÀ HỒ SƠ ĐÁNH GIÁ', 'title')]);
  at(2, [label('Điền vào các ô màu vàng nhạt ở cột B. Các mục có dấu * cần có trước khi tạo hồ sơ.', 'muted')]);
  at(3, [label('Mục', 'header'), label('Nội dung', 'header'), label('Hướng dẫn', 'header')]);
  INFO_FIELDS.forEach((field, i) => at(L.firstField + i, [label(field.required ? `${field.label} *` : field.label), fieldInput(field), label(field.hint, 'muted')]));
  at(L.membersTitle, [label('BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)', 'title')]);
  at(L.membersHeader, MEMBER_HEADER.map((h) => label(h, 'header')));
  for (let row = L.membersHeader + 1; row <= L.lastMember; row++) at(row, [input(), input(), input()]);
  at(L.narrativeTitle, [label('NỘI DUNG BÁO CÁO (do Ban chỉ đạo viết; để trống thì hồ sơ ghi chỗ cần bổ sung)', 'title')]);
  NARRATIVE_FIELDS.forEach((field, i) => at(L.firstNarrative + i, [label(field.label), input(), null]));
  at(L.dossierTitle, [label('HỒ SƠ ĐÃ TẠO (tiện ích tự ghi)', 'title')]);
  at(L.firstDossier, [label('Liên kết hồ sơ gần nhất'), input({ style: 'result' }), null]);
  at(L.firstDossier + 1, [label('Thời điểm tạo'), input({ style: 'result', format: 'date' }), null]);
  at(L.version, [label('Phiên bản mẫu', 'muted'), label(TEMPLATE_VERSION, 'muted')]);
  return {
    name: SHEETS.info,
    cells: rectangular(Array.from({ length: rows.length }, (_, i) => rows[i] ?? [])),
    columnWidths: [300, 360, 420],
    frozenRows: 3,
    conditionalFormats: [],
    protections: [],
    charts: [],
  };
}
