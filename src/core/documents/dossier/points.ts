import type { Evaluation } from '../../engine/evaluate';
import type { PointsRuleset } from '../../ruleset/types';
import { formatViNumber } from '../../cells/vi-number';
import { DOTS, dottedLine, heading, para, row } from '../blocks';
import { committeeSignature, evidenceCodes, evidenceDocument, minutesDocument, proposalDocument, reportDocument, resultEntry, type DossierContext, type SchemeDossier, type SchemeView } from './frame';
import { decidingArticles } from './legal';
import { FACT_KEYS, factNumber, factOf, factText } from '../../ruleset/facts';
import type { Block, ChartBlock, ParagraphBlock, ReportDocument, TableBlock } from '../model';
import { CELL } from '../styles';
import { CDHT, DOSSIER_SYMBOLS, communeBody, criterionLabel, dataPeriod, documentNumber, withNumber } from '../wording';
import { formatViLongDate } from '../../cells/vi-date';

/**
 * The dossier of a points ruleset (Thông tư 44/2014/TT-BGDĐT, assessment years 2015–2023): Tờ
 * trình, Báo cáo đánh giá kết quả and Biên bản tự kiểm tra with the phiếu tự đánh giá, cho điểm.
 * The rating cut-offs and the criterion maxima come from the "Bộ tiêu chí" table (the phiếu shows
 * the maxima the province entered); where that table marks them unverified or leaves maxima blank,
 * the checklist says so, never the text to sign.
 */

export type PointsEvaluation = Evaluation & { ruleset: PointsRuleset };

interface PointsFacts {
  rating: string;
  passed: boolean;
  total: string;
  /** "74,5/100 điểm" */
  outOf: string;
  /** "Tốt từ 85 điểm, Khá từ 70 điểm, Trung bình từ 50 điểm" */
  cutoffs: string;
  cutoffsUnverified: boolean;
  maximaKnown: boolean;
}

function pointsFacts(evaluation: PointsEvaluation): PointsFacts {
  const { ruleset } = evaluation;
  const rating = evaluation.rating ?? ruleset.failLabel;
  return {
    rating,
    passed: rating !== ruleset.failLabel,
    total: formatViNumber(evaluation.score),
    outOf: `${formatViNumber(evaluation.score)}/${formatViNumber(ruleset.totalPoints)} điểm`,
    cutoffs: ruleset.ratings.map((r) => `${r.label} từ ${formatViNumber(r.min)} điểm`).join(', '),
    cutoffsUnverified: ruleset.ratings.some((r) => r.provenance.status === 'unverified'),
    maximaKnown: evaluation.criteria.every((c) => c.max !== undefined),
  };
}

const MAXIMA_UNKNOWN = 'điểm tối đa của từng tiêu chí chưa có trong bảng "Bộ tiêu chí"; ghi theo biểu điểm của tỉnh (tổng 100 điểm)';

function chart(evaluation: PointsEvaluation, facts: PointsFacts): ChartBlock {
  const maxima = evaluation.criteria.map((c) => c.max ?? 0);
  return {
    kind: 'chart',
    id: 'criteria',
    title: 'Điểm tự chấm theo từng tiêu chí',
    categories: evaluation.criteria.map((c) => criterionLabel(c.criterion.code)),
    series: [...(facts.maximaKnown ? [{ name: 'Điểm tối đa', values: maxima }] : []), { name: 'Điểm tự chấm', values: evaluation.criteria.map((c) => c.points) }],
    ...(facts.maximaKnown ? { maxValue: Math.max(...maxima) } : {}),
  };
}

/** Per criterion: what was done, the evidence codes and the points given (its heading names it). */
function resultBlocks(ctx: DossierContext, evaluation: PointsEvaluation, facts: PointsFacts): Block[] {
  return [
    para(`${ctx.names.committee} đã tự kiểm tra, chấm điểm theo ${evaluation.criteria.length} tiêu chí, thang điểm ${formatViNumber(evaluation.ruleset.totalPoints)}. Kết quả từng tiêu chí:`),
    ...evaluation.criteria.flatMap((c): Block[] => {
      const max = c.max === undefined ? '' : `/${formatViNumber(c.max)}`;
      const label = `${criterionLabel(c.criterion.code)}. ${c.criterion.name}`;
      return [
        heading(2, label),
        ...resultEntry(ctx, {
          label,
          codes: [c.criterion.code],
          figures: [],
          assessment: `tự chấm ${formatViNumber(c.points)}${max} điểm`,
          name: criterionLabel(c.criterion.code).toLowerCase(),
          showLabel: false,
        }),
      ];
    }),
    para([{ text: `Tổng số điểm: ${facts.outOf}.`, bold: true }]),
    chart(evaluation, facts),
  ];
}

function resultSentence(facts: PointsFacts, lead: string): ParagraphBlock {
  return para(`${lead}tổng số điểm đạt ${facts.outOf}, xếp loại ${facts.rating}.`);
}

function view(ctx: DossierContext, evaluation: PointsEvaluation, facts: PointsFacts): SchemeView {
  const { info, names } = ctx;
  const conclusion = facts.passed
    ? [resultSentence(facts, `Đối chiếu với ${decidingArticles(ctx.ruleset)}, ${names.committee} tự đánh giá: `)]
    : [resultSentence(facts, `Đối chiếu với ${decidingArticles(ctx.ruleset)}, ${names.committee} tự đánh giá: `), para(`${names.full} chưa đủ điều kiện đề nghị công nhận ${CDHT} năm ${info.year}.`)];
  return {
    passed: facts.passed,
    proposalTitle: `Tờ trình đề nghị kiểm tra, công nhận ${CDHT}`,
    proposalSubject: `Về việc đề nghị kiểm tra, công nhận kết quả xây dựng ${CDHT} năm ${info.year} của ${names.inText}`,
    proposalFindings: [
      para(
        `${names.committee} đã tổ chức tự kiểm tra, chấm điểm kết quả xây dựng ${CDHT} năm ${info.year} (số liệu tính ${dataPeriod(info, ctx.today)}) theo ${evaluation.criteria.length} tiêu chí; biên bản tự kiểm tra và phiếu tự đánh giá, cho điểm kèm theo.`,
      ),
      resultSentence(facts, 'Kết quả: '),
      ...roleParagraphs(ctx),
    ],
    proposalRequest: `${names.committee} kính đề nghị ${info.recipientBody} kiểm tra, trình ${info.decidingAuthority} công nhận ${names.inText} đạt ${CDHT} năm ${info.year}, xếp loại ${facts.rating}.`,
    attachments: [
      withNumber(`Báo cáo đánh giá kết quả xây dựng ${CDHT} năm ${info.year}`, info.reportNumber, DOSSIER_SYMBOLS.report),
      withNumber('Biên bản tự kiểm tra kèm phiếu tự đánh giá, cho điểm', info.minutesNumber, DOSSIER_SYMBOLS.minutes),
      'Danh mục minh chứng',
    ],
    reportTitle: `Báo cáo đánh giá kết quả xây dựng ${CDHT}`,
    reportSubject: `Đánh giá kết quả xây dựng ${CDHT} năm ${info.year}`,
    results: resultBlocks(ctx, evaluation, facts),
    conclusion,
    keep: [CDHT, `năm ${info.year}`, names.inText],
  };
}

function scoreTable(ctx: DossierContext, evaluation: PointsEvaluation, facts: PointsFacts): TableBlock {
  return {
    kind: 'table',
    // The phiếu is a one-page form (test/documents/pdf-pages.test.ts): 12 pt, one point of air
    // above and below each cell, point columns wide enough for "Điểm / tự chấm" on two lines and
    // the codes' for "minh chứng" whole (22 mm at 12 pt bold).
    widths: [0.06, 0.53, 0.12, 0.12, 0.17],
    borders: true,
    cellStyle: { ...CELL, sizePt: 12, spaceBeforePt: 1, spaceAfterPt: 1 },
    aligns: ['center', 'left', 'center', 'center', 'left'],
    rows: [
      row(['TT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Mã minh chứng'], { header: true }),
      ...evaluation.criteria.map((c, i) => row([String(i + 1), c.criterion.name, c.max === undefined ? '–' : formatViNumber(c.max), formatViNumber(c.points), evidenceCodes(ctx, [c.criterion.code])])),
      // The rating shares the total's row, so the phiếu and its signature need one row less.
      row(['', 'Tổng số điểm', formatViNumber(evaluation.ruleset.totalPoints), facts.total, `Xếp loại: ${facts.rating}`], { bold: true }),
    ],
  };
}

/**
 * A rule of the ruleset as a document states it, citing its clause the way Vietnamese texts do:
 * "Theo khoản 2 Điều 4 Thông tư số 44/2014/TT-BGDĐT, các tiêu chí …". A reference in another
 * form leaves the rule as it is.
 */
function ruleSentence(ctx: DossierContext, rule: string, ref: string): string {
  const clause = /Điều (\d+) khoản (\d+)/.exec(ref);
  const citation = factText(ctx.ruleset, FACT_KEYS.citation);
  if (!clause || !citation) return rule;
  return `Theo khoản ${clause[2]} Điều ${clause[1]} ${citation}, ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`;
}

/** The phiếu, on its own page after the minutes' signatures: it is signed and stamped by the commune. */
function scoreSheet(ctx: DossierContext, evaluation: PointsEvaluation, facts: PointsFacts): Block[] {
  const { info, names } = ctx;
  const rule = factOf(ctx.ruleset, FACT_KEYS.evidenceRule);
  // TT44 Điều 4 khoản 2, where the scores are given: a rule of the circular, not a fact to check.
  const notes: ParagraphBlock[] = rule ? [para(`Ghi chú: ${ruleSentence(ctx, String(rule.value), rule.provenance.ref)}`)] : [];
  return [
    { kind: 'pageBreak' },
    {
      kind: 'title',
      typeName: 'PHIẾU TỰ ĐÁNH GIÁ, CHO ĐIỂM',
      subject: `Kết quả xây dựng ${CDHT} năm ${info.year} của ${names.inText}`,
      keep: [CDHT, `năm ${info.year}`, names.inText],
    },
    para([{ text: `(Kèm theo Biên bản tự kiểm tra số ${info.minutesNumber || `${DOTS}/BB-BCĐ`})`, italic: true }], { align: 'center', sizePt: 14, spaceAfterPt: 6 }),
    scoreTable(ctx, evaluation, facts),
    ...notes,
    committeeSignature(ctx, null),
  ];
}

function selfCheck(ctx: DossierContext, evaluation: PointsEvaluation, facts: PointsFacts): ReportDocument {
  const { info, names } = ctx;
  const proposal = facts.passed ? ` và đề nghị ${info.recipientBody} kiểm tra, công nhận, xếp loại ${facts.rating}` : `; ${names.unit} chưa đủ điều kiện đề nghị công nhận`;
  return minutesDocument(ctx, {
    kind: 'selfCheck',
    // Sent with the Tờ trình only when the commune applies (TT44 Điều 5: the dossier).
    sent: facts.passed,
    title: 'Biên bản tự kiểm tra và phiếu tự đánh giá, cho điểm',
    subject: `Tự kiểm tra kết quả xây dựng ${CDHT} năm ${info.year}`,
    attendeesLabel: 'Thành phần đoàn tự kiểm tra',
    otherAttendees: `Đại diện các ban, ngành, đoàn thể của ${names.unit}`,
    content: [
      heading(2, '1. Nội dung kiểm tra'),
      para(
        `Đoàn kiểm tra hồ sơ, minh chứng của ${evaluation.criteria.length} tiêu chí theo ${decidingArticles(ctx.ruleset)} (số liệu tính ${dataPeriod(info, ctx.today)}) và chấm điểm theo phiếu tự đánh giá, cho điểm kèm theo biên bản này.`,
      ),
      heading(2, '2. Kết quả'),
      resultSentence(facts, 'Kết quả chấm điểm: '),
      heading(2, '3. Ý kiến của các thành viên'),
      dottedLine(),
      dottedLine(),
      heading(2, '4. Kết luận'),
      para(`Đoàn tự kiểm tra thống nhất kết quả tự chấm điểm nêu trên${proposal}.`),
    ],
    appendix: scoreSheet(ctx, evaluation, facts),
  });
}

/**
 * Who did what under the ruleset's procedure (TT44 Điều 5 khoản 1 điểm b, Điều 6 khoản 2: the
 * commune's Hội Khuyến học prepares the dossier after the self-check, the commune chairman
 * certifies the report), from its facts, each body named for this commune; nothing for a ruleset
 * without them.
 */
function roleParagraphs(ctx: DossierContext): ParagraphBlock[] {
  const lead = factText(ctx.ruleset, FACT_KEYS.selfCheckLead);
  const certifier = factText(ctx.ruleset, FACT_KEYS.reportCertifier);
  if (!lead || !certifier) return [];
  return [para(`Căn cứ kết quả tự kiểm tra, ${communeBody(lead, ctx.names)} đã lập hồ sơ; báo cáo kèm minh chứng có xác nhận của ${communeBody(certifier, ctx.names)}.`)];
}

/** Who the text names as receiving the dossier and deciding (the district, in TT44's era), for the user to compare with "Thông tin". */
function authorityNote(ctx: DossierContext): string | null {
  const recipient = factOf(ctx.ruleset, FACT_KEYS.recipient);
  const decider = factOf(ctx.ruleset, FACT_KEYS.decider);
  if (!recipient || !decider) return null;
  return `Theo ${recipient.provenance.ref}, hồ sơ gửi ${recipient.value} và ${decider.value} quyết định công nhận (${decider.provenance.ref}); hồ sơ này ghi "${ctx.info.recipientBody}" và "${ctx.info.decidingAuthority}" theo trang "Thông tin".`;
}

/** "… đã bị bãi bỏ …: hồ sơ này dùng cho năm đánh giá đến 2023 …", from the ruleset's facts BAI_BO and NAM_CUOI. */
function repealedNote(ctx: DossierContext): string | null {
  const repealed = factText(ctx.ruleset, FACT_KEYS.repealed);
  if (!repealed) return null;
  const last = factNumber(ctx.ruleset, FACT_KEYS.lastYear);
  return `${repealed}: hồ sơ này dùng cho năm đánh giá${last === undefined ? ' trước đó' : ` đến ${last}`} hoặc theo quy định riêng của địa phương.`;
}

export function pointsDossier(ctx: DossierContext, evaluation: PointsEvaluation): SchemeDossier {
  const facts = pointsFacts(evaluation);
  const scheme = view(ctx, evaluation, facts);
  const date = formatViLongDate(ctx.today);
  const annex = evidenceDocument(ctx, `Báo cáo số ${documentNumber(ctx.info.reportNumber, ...DOSSIER_SYMBOLS.report)} ${date}`);
  const documents = [reportDocument(ctx, scheme), selfCheck(ctx, evaluation, facts), annex];
  const notes = [
    ...[repealedNote(ctx), authorityNote(ctx)].filter((note): note is string => note !== null),
    ...(facts.cutoffsUnverified ? [`Ngưỡng xếp loại (${facts.cutoffs}) chưa được xác minh từ văn bản gốc: kiểm tra trước khi ký.`] : []),
    ...(facts.maximaKnown ? [] : [`Phiếu tự đánh giá: ${MAXIMA_UNKNOWN}.`]),
  ];
  if (!facts.passed) {
    const reason = `${ctx.names.full} xếp loại ${facts.rating} (${facts.outOf}), nên chưa lập Tờ trình đề nghị công nhận.`;
    return { documents, omitted: [{ title: scheme.proposalTitle, reason }], notes };
  }
  return { documents: [proposalDocument(ctx, scheme), ...documents], omitted: [], notes };
}
