import { PCGD_RATES, PCGD_STANDARDS, basicRates, standardOf, type Condition, type StandardDef } from '../pcgd/standards';
import { ND20_SHORT as ND20, RATE_METHOD } from '../ruleset/nd20';
import { formatViPercent } from '../cells/vi-number';
import { RESULT_WORDS } from '../cells/result-words';
import { call, numberLiteral, rangeA1, textLiteral } from './a1';
import { SHEETS } from './layout';
import { formula, input, label, rectangular, spill, type CellSpec, type SheetSpec } from './types';

/** Rows of "Số liệu PCGD-XMC": counts from row 4, the ĐBKK flag, then one suggestion per standard. */
export const PCGD_LAYOUT = (() => {
  const firstRate = 4;
  const lastRate = firstRate + PCGD_RATES.length - 1;
  const hardFlag = lastRate + 2;
  const suggestionHeader = hardFlag + 2;
  return { firstRate, lastRate, hardFlag, suggestionHeader, firstSuggestion: suggestionHeader + 1 };
})();

const L = PCGD_LAYOUT;
const rateCell = (key: string) => `E${L.firstRate + PCGD_RATES.findIndex((r) => r.key === key)}`;
const levelCell = (code: string) => `F${L.firstSuggestion + PCGD_STANDARDS.findIndex((s) => s.code === code)}`;
const HARD = `$B$${L.hardFlag}="Có"`;

function condition(c: Condition): string {
  if ('standard' in c) return levelHolds(standardOf(c.standard), c.level);
  const min = c.min === c.minDifficult ? numberLiteral(c.min) : call('IF', HARD, numberLiteral(c.minDifficult), numberLiteral(c.min));
  return call('AND', `ISNUMBER(${rateCell(c.rate)})`, `${rateCell(c.rate)}>=${min}`);
}

/** A level holds when every condition its own article lists holds; a level it requires is written out in full. */
function levelHolds(standard: StandardDef, level: number): string {
  return call('AND', ...standard.levels[level - 1].map(condition));
}

/**
 * Native formula for the level a standard gives, the highest that holds (as `suggestLevels`):
 * blank without the rates its mức độ 1 needs.
 */
export function levelFormula(standard: StandardDef): string {
  const needed = basicRates(standard).map((key) => `NOT(ISNUMBER(${rateCell(key)}))`);
  let nested = '0';
  standard.levels.forEach((_, i) => {
    nested = call('IF', levelHolds(standard, i + 1), i + 1, nested);
  });
  // Written innermost-first above, so the highest level is tested first.
  return call('IF', call('OR', ...needed), '""', nested);
}

function describe(key: string): string {
  const parts = PCGD_STANDARDS.flatMap((s) =>
    s.levels.flatMap((conditions, i) =>
      conditions.flatMap((c) => {
        if (!('rate' in c) || c.rate !== key) return [];
        const hard = c.minDifficult === c.min ? '' : ` (ĐBKK ${formatViPercent(c.minDifficult)})`;
        return [`${s.code}${s.yesno ? '' : ` mức ${i + 1}`}: ≥ ${formatViPercent(c.min)}${hard}`];
      }),
    ),
  );
  return parts.join('; ');
}

export function pcgdSheet(): SheetSpec {
  const rows: Array<Array<CellSpec | null>> = [
    [label(`SỐ LIỆU PHỔ CẬP GIÁO DỤC - XÓA MÙ CHỮ (${ND20})`, 'title')],
    [label(`Nhập số liệu của năm đánh giá. ${RATE_METHOD.text}. Phần gợi ý chỉ để tham khảo: mức độ được cấp có thẩm quyền công nhận mới là căn cứ điền chỉ tiêu TC4.`, 'muted')],
    ['Chỉ số', 'Tổng số (mẫu số)', 'Số được miễn trừ', 'Số đạt (tử số)', 'Tỷ lệ', `Chuẩn theo ${ND20}`].map((h) => label(h, 'header')),
    ...PCGD_RATES.map(
      (r, i): Array<CellSpec | null> => [
        label(r.label),
        input({ format: 'integer', validation: { type: 'number', min: 0, max: 10_000_000 } }),
        input({ format: 'integer', validation: { type: 'number', min: 0, max: 10_000_000 } }),
        input({ format: 'integer', validation: { type: 'number', min: 0, max: 10_000_000 } }),
        i === 0
          ? formula(call('CDHT_RATE', rangeA1(L.firstRate, 4, PCGD_RATES.length), rangeA1(L.firstRate, 2, PCGD_RATES.length), rangeA1(L.firstRate, 3, PCGD_RATES.length)), {
              style: 'result',
              format: 'percent',
            })
          : { ...spill('result'), format: 'percent' },
        label(describe(r.key), 'muted'),
      ],
    ),
    [],
    [
      label('Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn (ĐBKK)'),
      input({ initial: 'Không', validation: { type: 'list', values: ['Có', 'Không'] } }),
      label(`Xã ĐBKK có ngưỡng thấp hơn (${ND20})`, 'muted'),
    ],
    [],
    // Suggestions sit in columns E:F under the rates, so one protection covers every formula.
    ['Chỉ tiêu', 'Căn cứ', '', '', 'Gợi ý', 'Mức (số)'].map((h) => label(h, 'header')),
    ...PCGD_STANDARDS.map((s): Array<CellSpec | null> => {
      const level = levelCell(s.code);
      const text = call(
        'IF',
        `${level}=""`,
        '"Chưa đủ số liệu"',
        s.yesno ? call('IF', `${level}>=1`, textLiteral(RESULT_WORDS.met), textLiteral(RESULT_WORDS.notMet)) : call('IF', `${level}=0`, textLiteral(RESULT_WORDS.below), `"Mức độ "&${level}`),
      );
      return [label(`${s.code} – ${s.name}`), label(s.provenance.ref, 'muted'), null, null, formula(text, { style: 'result' }), formula(levelFormula(s), { format: 'integer' })];
    }),
  ];
  return {
    name: SHEETS.pcgd,
    rowKey: 'tên chỉ số',
    cells: rectangular(rows),
    columnWidths: [420],
    wrapText: false,
    frozenRows: 0,
    conditionalFormats: [],
    protections: [
      {
        range: rangeA1(L.firstRate, 5, L.firstSuggestion + PCGD_STANDARDS.length - L.firstRate, 2),
        description: `Tỷ lệ (CDHT_RATE) và gợi ý theo ${ND20} tự tính`,
      },
    ],
    charts: [],
  };
}
