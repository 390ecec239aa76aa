import type { IndicatorKind } from '../core/ruleset/types';
import type { EditableField, JsonCell, SidebarIndicator } from '../core/sidebar/protocol';
import { isBlank, readLevel, readPercent, readYesNo } from '../core/cells/values';
import { formatViNumber, formatViPercent, formatViUngrouped, parseViNumber } from '../core/cells/vi-number';
import { RESULT_WORDS } from '../core/cells/result-words';
import { faultsNote, oldLinkCell } from '../core/workbook/evidence';

/**
 * How the sidebar's inputs map to sheet cells and back. Pure (no DOM) so it is unit-tested in
 * Node. Values the engine cannot read are kept as typed: the engine then names the problem in its
 * own words, and the sheet gets what the user wrote rather than a silent guess.
 */

export const YES = RESULT_WORDS.met;
export const NO = RESULT_WORDS.notMet;
/** readLevel reads "Chưa đạt" as level 0: the standard is not reached at all. */
export const BELOW_LEVELS = RESULT_WORDS.below;
export const levelLabel = (level: number): string => `Mức độ ${level}`;

export interface Choice {
  value: string;
  label: string;
}

/** Dropdown kinds (yes/no, level) have choices; the number kinds are typed. */
export function choicesFor(indicator: SidebarIndicator): Choice[] | null {
  const blank: Choice = { value: '', label: '— Chọn —' };
  if (indicator.kind === 'yesno') return [blank, { value: YES, label: YES }, { value: NO, label: NO }];
  if (indicator.kind !== 'level') return null;
  const max = indicator.max ?? 3;
  const levels = Array.from({ length: max }, (_, i) => ({ value: levelLabel(i + 1), label: levelLabel(i + 1) }));
  return [blank, ...levels, { value: BELOW_LEVELS, label: `${BELOW_LEVELS} (dưới Mức độ 1)` }];
}

/**
 * The choice a loaded cell stands for ("x" is "Đạt", 3 is "Mức độ 3"). A cell that fits no choice
 * comes back as itself, so the dropdown can show it as an extra, invalid option.
 */
export function choiceOf(indicator: SidebarIndicator, cell: JsonCell): string {
  if (isBlank(cell)) return '';
  const reading = indicator.kind === 'yesno' ? readYesNo(cell) : readLevel(cell, indicator.max ?? 3);
  if (reading.state !== 'ok') return asShown(cell);
  if (indicator.kind === 'yesno') return reading.value === 1 ? YES : NO;
  return reading.value === 0 ? BELOW_LEVELS : levelLabel(reading.value);
}

/**
 * A cell read no other way, as a vi-VN sheet shows it: a number ungrouped with a decimal comma (a
 * phone number 912345678 in a text column, "0,5", a level 2,5 that is no choice), text as it is.
 */
const asShown = (cell: JsonCell): string => (typeof cell === 'number' ? formatViUngrouped(cell, 10) : String(cell));

/** What a number input shows for a cell: percents in percent ("65,12"), points as numbers. */
export function numberText(kind: IndicatorKind, cell: JsonCell): string {
  if (isBlank(cell)) return '';
  if (kind === 'percent') {
    const reading = readPercent(cell);
    return reading.state === 'ok' ? formatViNumber(reading.value * 100, 4) : asShown(cell);
  }
  return typeof cell === 'number' ? formatViNumber(cell, 4) : String(cell);
}

/** Rounds away binary noise (65,12 / 100 = 0.6512000000000001) before it reaches the sheet. */
const clean = (n: number): number => Number(n.toPrecision(12));

/**
 * The cell for what the user typed in a number input. The percent input always means percent
 * ("62,5" and "0,5" are 62,5% and 0,5%), so the cell is the fraction. Out-of-range percents are
 * kept as "120%" text: a number 1.2 would be read by the sheet as 1,2%.
 */
export function cellFromNumberText(kind: IndicatorKind, typed: string): JsonCell {
  // A blank input is no number (parseViNumber), so it is stored as the blank it is.
  const text = typed.trim();
  if (kind !== 'percent') {
    const points = parseViNumber(text);
    return points === null ? text : clean(points);
  }
  const bare = text.replace(/\s*%$/, '');
  const percent = parseViNumber(bare);
  if (percent === null) return text;
  if (percent < 0 || percent > 100) return `${bare}%`;
  return clean(percent / 100);
}

/** The problem with an old link cell (an indicator row's "Minh chứng (liên kết)"), or null when it is blank or all links. */
export function linkProblem(code: string, text: string): string | null {
  const { other } = oldLinkCell(text);
  if (!other) return null;
  return `Chỉ tiêu ${code}: minh chứng "${other}" không phải là liên kết${faultsNote(other)}; cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).`;
}

/** A cell as the user would recognise it, for the conflict list. */
export function showCell(indicator: SidebarIndicator, field: EditableField, cell: JsonCell): string {
  if (isBlank(cell)) return '(để trống)';
  if (field === 'value' && indicator.kind === 'percent') {
    const reading = readPercent(cell);
    if (reading.state === 'ok') return formatViPercent(reading.value, 4);
  }
  if (field === 'value' && typeof cell === 'number') return formatViNumber(cell, 4);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return asShown(cell);
}

export { FIELD_LABELS } from '../core/sidebar/protocol';
