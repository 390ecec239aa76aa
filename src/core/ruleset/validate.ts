import { error, warning, type Problem } from '../engine/problems';
import { codeKey } from '../cells/text';
import { formatViNumber, formatViPercent, formatViUngrouped } from '../cells/vi-number';
import { FACT_KEYS, factNumber, factOf } from './facts';
import { LEVEL_IDS, LEVEL_LABELS, allItems, type Item, type PointsRuleset, type Ruleset } from './types';

/**
 * Checks a ruleset, built in or read from a sheet, by the same rules. Errors make it unusable;
 * warnings (unverified facts, missing maxima) are shown to users but do not stop evaluation.
 */
export function validateRuleset(ruleset: Ruleset): Problem[] {
  const problems: Problem[] = [];
  const where = `Bộ tiêu chí ${ruleset.id || '(chưa đặt mã)'}`;
  if (!ruleset.id) problems.push(error(where, 'Bộ tiêu chí chưa có mã.'));
  if (ruleset.criteria.length === 0) problems.push(error(where, 'Bộ tiêu chí chưa có tiêu chí nào.'));
  problems.push(
    ...duplicates(
      ruleset.criteria.map((c) => c.code),
      'tiêu chí',
    ),
  );
  problems.push(
    ...duplicates(
      allItems(ruleset).map((i) => i.code),
      'chỉ tiêu',
    ),
  );
  for (const criterion of ruleset.criteria) {
    if (criterion.items.length === 0) {
      problems.push(error(criterion.code, `Tiêu chí ${criterion.code} chưa có chỉ tiêu nào.`));
    }
    for (const item of criterion.items) {
      problems.push(...(ruleset.scheme === 'levels' ? checkLevelsItem(item) : checkPointsItem(item)));
    }
  }
  if (ruleset.scheme === 'points') problems.push(...checkPoints(ruleset));
  problems.push(...checkFacts(ruleset), ...unverifiedWarnings(ruleset), ...ruleNotes(ruleset));
  return problems;
}

/** Facts read by code must have the right type; keys are unique; the years run forwards. */
function checkFacts(ruleset: Ruleset): Problem[] {
  const where = `Bộ tiêu chí ${ruleset.id}`;
  const problems = duplicates(
    ruleset.facts.map((f) => f.key),
    'quy định',
  );
  const numeric: string[] = [FACT_KEYS.firstYear, FACT_KEYS.lastYear, FACT_KEYS.deadlineDay, FACT_KEYS.deadlineMonth, FACT_KEYS.assessmentMonth, FACT_KEYS.validityMonths, FACT_KEYS.md2WaitMonths];
  for (const f of ruleset.facts) {
    if (numeric.includes(f.key) && !(typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0)) {
      problems.push(error(f.key, `Quy định ${f.key}: cần một số nguyên, đang là "${typeof f.value === 'number' ? formatViUngrouped(f.value) : f.value}".`));
    }
  }
  const first = factNumber(ruleset, FACT_KEYS.firstYear);
  const last = factNumber(ruleset, FACT_KEYS.lastYear);
  if (first !== undefined && last !== undefined && last < first) {
    problems.push(error(where, `Năm đánh giá cuối cùng (${formatViUngrouped(last)}) trước năm đầu tiên (${formatViUngrouped(first)}).`));
  }
  const day = factNumber(ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ruleset, FACT_KEYS.deadlineMonth);
  const badDay = day === undefined ? month !== undefined : !(day >= 1 && day <= 31);
  const badMonth = month === undefined ? day !== undefined : !(month >= 1 && month <= 12);
  if (badDay || badMonth) {
    const code = badMonth ? FACT_KEYS.deadlineMonth : FACT_KEYS.deadlineDay;
    problems.push(error(code, `Hạn gửi hồ sơ cần cả ngày (1–31, ${FACT_KEYS.deadlineDay}) và tháng (1–12, ${FACT_KEYS.deadlineMonth}).`));
  }
  return problems;
}

/** Rules people must see where they score (TT44 Điều 4 khoản 2), quoted with their reference. */
function ruleNotes(ruleset: Ruleset): Problem[] {
  const rule = factOf(ruleset, FACT_KEYS.evidenceRule);
  if (!rule) return [];
  return [warning('Minh chứng', `${rule.provenance.ref}: "${rule.value}" Chỉ chấm điểm tiêu chí có minh chứng phù hợp (cột Minh chứng).`)];
}

function duplicates(codes: string[], what: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const code of codes) {
    if (!code) problems.push(error('', `Có ${what} chưa có mã.`));
    else if (seen.has(codeKey(code))) problems.push(error(code, `Mã ${what} ${code} bị trùng trong bộ tiêu chí.`));
    seen.add(codeKey(code));
  }
  return problems;
}

function checkLevelsItem(item: Item): Problem[] {
  const problems: Problem[] = [];
  const fail = (message: string) => problems.push(error(item.code, `Chỉ tiêu ${item.code}: ${message}`));
  if (item.kind === 'points') fail('bộ tiêu chí xét theo mức độ không dùng kiểu "Điểm".');
  if (item.kind === 'yesno') return problems;
  // A percent's upper bound is 1 (100 %), always sound; a level item needs its own maximum.
  const upper = item.kind === 'level' ? (item.max ?? 0) : 1;
  if (!(Number.isInteger(upper) && upper >= 1)) {
    fail('cần mức độ tối đa là số nguyên từ 1 trở lên.');
    return problems;
  }
  const show = (n: number) => (item.kind === 'percent' ? formatViPercent(n) : formatViNumber(n));
  for (const level of LEVEL_IDS) {
    const threshold = item.thresholds?.[level];
    if (!threshold) {
      fail(`chưa có yêu cầu cho ${LEVEL_LABELS[level]}.`);
      continue;
    }
    for (const value of [threshold.min, threshold.minDifficult]) {
      if (value === undefined) continue;
      const whole = item.kind === 'level' ? Number.isInteger(value) : true;
      if (!(value >= 0 && value <= upper && whole)) {
        fail(`yêu cầu ${LEVEL_LABELS[level]} là ${show(value)}, cần từ ${show(0)} đến ${show(upper)}.`);
      }
    }
  }
  const [md1, md2] = LEVEL_IDS.map((l) => item.thresholds?.[l]);
  if (md1 && md2 && md2.min < md1.min) fail('yêu cầu Mức độ 2 thấp hơn Mức độ 1.');
  else if (md1 && md2 && (md2.minDifficult ?? md2.min) < (md1.minDifficult ?? md1.min)) {
    fail('ở vùng khó khăn, yêu cầu Mức độ 2 thấp hơn Mức độ 1.');
  }
  return problems;
}

function checkPointsItem(item: Item): Problem[] {
  if (item.kind !== 'points') {
    return [error(item.code, `Tiêu chí ${item.code}: bộ tiêu chí chấm điểm chỉ dùng kiểu "Điểm".`)];
  }
  if (item.max !== undefined && !(item.max > 0)) {
    return [error(item.code, `Tiêu chí ${item.code}: điểm tối đa phải lớn hơn 0.`)];
  }
  return [];
}

function checkPoints(ruleset: PointsRuleset): Problem[] {
  const problems: Problem[] = [];
  const where = `Bộ tiêu chí ${ruleset.id}`;
  const total = ruleset.totalPoints;
  if (!(total > 0)) problems.push(error(where, 'Tổng điểm của bộ tiêu chí phải lớn hơn 0.'));
  const maxima = allItems(ruleset).map((i) => i.max);
  const given = maxima.filter((m): m is number => m !== undefined);
  const sum = given.reduce((a, b) => a + b, 0);
  if (given.length === maxima.length && Math.abs(sum - total) > 1e-9) {
    problems.push(error(where, `Điểm tối đa các tiêu chí cộng lại là ${formatViNumber(sum)}, phải bằng ${formatViNumber(total)}.`));
  } else if (sum > total + 1e-9) {
    problems.push(error(where, `Điểm tối đa đã nhập cộng lại là ${formatViNumber(sum)}, vượt quá ${formatViNumber(total)}.`));
  } else if (given.length < maxima.length) {
    problems.push(warning(where, `Còn ${maxima.length - given.length} tiêu chí chưa có điểm tối đa: nhập theo biểu điểm của tỉnh trong bảng Bộ tiêu chí.`));
  }
  if (ruleset.ratings.length === 0) problems.push(error(where, 'Chưa có ngưỡng xếp loại nào.'));
  if (!ruleset.failLabel) problems.push(error(where, 'Chưa có tên xếp loại cho mức không đạt.'));
  ruleset.ratings.forEach((rating, i) => {
    const previous = ruleset.ratings[i - 1];
    if (!rating.label) problems.push(error(where, `Ngưỡng xếp loại thứ ${i + 1} chưa có tên.`));
    if (!(rating.min >= 0 && rating.min <= total)) {
      problems.push(error(where, `Ngưỡng "${rating.label}" là ${formatViNumber(rating.min)} điểm, cần từ 0 đến ${formatViNumber(total)}.`));
    }
    if (previous && !(rating.min < previous.min)) {
      problems.push(error(where, `Ngưỡng "${rating.label}" phải thấp hơn ngưỡng "${previous.label}" (xếp từ cao xuống thấp).`));
    }
  });
  return problems;
}

/** Unverified facts are usable but always shown as such. */
function unverifiedWarnings(ruleset: Ruleset): Problem[] {
  const note = 'chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.';
  const problems: Problem[] = [];
  for (const criterion of ruleset.criteria) {
    const unverifiedItem = criterion.items.find((i) => i.provenance.status === 'unverified');
    if (criterion.provenance.status === 'unverified' || unverifiedItem) {
      problems.push(warning(criterion.code, `Tiêu chí ${criterion.code} ${note}`));
    }
  }
  if (ruleset.scheme === 'points') {
    for (const rating of ruleset.ratings) {
      if (rating.provenance.status === 'unverified') {
        problems.push(warning(rating.label, `Ngưỡng xếp loại "${rating.label}" (từ ${formatViNumber(rating.min)} điểm) ${note}`));
      }
    }
  }
  return problems;
}
