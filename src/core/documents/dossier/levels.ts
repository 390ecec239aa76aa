import type { CriterionResult, Evaluation, ItemResult, LevelOutcomes } from '../../engine/evaluate';
import { LEVEL_IDS, LEVEL_LABELS, type LevelId, type LevelsRuleset } from '../../ruleset/types';
import { addMonths, formatViDate, formatViLongDate } from '../../cells/vi-date';
import { DOTS, dottedLine, heading, para, row, verifyRun } from '../blocks';
import { committeeSignature, documentOf, evidenceText, header, minutesDocument, proposalDocument, reportDocument, type DossierContext, type SchemeDossier, type SchemeView } from './frame';
import { decidingArticles } from './legal';
import { FACT_KEYS, factNumber, factOf, isUnverified } from '../../ruleset/facts';
import type { Block, ChartBlock, ParagraphBlock, ReportDocument, TableBlock } from '../model';
import { CELL, CENTERED } from '../styles';
import { CDHT, criterionLabel, dataPeriod, listText, outcomeText, requirementText, valueText, withNumber } from '../wording';

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

/** The highlighted "[Cần kiểm tra: …]" for the wait, when the ruleset marks it unverified. */
function waitUnverified(ctx: DossierContext): string | null {
  const wait = factOf(ctx.ruleset, FACT_KEYS.md2WaitMonths);
  return wait && isUnverified(wait) ? `điều kiện ${wait.value} tháng giữa Mức độ 1 và Mức độ 2 chưa xác minh (${wait.provenance.ref})` : null;
}

function deferralParagraph(ctx: DossierContext, facts: LevelFacts): ParagraphBlock[] {
  if (!facts.deferral) return [];
  const check = waitUnverified(ctx);
  return [para([{ text: `${facts.deferral}${check ? ' ' : ''}` }, ...(check ? [verifyRun(check)] : [])])];
}

/** A levels ruleset's criteria always have outcomes per level; the type allows their absence for points. */
const outcomesOf = (criterion: CriterionResult): LevelOutcomes => criterion.byLevel ?? { MD1: 'missing', MD2: 'missing' };

/** "đạt Mức độ 1, chưa đạt Mức độ 2" */
function levelsPhrase(byLevel: LevelOutcomes): string {
  return LEVEL_IDS.map((level) => `${byLevel[level] === 'met' ? 'đạt' : 'chưa đạt'} ${LEVEL_LABELS[level]}`).join(', ');
}

function partLine(part: ItemResult & { byLevel: LevelOutcomes }, difficult: boolean): ParagraphBlock {
  const { item } = part;
  const head = `- ${item.code}. ${item.name}: ${valueText(part)}`;
  if (item.kind === 'yesno') return para(`${head}.`);
  const required = LEVEL_IDS.map((level) => `${LEVEL_LABELS[level]}: ${requirementText(item, level, difficult)}`).join(', ');
  return para(`${head} (yêu cầu ${required}); ${levelsPhrase(part.byLevel)}.`);
}

function criterionVerdict(criterion: CriterionResult, facts: LevelFacts): string {
  const byLevel = outcomesOf(criterion);
  const codes = new Set(criterion.indicators.map((i) => i.code));
  const short = LEVEL_IDS.flatMap((level) => {
    const failed = facts.failing[level].filter((code) => codes.has(code));
    return failed.length > 0 ? [`chưa đạt ${LEVEL_LABELS[level]}: ${listText(failed)}`] : [];
  });
  return `Tự đánh giá ${criterionLabel(criterion.criterion.code)}: ${levelsPhrase(byLevel)}${short.length ? ` (chỉ tiêu ${short.join('; ')})` : ''}.`;
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

function resultBlocks(evaluation: LevelsEvaluation, facts: LevelFacts): Block[] {
  return [
    ...evaluation.criteria.flatMap((criterion): Block[] => [
      heading(2, `${criterionLabel(criterion.criterion.code)}. ${criterion.criterion.name}`),
      ...criterion.indicators.flatMap((indicator) => indicator.parts.map((part) => partLine({ ...part, byLevel: part.byLevel ?? indicator.byLevel }, evaluation.difficult))),
      para([{ text: criterionVerdict(criterion, facts), italic: true }]),
    ]),
    chart(evaluation),
  ];
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
        `${names.committee} tự đánh giá ${names.inText} chưa đạt ${CDHT} Mức độ 1 năm ${info.year}; các chỉ tiêu chưa đạt Mức độ 1: ${listText(facts.failing.MD1)}. Một mức độ chỉ được công nhận khi đạt tất cả các tiêu chí, nên xã chưa đủ điều kiện đề nghị công nhận.`,
      ),
    ];
  }
  return [
    para(opening),
    para(`${names.committee} tự đánh giá ${names.inText} đạt ${CDHT} ${LEVEL_LABELS[facts.reached]} năm ${info.year}.`),
    ...(facts.reached === 'MD1' ? [para(`Các chỉ tiêu chưa đạt Mức độ 2: ${listText(facts.failing.MD2)}.`)] : []),
    ...deferralParagraph(ctx, facts),
  ];
}

function view(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): SchemeView {
  const { info, names } = ctx;
  const applied = facts.applied ? LEVEL_LABELS[facts.applied] : '';
  return {
    passed: facts.applied !== null,
    proposalTitle: `Tờ trình đề nghị đánh giá, công nhận ${CDHT}`,
    proposalSubject: `Về việc đề nghị đánh giá, công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}`,
    proposalFindings: [
      para(`Căn cứ kết quả tự đánh giá năm ${info.year} của ${names.committee} (số liệu tính ${dataPeriod(info)}).`),
      para(
        `${names.committee} đã tổ chức tự đánh giá theo ${evaluation.criteria.length} tiêu chí, ${facts.total} chỉ tiêu quy định tại ${decidingArticles(ctx.ruleset)}. Kết quả: đạt ${totalsText(facts)}.`,
      ),
      para(
        `${names.committee} đã tổ chức họp với sự tham gia của Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã, thống nhất đề nghị công nhận ở mức độ xã thực tế đạt được (biên bản họp kèm theo).`,
      ),
      ...deferralParagraph(ctx, facts),
    ],
    proposalRequest: `${names.committee} kính đề nghị ${info.recipientBody} xem xét, thẩm định, trình ${info.decidingAuthority} công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}.`,
    attachments: [
      withNumber(`Báo cáo tự đánh giá, công nhận ${CDHT} năm ${info.year}`, info.reportNumber),
      'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu',
      withNumber('Biên bản họp đề nghị công nhận', info.minutesNumber),
    ],
    reportTitle: `Báo cáo tự đánh giá, công nhận ${CDHT}`,
    reportSubject: `Tự đánh giá, công nhận ${CDHT} năm ${info.year}`,
    results: resultBlocks(evaluation, facts),
    conclusion: conclusion(ctx, facts),
  };
}

/** Each criterion and indicator against the level applied for (Mức độ 1 when none is reached). */
function summaryTable(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts, level: LevelId): TableBlock {
  const rows = evaluation.criteria.flatMap((criterion) => [
    row([criterion.criterion.code, `${criterionLabel(criterion.criterion.code)}. ${criterion.criterion.name}`, '', '', outcomeText(outcomesOf(criterion)[level]), ''], { bold: true }),
    ...criterion.indicators.flatMap((indicator) =>
      indicator.parts.map((part) =>
        row([
          part.item.code,
          part.item.name,
          requirementText(part.item, level, evaluation.difficult),
          valueText(part),
          outcomeText(part.byLevel?.[level] ?? indicator.byLevel[level]),
          evidenceText(ctx, part.item.code),
        ]),
      ),
    ),
  ]);
  const verdict = facts.failing[level].length === 0 ? `Đạt ${LEVEL_LABELS[level]}` : `Chưa đạt ${LEVEL_LABELS[level]}`;
  return {
    kind: 'table',
    widths: [0.07, 0.35, 0.11, 0.11, 0.1, 0.26],
    borders: true,
    cellStyle: CELL,
    aligns: ['center', 'left', 'center', 'center', 'center', 'left'],
    rows: [
      row(['Mã', 'Tiêu chí, chỉ tiêu', `Yêu cầu ${LEVEL_LABELS[level]}`, 'Kết quả của xã', 'Đánh giá', 'Minh chứng'], { header: true }),
      ...rows,
      row(['', `Tổng số chỉ tiêu đạt ${LEVEL_LABELS[level]}`, '', `${facts.met[level]}/${facts.total}`, verdict, ''], { bold: true }),
    ],
  };
}

function summaryDocument(ctx: DossierContext, evaluation: LevelsEvaluation, facts: LevelFacts): ReportDocument {
  const { info, names } = ctx;
  const level = facts.applied ?? 'MD1';
  const date = formatViLongDate(ctx.today);
  // Sent with the Tờ trình; a commune that is not recognised sends it with its report only.
  const attachedTo = facts.applied ? `Tờ trình số ${info.proposalNumber || `${DOTS}/TTr-UBND`} ${date}` : `Báo cáo số ${info.reportNumber || `${DOTS}/BC-UBND`} ${date}`;
  const levelNote = facts.applied ? `${LEVEL_LABELS[level]} (mức độ đề nghị công nhận)` : `${LEVEL_LABELS[level]} (xã chưa đạt mức độ nào)`;
  return documentOf(
    'summary',
    'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu',
    [
      header(ctx, null, true),
      { kind: 'title', typeName: 'BẢN TỔNG HỢP', subject: `Kết quả đánh giá các tiêu chí, chỉ tiêu ${CDHT} năm ${info.year}` },
      para([{ text: `(Kèm theo ${attachedTo} của ${names.committee})`, italic: true }], { ...CENTERED, spaceAfterPt: 6 }),
      para(`Mức độ đối chiếu: ${levelNote}. Xã thuộc vùng khó khăn: ${evaluation.difficult ? 'Có' : 'Không'}. Số liệu tính ${dataPeriod(info)}.`),
      summaryTable(ctx, evaluation, facts, level),
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
    title: `Biên bản họp đề nghị công nhận ${CDHT}`,
    subject: `Họp đánh giá, đề nghị công nhận ${CDHT} năm ${info.year}`,
    attendeesLabel: 'Thành phần tham dự',
    otherAttendees: 'Đại diện Hội Khuyến học xã, Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội của xã',
    content: [
      heading(2, `1. Thông qua kết quả tự đánh giá ${CDHT} năm ${info.year}`),
      para(`Thư ký trình bày kết quả tự đánh giá theo ${decidingArticles(ctx.ruleset)} (số liệu tính ${dataPeriod(info)}):`),
      ...evaluation.criteria.map((c) => para(`- ${criterionLabel(c.criterion.code)}. ${c.criterion.name}: ${levelsPhrase(outcomesOf(c))}.`)),
      para(`Tổng hợp: đạt ${totalsText(facts)}.`),
      heading(2, '2. Ý kiến thảo luận'),
      dottedLine(),
      dottedLine(),
      heading(2, '3. Kết luận'),
      para(
        `Cuộc họp thống nhất kết quả tự đánh giá nêu trên và đề nghị ${info.recipientBody} thẩm định, trình ${info.decidingAuthority} công nhận ${names.inText} đạt ${CDHT} ${applied} năm ${info.year}.`,
      ),
      ...deferralParagraph(ctx, facts),
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
  const deadline = deadlineNote(ctx);
  const check = waitUnverified(ctx);
  const notes = [...(deadline ? [deadline] : []), ...(facts.deferral ? [`${facts.deferral}${check ? ` (${check}.)` : ''}`] : [])];
  if (!scheme.passed) {
    const reason = `${ctx.names.full} chưa đạt Mức độ 1 (chỉ tiêu chưa đạt: ${listText(facts.failing.MD1)}), nên chưa lập hồ sơ đề nghị công nhận.`;
    return {
      documents: [report, summary],
      omitted: [
        { title: scheme.proposalTitle, reason },
        { title: `Biên bản họp đề nghị công nhận ${CDHT}`, reason },
      ],
      notes,
    };
  }
  return { documents: [proposalDocument(ctx, scheme), report, summary, minutes(ctx, evaluation, facts)], omitted: [], notes };
}
