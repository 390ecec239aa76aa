import { levelRequirementText } from '../../ruleset/requirements';
import type { CriterionResult, Evaluation, ItemResult, LevelOutcomes, Outcome } from '../../engine/evaluate';
import { LEVEL_IDS, LEVEL_LABELS, type LevelId, type LevelsRuleset } from '../../ruleset/types';
import { addMonths, formatViDate, formatViLongDate } from '../../cells/vi-date';
import { DOTS, dottedLine, heading, keepLastWithNext, keptTogether, para, row } from '../blocks';
import {
  committeeSignature,
  documentOf,
  evidenceCodes,
  evidenceDocument,
  header,
  minutesDocument,
  proposalDocument,
  reportDocument,
  resultEntry,
  type DossierContext,
  type SchemeDossier,
  type SchemeView,
} from './frame';
import { assessedCriteria, decidingArticles } from './legal';
import { keepTogether } from '../layout';
import { FACT_KEYS, factNumber, factOf, isUnverified } from '../../ruleset/facts';
import type { Block, ChartBlock, ParagraphBlock, ReportDocument, TableBlock } from '../model';
import { BODY, CELL, CENTERED } from '../styles';
import { RESULT_WORDS } from '../../cells/result-words';
import { foldText } from '../../cells/text';
import { CDHT, DOSSIER_SYMBOLS, capitalise, criterionLabel, dataPeriod, documentNumber, indicatorLabel, listText, outcomeText, shortCode, valueText, withNumber } from '../wording';

/**
 * The dossier of a ruleset with recognition levels (Thông tư 25/2023/TT-BGDĐT): Tờ trình, Báo cáo
 * tự đánh giá and Bản tổng hợp (Điều 9), plus the minutes of the meeting the procedure requires.
 */

export type LevelsEvaluation = Evaluation & { ruleset: LevelsRuleset };

interface LevelFacts {
  total: number;
  met: Record<LevelId, number>;
  /** Codes of the indicators not met, per level. */
  failing: Record<LevelId, string[]>;
  /** The highest level reached (all criteria met), or null. */
  reached: LevelId | null;
  /** The level the dossier applies for: the level reached, unless Mức độ 2 must wait. */
  applied: LevelId | null;
  /** Why a commune that reached Mức độ 2 applies for Mức độ 1. */
  deferral: string | null;
}

function levelFacts(ctx: DossierContext, evaluation: LevelsEvaluation): LevelFacts {
  const indicators = evaluation.criteria.flatMap((c) => c.indicators);
  const failing = { MD1: [] as string[], MD2: [] as string[] };
  for (const indicator of indicators) {
    for (const level of LEVEL_IDS) if (indicator.byLevel[level] !== 'met') failing[level].push(indicator.code);
  }
  const reached = evaluation.rating === LEVEL_LABELS.MD2 ? 'MD2' : evaluation.rating === LEVEL_LABELS.MD1 ? 'MD1' : null;
  const deferral = reached === 'MD2' ? md2Deferral(ctx) : null;
  return {
    total: indicators.length,
    met: { MD1: indicators.length - failing.MD1.length, MD2: indicators.length - failing.MD2.length },
    failing,
    reached,
    applied: deferral ? 'MD1' : reached,
    deferral,
  };
}

/**
 * Mức độ 2 may be applied for only some months after the Mức độ 1 decision (the ruleset's fact
 * CHO_MD2_THANG, unverified). Returns why the commune must apply for Mức độ 1, or null when it
 * need not wait or the ruleset has no such rule.
 */
function md2Deferral(ctx: DossierContext): string | null {
  const months = factNumber(ctx.ruleset, FACT_KEYS.md2WaitMonths);
  if (months === undefined) return null;
  const decided = ctx.info.md1DecisionDate;
  if (decided && addMonths(decided, months) <= ctx.today) return null;
  const why = decided
    ? `chưa đủ ${months} tháng kể từ quyết định công nhận Mức độ 1 ngày ${formatViDate(decided)}`
    : 'chưa có quyết định công nhận Mức độ 1 (ô "Ngày quyết định công nhận Mức độ 1" ở trang "Thông tin" còn trống)';
  return `${ctx.names.full} đạt các chỉ tiêu của Mức độ 2 nhưng ${why}, nên hồ sơ đề nghị công nhận Mức độ 1.`;
}

/** The unverified wait between Mức độ 1 and Mức độ 2, when the ruleset marks it so: for the checklist. */
function waitUnverified(ctx: DossierContext): string | null {
  const wait = factOf(ctx.ruleset, FACT_KEYS.md2WaitMonths);
  return wait && isUnverified(wait) ? `điều kiện ${wait.value} tháng giữa Mức độ 1 và Mức độ 2 chưa xác minh (${wait.provenance.ref})` : null;
}

function deferralParagraph(facts: LevelFacts): ParagraphBlock[] {
  return facts.deferral ? [para(facts.deferral)] : [];
}

/** "chỉ tiêu 4.3, chỉ tiêu 5.1 và chỉ tiêu 5.2" for indicator codes. */
const indicatorList = (codes: string[]): string => listText(codes.map(indicatorLabel));

/** A levels ruleset's criteria always have outcomes per level; the type allows their absence for points. */
const outcomesOf = (criterion: CriterionResult): LevelOutcomes => criterion.byLevel ?? { MD1: 'missing', MD2: 'missing' };

/**
 * The result words inside a sentence, as the sheet and the sidebar show them
 * (src/core/cells/result-words.ts): an indicator or a criterion "không đạt" a level, the commune
 * "chưa đạt" one (it is recognised at no level).
 */
const NOT_MET = foldText(RESULT_WORDS.notMet);
const BELOW = foldText(RESULT_WORDS.below);

/** One level's outcome in a sentence: "đạt Mức độ 1", "không đạt Mức độ 2", "Mức độ 2: thiếu dữ liệu". */
function levelPhrase(outcome: Outcome, level: LevelId): string {
  return outcome === 'missing' ? `${LEVEL_LABELS[level]}: ${foldText(RESULT_WORDS.missing)}` : `${foldText(outcomeText(outcome))} ${LEVEL_LABELS[level]}`;
}

/** "đạt Mức độ 1, không đạt Mức độ 2" */
function levelsPhrase(byLevel: LevelOutcomes): string {
  return LEVEL_IDS.map((level) => levelPhrase(byLevel[level], level)).join(', ');
}

/**
 * The figure of one part as the report states it: "65,12% (yêu cầu để công nhận Mức độ 1: ≥ 60%;
 * Mức độ 2: ≥ 80%)". A yes/no indicator has no figure: its description says what was done.
 */
function figureText(part: ItemResult, difficult: boolean, withName: boolean): string | null {
  const { item } = part;
  if (item.kind === 'yesno') return null;
  const required = LEVEL_IDS.map((level) => `${LEVEL_LABELS[level]}: ${levelRequirementText(item, level, difficult).toLowerCase()}`).join('; ');
  return `${withName ? `${item.name}: ` : ''}${valueText(part).toLowerCase()} (yêu cầu để công nhận ${required})`;
}

/**
 * "Tự đánh giá tiêu chí 5: không đạt Mức độ 1, không đạt Mức độ 2 (chỉ tiêu 5.1 không đạt Mức độ 1 và
 * Mức độ 2; chỉ tiêu 5.2 không đạt Mức độ 2)": each indicator that falls short named once, with
 * those of the same levels; "(chỉ tiêu 2.2 không đạt)" when every one falls short of every level,
 * which the criterion's levels already say (review rev13f F7).
 */
function criterionVerdict(criterion: CriterionResult, facts: LevelFacts): string {
  const byLevel = outcomesOf(criterion);
  const levelsOf = (code: string) => LEVEL_IDS.filter((level) => facts.failing[level].includes(code));
  const groups = new Map<string, { levels: LevelId[]; codes: string[] }>();
  for (const { code } of criterion.indicators) {
    const levels = levelsOf(code);
    if (levels.length === 0) continue;
    const key = levels.join();
    groups.set(key, { levels, codes: [...(groups.get(key)?.codes ?? []), code] });
  }
  const everyLevel = [...groups.values()].every((group) => group.levels.length === LEVEL_IDS.length);
  const short = [...groups.values()].map(({ levels, codes }) => `${indicatorList(codes)} ${NOT_MET}${everyLevel ? '' : ` ${listText(levels.map((level) => LEVEL_LABELS[level]))}`}`);
  return `Tự đánh giá ${criterionLabel(criterion.criterion.code).toLowerCase()}: ${levelsPhrase(byLevel)}${short.length ? ` (${short.join('; ')})` : ''}.`;
}

function chart(evaluation: LevelsEvaluation): ChartBlock {
  const count = (c: CriterionResult, level: LevelId) => c.indicators.filter((i) => i.byLevel[level] === 'met').length;
  return {
    kind: 'chart',
    id: 'criteria',
    title: 'Số chỉ tiêu đạt theo từng tiêu chí',
    categories: evaluation.criteria.map((c) => criterionLabel(c.criterion.code)),
    series: [
      { name: 'Tổng số chỉ tiêu', values: evaluation.criteria.map((c) => c.indicators.length) },
      ...LEVEL_IDS.map((level) => ({ name: `Đạt ${LEVEL_LABELS[level]}`, values: evaluation.criteria.map((c) => count(c, level)) })),
    ],
    maxValue: Math.max(...evaluation.criteria.map((c) => c.indicators.length)),
    valueStep: 1,
  };
}

/** Per criterion, per indicator: what was done, the figures, the evidence codes, the self-assessment. */
function resultBlocks(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): Block[] {
  return [
    ...evaluation.criteria.flatMap((criterion): Block[] => [
      heading(2, `${criterionLabel(criterion.criterion.code)}. ${criterion.criterion.name}`),
      // The last indicator's last line goes over with the verdict, which never opens a page alone.
      ...keepLastWithNext(
        criterion.indicators.flatMap((indicator) => {
          const several = indicator.parts.length > 1;
          const figures = indicator.parts.map((part) => figureText(part, evaluation.difficult, several)).filter((f): f is string => f !== null);
          return resultEntry(ctx, {
            label: `${capitalLabel(indicator.code)}. ${several ? indicatorName(criterion, indicator.code) : indicator.parts[0].item.name}`,
            codes: [indicator.code, ...indicator.parts.map((p) => p.item.code), criterion.criterion.code],
            figures,
            assessment: levelsPhrase(indicator.byLevel),
          });
        }),
      ),
      para([{ text: criterionVerdict(criterion, facts), italic: true }]),
    ]),
    chart(evaluation),
  ];
}

const capitalLabel = (code: string) => {
  const label = indicatorLabel(code);
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** An indicator of several parts is named by its first part's wording up to "; trong đó" (TC5.2). */
function indicatorName(criterion: CriterionResult, code: string): string {
  const first = criterion.indicators.find((i) => i.code === code)?.parts[0]?.item.name ?? '';
  return first.split(/;\s*trong đó/)[0];
}

function totalsText(facts: LevelFacts): string {
  return LEVEL_IDS.map((level) => `${facts.met[level]}/${facts.total} chỉ tiêu ${LEVEL_LABELS[level]}`).join('; ');
}

function conclusion(ctx: DossierContext, facts: LevelFacts): ParagraphBlock[] {
  const { names, info } = ctx;
  const opening = `Đối chiếu với ${decidingArticles(ctx.ruleset)}, ${names.inText} đạt ${totalsText(facts)}.`;
  if (!facts.reached) {
    return [
      para(opening),
      para(
        `${names.committee} tự đánh giá ${names.inText} ${BELOW} ${CDHT} ${LEVEL_LABELS.MD1} năm ${info.year}; các chỉ tiêu ${NOT_MET} ${LEVEL_LABELS.MD1}: ${indicatorList(facts.failing.MD1)}. Một mức độ chỉ được công nhận khi đạt tất cả các tiêu chí, nên ${names.unit} chưa đủ điều kiện đề nghị công nhận.`,
      ),
    ];
  }
  return [
    para(opening),
    para(`${names.committee} tự đánh giá ${names.inText} đạt ${CDHT} ${LEVEL_LABELS[facts.reached]} năm ${info.year}.`),
    ...(facts.reached === 'MD1' ? [para(`Các chỉ tiêu ${NOT_MET} ${LEVEL_LABELS.MD2}: ${indicatorList(facts.failing.MD2)}.`)] : []),
    ...deferralParagraph(facts),
  ];
}

/**
 * The commune's organisations that take part in its meeting (Thông tư 25/2023, Điều 9 khoản 1 điểm
 * c), named with the commune's own unit: "Hội Khuyến học phường, … của phường".
 */
const organisations = (unit: string): string => `Hội Khuyến học ${unit}, Ủy ban Mặt trận Tổ quốc Việt Nam ${unit} và các tổ chức chính trị - xã hội của ${unit}`;

function view(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): SchemeView {
  const { info, names } = ctx;
  const applied = facts.applied ? LEVEL_LABELS[facts.applied] : '';
  return {
    passed: facts.applied !== null,
    proposalTitle: `Tờ trình đề nghị đánh giá, công nhận ${CDHT}`,
    proposalSubject: `Về việc đề nghị đánh giá, công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}`,
    proposalFindings: [
      para(
        `${names.committee} đã tổ chức tự đánh giá năm ${info.year} (số liệu tính ${dataPeriod(info, ctx.today)}) theo ${assessedCriteria(
          ctx.ruleset,
          evaluation.criteria.map((c) => c.criterion.code),
          evaluation.criteria.flatMap((c) => c.indicators.map((i) => i.code)),
        )}. Kết quả: đạt ${totalsText(facts)}.`,
      ),
      para(`${names.committee} đã tổ chức họp với sự tham gia của ${organisations(names.unit)}, thống nhất đề nghị công nhận ở mức độ ${names.unit} thực tế đạt được (biên bản họp kèm theo).`),
      ...deferralParagraph(facts),
    ],
    proposalRequest: `${names.committee} kính đề nghị ${info.recipientBody} xem xét, thẩm định, trình ${info.decidingAuthority} công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}.`,
    attachments: [
      withNumber(`Báo cáo tự đánh giá, công nhận ${CDHT} năm ${info.year}`, info.reportNumber, DOSSIER_SYMBOLS.report),
      'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu',
      'Danh mục minh chứng',
      withNumber('Biên bản họp đề nghị công nhận', info.minutesNumber, DOSSIER_SYMBOLS.minutes),
    ],
    reportTitle: `Báo cáo tự đánh giá, công nhận ${CDHT}`,
    reportSubject: `Tự đánh giá, công nhận ${CDHT} năm ${info.year}`,
    results: resultBlocks(ctx, evaluation, facts),
    conclusion: conclusion(ctx, facts),
    keep: [CDHT, `năm ${info.year}`, names.inText, ...(applied ? [applied] : [])],
  };
}

/** Each criterion (a label across the table) and indicator against the level applied for (Mức độ 1 when none is reached). */
function summaryTable(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts, level: LevelId): TableBlock {
  const rows = evaluation.criteria.flatMap((criterion) => [
    row([`${criterionLabel(criterion.criterion.code)}. ${criterion.criterion.name}: ${outcomeText(outcomesOf(criterion)[level]).toLowerCase()} ${LEVEL_LABELS[level]}`], { bold: true, span: true }),
    ...criterion.indicators.flatMap((indicator) =>
      keptTogether(
        indicator.parts.map((part, i) =>
          row([
            // An indicator of several parts (TC5.2a, TC5.2b) is chỉ tiêu 5.2 in the text: its number on its first row only.
            i === 0 ? shortCode(indicator.code) : '',
            part.item.name,
            levelRequirementText(part.item, level, evaluation.difficult) || '–',
            valueText(part),
            outcomeText(part.byLevel?.[level] ?? indicator.byLevel[level]),
            // The evidence of an indicator of several parts is cited once, on its first row.
            i === 0 ? evidenceCodes(ctx, [indicator.code, ...indicator.parts.map((p) => p.item.code), criterion.criterion.code]) : '',
          ]),
        ),
      ),
    ),
  ]);
  const verdict = `${facts.failing[level].length === 0 ? RESULT_WORDS.met : RESULT_WORDS.below} ${LEVEL_LABELS[level]}`;
  return {
    kind: 'table',
    widths: [0.07, 0.41, 0.13, 0.13, 0.1, 0.16],
    borders: true,
    // 12 pt like the evidence list: the table takes a page less, and its last rows share the signature's page.
    cellStyle: { ...CELL, sizePt: 12 },
    aligns: ['center', 'left', 'center', 'center', 'center', 'left'],
    rows: [
      row(['Mã', 'Tiêu chí, chỉ tiêu', `Yêu cầu ${keepTogether(LEVEL_LABELS[level], [LEVEL_LABELS[level]])}`, `Kết quả của ${ctx.names.unit}`, 'Đánh giá', 'Mã minh chứng'], { header: true }),
      ...rows,
      row(['', `Tổng số chỉ tiêu đạt ${LEVEL_LABELS[level]}`, '', `${facts.met[level]}/${facts.total}`, verdict, ''], { bold: true }),
    ],
  };
}

/** Sent with the Tờ trình; a commune that is not recognised sends its annexes with its report only. */
function attachedTo(ctx: DossierContext, facts: LevelFacts): string {
  const { info } = ctx;
  const date = formatViLongDate(ctx.today);
  return facts.applied
    ? `Tờ trình số ${documentNumber(info.proposalNumber, ...DOSSIER_SYMBOLS.proposal)} ${date}`
    : `Báo cáo số ${documentNumber(info.reportNumber, ...DOSSIER_SYMBOLS.report)} ${date}`;
}

function summaryDocument(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): ReportDocument {
  const { info, names } = ctx;
  const level = facts.applied ?? 'MD1';
  const levelNote = facts.applied ? `${LEVEL_LABELS[level]} (mức độ đề nghị công nhận)` : `${LEVEL_LABELS[level]} (${names.unit} chưa đạt mức độ nào)`;
  return documentOf(
    'summary',
    'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu',
    [
      header(ctx, null, true),
      { kind: 'title', typeName: 'BẢN TỔNG HỢP', subject: `Kết quả đánh giá các tiêu chí, chỉ tiêu ${CDHT} năm ${info.year}`, keep: [CDHT, `năm ${info.year}`] },
      para([{ text: `(Kèm theo ${attachedTo(ctx, facts)} của ${names.committee})`, italic: true }], { ...CENTERED, spaceAfterPt: 6 }),
      para(`Mức độ đối chiếu: ${levelNote}. ${capitalise(names.unit)} thuộc vùng khó khăn: ${evaluation.difficult ? 'Có' : 'Không'}. Số liệu tính ${dataPeriod(info, ctx.today)}.`),
      summaryTable(ctx, evaluation, facts, level),
      // The closing line goes onto the signature's page with it, and the table's last row with both (layout.ts).
      para(`Kết luận: ${names.inText} ${facts.failing[level].length === 0 ? foldText(RESULT_WORDS.met) : BELOW} ${CDHT} ${LEVEL_LABELS[level]} năm ${info.year}.`, { ...BODY, spaceBeforePt: 6 }),
      committeeSignature(ctx, null),
    ],
    true,
  );
}

function minutes(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): ReportDocument {
  const { info, names } = ctx;
  const applied = facts.applied ? LEVEL_LABELS[facts.applied] : '';
  return minutesDocument(ctx, {
    kind: 'minutes',
    // Only a commune that applies holds this meeting, and its minutes go with the Tờ trình.
    sent: true,
    title: `Biên bản họp đề nghị công nhận ${CDHT}`,
    subject: `Họp đánh giá, đề nghị công nhận ${CDHT} năm ${info.year}`,
    attendeesLabel: 'Thành phần tham dự',
    otherAttendees: `Đại diện ${organisations(names.unit)}`,
    content: [
      heading(2, `1. Thông qua kết quả tự đánh giá ${CDHT} năm ${info.year}`),
      para(`Thư ký trình bày kết quả tự đánh giá theo ${decidingArticles(ctx.ruleset)} (số liệu tính ${dataPeriod(info, ctx.today)}):`),
      ...evaluation.criteria.map((c) => para(`- ${criterionLabel(c.criterion.code)}. ${c.criterion.name}: ${levelsPhrase(outcomesOf(c))}.`)),
      para(`Tổng hợp: đạt ${totalsText(facts)}.`),
      heading(2, '2. Ý kiến thảo luận'),
      dottedLine(),
      dottedLine(),
      heading(2, '3. Kết luận'),
      para(
        `Cuộc họp thống nhất kết quả tự đánh giá nêu trên và đề nghị ${info.recipientBody} thẩm định, trình ${info.decidingAuthority} công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}.`,
      ),
      ...deferralParagraph(facts),
      para(`Số thành viên dự họp đồng ý: ${DOTS}/${DOTS}.`),
    ],
  });
}

/** The dossier is sent before the ruleset's deadline in the next year (TT25: 28/02, Điều 9), or null without one. */
function deadlineNote(ctx: DossierContext): string | null {
  const day = factNumber(ctx.ruleset, FACT_KEYS.deadlineDay);
  const month = factNumber(ctx.ruleset, FACT_KEYS.deadlineMonth);
  if (day === undefined || month === undefined) return null;
  const year = ctx.info.year + 1;
  const late = ctx.today > new Date(year, month - 1, day, 23, 59, 59) ? ' Hạn này đã qua.' : '';
  const pad = (n: number) => String(n).padStart(2, '0');
  const ref = factOf(ctx.ruleset, FACT_KEYS.deadlineDay)?.provenance.ref;
  return `Hồ sơ gửi trước ngày ${pad(day)}/${pad(month)}/${year}; số liệu tính từ ngày 01/01 đến ngày 31/12/${ctx.info.year} (${ref}).${late}`;
}

export function levelsDossier(ctx: DossierContext, evaluation: LevelsEvaluation): SchemeDossier {
  const facts = levelFacts(ctx, evaluation);
  const scheme = view(ctx, evaluation, facts);
  const report = reportDocument(ctx, scheme);
  const summary = summaryDocument(ctx, evaluation, facts);
  const annex = evidenceDocument(ctx, attachedTo(ctx, facts));
  const deadline = deadlineNote(ctx);
  const check = waitUnverified(ctx);
  const notes = [...(deadline ? [deadline] : []), ...(facts.deferral && check ? [`${capitalise(check)}: kiểm tra trước khi ký.`] : [])];
  if (!scheme.passed) {
    const reason = `${ctx.names.full} ${BELOW} ${LEVEL_LABELS.MD1} (${NOT_MET}: ${indicatorList(facts.failing.MD1)}), nên chưa lập hồ sơ đề nghị công nhận.`;
    return {
      documents: [report, summary, annex],
      omitted: [
        { title: scheme.proposalTitle, reason },
        { title: `Biên bản họp đề nghị công nhận ${CDHT}`, reason },
      ],
      notes,
    };
  }
  return { documents: [proposalDocument(ctx, scheme), report, summary, annex, minutes(ctx, evaluation, facts)], omitted: [], notes };
}
