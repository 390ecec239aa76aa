import type { CommuneInfo, ReportNarrative } from '../workbook/commune';
import type { Cell } from '../cells/values';
import { DOSSIER_LABELS, INFO_FIELDS, INFO_HEADER, MEMBER_HEADER, NARRATIVE_FIELDS, NARRATIVE_TITLE, RULESET_CHOICES, VERSION_LABEL, type InfoField } from '../workbook/info';
import { TEMPLATE_VERSION } from '../workbook/version';
import { input, label, rectangular, sheetValues, type CellSpec, type SheetSpec, type Validation } from './types';
import { INFO_LAYOUT, SHEETS } from './layout';
import { FACT_KEYS, factNumber } from '../ruleset/facts';
import { BUILT_IN_RULESETS } from '../ruleset/resolve';

/** The first assessment year any built-in ruleset covers (TT44: 2015). */
const FIRST_YEAR = Math.min(...BUILT_IN_RULESETS.map((r) => factNumber(r, FACT_KEYS.firstYear) ?? Number.POSITIVE_INFINITY));

function fieldInput(field: InfoField): CellSpec {
  const validation: Validation | undefined =
    field.kind === 'ruleset'
      ? { type: 'list', values: [...RULESET_CHOICES] }
      : field.kind === 'flag'
        ? { type: 'list', values: ['Có', 'Không'] }
        : field.kind === 'year'
          ? { type: 'number', min: FIRST_YEAR, max: 2100 }
          : field.kind === 'date'
            ? { type: 'date' }
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
  const at = (row: number, cells: Array<CellSpec | null>) => {
    rows[row - 1] = cells;
  };
  at(1, [label('THÔNG TIN CHUNG VỀ XÃ VÀ HỒ SƠ ĐÁNH GIÁ', 'title')]);
  at(2, [label('Điền vào các ô màu vàng nhạt ở cột B. Các mục có dấu * cần có trước khi tạo hồ sơ.', 'muted')]);
  at(
    3,
    INFO_HEADER.map((h) => label(h, 'header')),
  );
  INFO_FIELDS.forEach((field, i) => {
    at(L.firstField + i, [label(field.required ? `${field.label} *` : field.label), fieldInput(field), label(field.hint, 'muted')]);
  });
  at(L.membersTitle, [label('BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP (thành phần cuộc họp xã)', 'title')]);
  at(
    L.membersHeader,
    MEMBER_HEADER.map((h) => label(h, 'header')),
  );
  for (let row = L.membersHeader + 1; row <= L.lastMember; row++) at(row, [input(), input(), input()]);
  at(L.narrativeTitle, [label(NARRATIVE_TITLE, 'title')]);
  NARRATIVE_FIELDS.forEach((field, i) => {
    at(L.firstNarrative + i, [label(field.label), input(), null]);
  });
  at(L.dossierTitle, [label('HỒ SƠ ĐÃ TẠO (tiện ích tự ghi)', 'title')]);
  at(L.firstDossier, [label(DOSSIER_LABELS.link), input({ style: 'result' }), null]);
  at(L.firstDossier + 1, [label(DOSSIER_LABELS.time), input({ style: 'result', format: 'date' }), null]);
  at(L.version, [label(VERSION_LABEL, 'muted'), label(TEMPLATE_VERSION, 'muted')]);
  return {
    name: SHEETS.info,
    rowKey: 'tên mục',
    cells: rectangular(Array.from({ length: rows.length }, (_, i) => rows[i] ?? [])),
    columnWidths: [360, 360, 360],
    wrapText: false,
    frozenRows: 0,
    conditionalFormats: [],
    protections: [],
    charts: [],
  };
}

/** The "Thông tin" sheet filled in with a commune's information (the sample, tests). */
export function filledInfoSheet(info: CommuneInfo, narrative: ReportNarrative): Cell[][] {
  const L = INFO_LAYOUT;
  const values = new Map<string, Cell>();
  const put = (row: number, column: number, value: Cell) => values.set(`${row}:${column}`, value);
  INFO_FIELDS.forEach((field, i) => {
    const value = info[field.key];
    const cell: Cell = field.kind === 'flag' ? (value ? 'Có' : 'Không') : Array.isArray(value) ? value.join('\n') : (value as Cell) || '';
    put(L.firstField + i, 2, cell);
  });
  info.members.forEach((m, i) => {
    [m.name, m.title, m.role].forEach((v, c) => {
      put(L.membersHeader + 1 + i, c + 1, v);
    });
  });
  NARRATIVE_FIELDS.forEach((field, i) => {
    put(L.firstNarrative + i, 2, narrative[field.key]);
  });
  return sheetValues(infoSheet(), (row, column) => values.get(`${row}:${column}`));
}
