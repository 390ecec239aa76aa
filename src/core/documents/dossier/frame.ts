import type { CommitteeMember, CommuneInfo, ReportNarrative } from '../../workbook/commune';
import type { Ruleset } from '../../ruleset/types';
import { foldText } from '../../cells/text';
import { formatViLongDate } from '../../cells/vi-date';
import type { IndicatorEvidence } from '../../workbook/snapshot';
import { DOTS, fillRun, heading, narrativeParagraphs, narrativeSection, para } from '../blocks';
import { evidenceTable, LIST_HINT, type EvidenceCatalogue } from './evidence';
import { linkParts, type TextPart } from '../../workbook/evidence';
import { SHEETS } from '../../template/layout';
import { keptNames, PARAGRAPH_GAP_MIN_PT, recipientText } from '../layout';
import { fitOnePage } from '../page-fit';
import { legalBasis } from './legal';
import type { Block, DocumentKind, HeaderBlock, ParagraphBlock, ParagraphStyle, ReportDocument, Run, SignatureBlock, Signer } from '../model';
import { BODY, CENTERED, SIZE, pageSetup, textWidthMm } from '../styles';
import { CDHT, DOSSIER_SYMBOLS, dataPeriod, indicatorLabel, numberLine, placeDate, sameBody, type CommuneNames } from '../wording';

/**
 * The parts every dossier shares, whatever the ruleset: the header and signature, and the three
 * kinds of document (Tờ trình, Báo cáo, Biên bản). A ruleset supplies only what differs, as a
 * `SchemeView`, so TT25 and TT44 documents are not two copies of the same code.
 */

export interface DossierContext {
  info: CommuneInfo;
  narrative: ReportNarrative;
  evidence: ReadonlyMap<string, IndicatorEvidence>;
  ruleset: Ruleset;
  /** The evidence the documents cite by code, and the annex lists. */
  catalogue: EvidenceCatalogue;
  today: Date;
  names: CommuneNames;
  /** Cơ quan chủ quản above the commune's committee: "UBND TỈNH SÔNG LAM". */
  parentBody: string;
}

export interface SchemeView {
  /** The commune reaches a result it can be recognised for. */
  passed: boolean;
  proposalTitle: string;
  /** Trích yếu of the Tờ trình: "Về việc đề nghị …". */
  proposalSubject: string;
  /** What the Tờ trình reports before asking: the self-assessment and its result. */
  proposalFindings: ParagraphBlock[];
  /** "Ủy ban nhân dân xã … kính đề nghị …". */
  proposalRequest: string;
  /** Documents sent with the Tờ trình, in order. */
  attachments: string[];
  reportTitle: string;
  /** Trích yếu of the Báo cáo. */
  reportSubject: string;
  /** Section II of the Báo cáo: the results per criterion and the chart. */
  results: Block[];
  /** Section IV of the Báo cáo: the overall result. */
  conclusion: ParagraphBlock[];
  /** Phrases the trích yếu keeps on one line ("cấp xã", "Mức độ 1", "năm 2025"). */
  keep: string[];
}

/** A document the dossier leaves out, and why (a commune not recognised files no Tờ trình). */
export interface Omission {
  title: string;
  reason: string;
}

/** What a ruleset's builder returns: its documents in filing order, what it left out, notes for the user. */
export interface SchemeDossier {
  documents: ReportDocument[];
  omitted: Omission[];
  /** Deadlines and unverified facts to check before signing (the checklist; never printed). */
  notes: string[];
}

/** Nghị định 30/2020, Phụ lục III: the type's abbreviation, and the issuer's (the committee, its Ban chỉ đạo). */

/** The Ban chỉ đạo holds the meeting and signs its minutes, under the commune's committee. */
const STEERING_COMMITTEE = ['BAN CHỈ ĐẠO XÂY DỰNG', 'XÃ HỘI HỌC TẬP'];

/** The header of any issuing body; `date` null leaves the date dotted for a document dated by hand. */
export function headerOf(issuingBody: string[], number: string | null, place: string, date: Date | null): HeaderBlock {
  return { kind: 'header', issuingBody, number, placeDate: placeDate(place, date ? formatViLongDate(date) : null) };
}

export function header(ctx: DossierContext, number: string | null, dated: boolean): HeaderBlock {
  return { ...headerOf(['ỦY BAN NHÂN DÂN', ctx.names.upper], number, ctx.names.place, dated ? ctx.today : null), parentBody: ctx.parentBody };
}

/*
 * How each document closes (Nghị định 30/2020/NĐ-CP, Phụ lục III; the style of Nơi nhận in
 * /work/shared/notes/product-conventions.md §3b):
 * - Tờ trình and Báo cáo, văn bản sent out: the committee's signature, and Nơi nhận (the
 *   addressee as "Như trên" in the Tờ trình) ending in "Lưu: VT, …".
 * - Biên bản (form Mẫu 1.9 "Biên bản"): the secretary (THƯ KÝ) left and the chair right, and under
 *   them Nơi nhận "- …; - Lưu: VT, hồ sơ." The form's Nơi nhận was checked against the form as
 *   reproduced by public collections of the Phụ lục (the decree's own text is not in legal-texts/).
 * - Bản tổng hợp, Danh mục minh chứng and the TT44 phiếu are annexes "(Kèm theo …)" of another
 *   document: signed, with no Nơi nhận of their own (they travel with that document).
 */

/** One signer bottom right, Nơi nhận (when any) bottom left. */
export function signatureOf(signer: Signer, recipients: string[] | null): SignatureBlock {
  return { kind: 'signature', recipients, signers: [signer] };
}

/** What every Nơi nhận ends with when the user's list names no copy kept (Nghị định 30/2020: "Lưu: VT, …"). */
export const ARCHIVE_COPY = 'Lưu: VT';

/** The copy kept, however typed: "Lưu: VT", "Lưu VT", "- Lưu văn thư", "+ Lưu: VT" (after its list mark, `recipientText`). */
const isArchive = (recipient: string) => /^lưu(?=[\s:]|$)/iu.test(recipientText(recipient));

/** A Nơi nhận line as words, to compare: no dash or bullet before it, no ";" or "." after it, folded. */
const recipientKey = (recipient: string) => foldText(recipientText(recipient));

/** Two Nơi nhận lines naming one body, however spelt (`sameBody`: "Sở GD&ĐT …" is "Sở Giáo dục và Đào tạo …"). */
const sameRecipient = (a: string, b: string): boolean => recipientKey(a) === recipientKey(b) || sameBody(recipientText(a), recipientText(b));

/**
 * Nơi nhận as Nghị định 30/2020 orders it: the recipients once each (a list copied from an old
 * document may repeat one, or name one body under two spellings: the longest kept), then the copy kept ("Lưu: VT, …") last, wherever the user typed it,
 * once; `archive` when none is typed.
 */
export function withArchive(recipients: string[], archive = ARCHIVE_COPY): string[] {
  const typed = recipients.filter((r) => recipientKey(r) !== '');
  // One body typed under two spellings ("Sở GD&ĐT …", "Sở Giáo dục và Đào tạo …"): once, where first typed, the longest spelling.
  const spellings = (r: string) => typed.filter((other) => sameRecipient(other, r));
  const once = typed.filter((r) => spellings(r)[0] === r).map((r) => spellings(r).reduce((longest, other) => (recipientText(other).length > recipientText(longest).length ? other : longest)));
  // One copy kept: of several typed ("Lưu VT, VHXH", "Lưu: VT"), the one naming the most.
  const kept = once.filter(isArchive).reduce<string | undefined>((most, r) => (most === undefined || recipientText(r).length > recipientText(most).length ? r : most), undefined);
  return [...once.filter((r) => !isArchive(r)), kept ?? archive];
}

/** "Như trên": a Nơi nhận line standing for the addressee of "Kính gửi". */
const AS_ABOVE = 'Như trên';

/** A shared Nơi nhận for a document with no "Kính gửi": without "Như trên", which would stand for no one. */
const withoutAddressee = (recipients: string[]): string[] => recipients.filter((r) => recipientKey(r) !== recipientKey(AS_ABOVE));

export function committeeSignature(ctx: DossierContext, recipients: string[] | null): SignatureBlock {
  const { signerAuthority, signerTitle, signerName } = ctx.info;
  return signatureOf({ authority: signerAuthority, title: signerTitle, name: signerName }, recipients && withArchive(recipients));
}

export function documentOf(kind: DocumentKind, title: string, blocks: Block[], landscape = false): ReportDocument {
  return { kind, title, page: pageSetup(landscape ? 'landscape' : 'portrait'), blocks };
}

/** The codes of the evidence of an indicator (its code, its parts' and its criterion's): "H1.01, H1.02". */
export function evidenceCodes(ctx: DossierContext, codes: string[]): string {
  return ctx.catalogue.codesFor(codes).join(', ');
}

/** Where a missing description is written. */
const DESCRIPTION_HINT = `nhập ở cột "Kết quả thực hiện" của trang "${SHEETS.assessment}" (hoặc ở thanh bên) rồi tạo lại hồ sơ`;

/** What an entry of the Báo cáo's section II says about one indicator (TT25) or criterion (TT44). */
export interface ResultEntry {
  /** "Chỉ tiêu 1.1. <legal wording>" or "Tiêu chí 1. <name>". */
  label: string;
  /** The workbook codes its description and evidence are kept under (indicator, parts, criterion). */
  codes: string[];
  /** The figures the workbook computed, vi-VN ("65,12% (yêu cầu …)"); none for a yes/no indicator. */
  figures: string[];
  /** "đạt Mức độ 1, chưa đạt Mức độ 2" or "7/10 điểm". */
  assessment: string;
  /** What a missing description or evidence is called in the placeholder ("chỉ tiêu 1.1"). */
  name?: string;
  /** Whether the label is printed as a bold line of its own (false when a heading already names it). */
  showLabel?: boolean;
}

/**
 * A stretch of a description as printed: its words as typed, a link as the code of the evidence
 * item listing it (the catalogue lists every link of a row, so only the annex prints addresses), a
 * gap where that item has no code yet or where an address is written wrong (`name`: "chỉ tiêu 1.1").
 */
function descriptionRun(ctx: DossierContext, part: TextPart, name: string): Run {
  if ('fault' in part) return { ...fillRun(`liên kết đúng thay cho "${part.written}" (${part.fault}) trong "Kết quả thực hiện" của ${name}`, DESCRIPTION_HINT), address: part.written };
  if (!('href' in part)) return { text: part.text };
  const item = ctx.catalogue.itemFor(part.href);
  const run = item?.code ? { text: `minh chứng ${item.code}` } : fillRun(`mã của minh chứng ${item ? `dòng ${item.row}` : part.href}`, LIST_HINT);
  return { ...run, address: part.href };
}

/** Quotes and angle brackets that set an address apart from a sentence when typed right around it, each with its closing mark. */
const ADDRESS_MARKS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '<': '>', '«': '»' };

/**
 * A line's parts (linkParts) without the marks typed right around an address ('"https://…"',
 * '<drive.google.com/…>'): they set the address apart, and the code or gap printed in its place
 * needs none ("minh chứng H1.03", never “minh chứng H1.03”). Marks around more than the address,
 * or without their pair, are the commune's and stay.
 */
function unmarkedAddresses(line: string): TextPart[] {
  const parts = linkParts(line);
  for (let i = 1; i + 1 < parts.length; i++) {
    const [before, address, after] = [parts[i - 1], parts[i], parts[i + 1]];
    if ('text' in address || !('text' in before) || !('text' in after)) continue;
    const close = ADDRESS_MARKS[before.text.slice(-1)];
    if (close === undefined || !after.text.startsWith(close)) continue;
    parts[i - 1] = { text: before.text.slice(0, -1) };
    parts[i + 1] = { text: after.text.slice(1) };
  }
  return parts.filter((part) => !('text' in part) || part.text !== '');
}

/** What may stand between two addresses typed one after the other: spaces and the separators of a link list. */
const BETWEEN_ADDRESSES = /^[\s,;|，、；]*$/;

/**
 * A line's parts as cited: the addresses of one evidence item that follow one another (two links of
 * an item glued by a comma) cited once ("tại minh chứng H1.01", never "minh chứng H1.01,minh chứng
 * H1.01"), those of different items set apart by the separator typed and a space, and a space
 * between a citation and a word or sign typed right before it ("Kế hoạch:https://…" reads "Kế
 * hoạch: minh chứng H1.02").
 */
function spacedCitations(ctx: DossierContext, parts: TextPart[]): TextPart[] {
  const itemOf = (part: TextPart | undefined) => (part && 'href' in part ? ctx.catalogue.itemFor(part.href) : undefined);
  const out: TextPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    // An address ends at a space or a sign (linkParts), so no word is glued after one.
    if ('text' in part) {
      out.push(part);
      continue;
    }
    const between = last && 'text' in last && BETWEEN_ADDRESSES.test(last.text) ? last : undefined;
    const before = between ? out[out.length - 2] : last;
    if (before && !('text' in before)) {
      const item = itemOf(part);
      if (item && item === itemOf(before)) {
        if (between) out.pop();
        continue;
      }
      // The separator as typed (a comma when none), one space after it: "minh chứng H1.01; minh chứng H1.02".
      const separator = between?.text.trim().charAt(0) || ',';
      if (between) out.pop();
      out.push({ text: `${separator} ` });
    } else if (last && 'text' in last && /[\p{L}\p{N}:)]$/u.test(last.text)) {
      out[out.length - 1] = { text: `${last.text} ` };
    }
    out.push(part);
  }
  return out;
}

/** The commune's description, one paragraph per line (lines of one character are stray marks), its links cited by code. */
function descriptionLines(ctx: DossierContext, codes: string[], name: string): Run[][] {
  const texts = [...new Set(codes)].map((code) => ctx.evidence.get(code)?.description ?? '').filter(Boolean);
  return texts
    .join('\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 1)
    .map((line) => spacedCitations(ctx, unmarkedAddresses(line)).map((part) => descriptionRun(ctx, part, name)));
}

const labelled = (label: string, rest: Run[]): ParagraphBlock => para([{ text: `- ${label}: `, italic: true }, ...rest]);

/**
 * One indicator in the Báo cáo: what was done (the commune's words, never ours: a visible gap when
 * blank), the computed figures, the evidence codes and the self-assessment.
 */
export function resultEntry(ctx: DossierContext, entry: ResultEntry): Block[] {
  const name = entry.name ?? indicatorLabel(entry.codes[0]);
  const lines = descriptionLines(ctx, entry.codes, name);
  const codes = evidenceCodes(ctx, entry.codes);
  const description =
    lines.length > 0
      ? [labelled('Kết quả thực hiện', lines[0]), ...lines.slice(1).map((line) => para(line))]
      : [labelled('Kết quả thực hiện', [fillRun(`kết quả thực hiện của ${name}`, DESCRIPTION_HINT)])];
  return [
    ...(entry.showLabel === false ? [] : [para([{ text: entry.label, bold: true }], { ...BODY, keepWithNext: true })]),
    ...description,
    ...(entry.figures.length > 0 ? [labelled('Số liệu', [{ text: `${entry.figures.join('; ')}.` }])] : []),
    labelled('Minh chứng', codes ? [{ text: `${codes}.` }] : [fillRun(`minh chứng của ${name}`, LIST_HINT)]),
    labelled('Tự đánh giá', [{ text: `${entry.assessment}.` }]),
  ];
}

/** "Danh mục minh chứng": the annex every document cites by code; the only place links are printed, as links. */
export function evidenceDocument(ctx: DossierContext, attachedTo: string): ReportDocument {
  const { info, names } = ctx;
  return documentOf(
    'evidence',
    'Danh mục minh chứng',
    [
      header(ctx, null, true),
      { kind: 'title', typeName: 'DANH MỤC MINH CHỨNG', subject: `Kết quả xây dựng ${CDHT} năm ${info.year} của ${names.inText}`, keep: [CDHT, `năm ${info.year}`, names.inText] },
      para([{ text: `(Kèm theo ${attachedTo} của ${names.committee})`, italic: true }], { ...CENTERED, spaceAfterPt: 6 }),
      // The annex is the only place addresses print, each as a link (clickable in the PDF).
      ...evidenceTable(ctx.catalogue, ctx.ruleset.scheme === 'points', ctx.names.unit),
      committeeSignature(ctx, null),
    ],
    true,
  );
}

const basis = (ctx: DossierContext, style: ParagraphStyle = BODY) => legalBasis(ctx.ruleset).map((text) => para(text, style));

/**
 * The Tờ trình is one page whenever its content allows: 13 pt, single line spacing and the least
 * gap between paragraphs, 6 pt (Nghị định 30/2020 allows 13 to 14 pt, 1 to 1,5 lines, and gaps of
 * at least 6 pt), where the longer reports keep 14 pt at 1,15. Its "Căn cứ" lines, findings,
 * request and attachments take about 28 lines of 14 pt; the title's and other larger gaps shrink
 * where a long name adds a line (`fitOnePage`).
 */
const COMPACT: ParagraphStyle = { ...BODY, sizePt: SIZE.bodyMin, lineSpacing: 1, spaceAfterPt: PARAGRAPH_GAP_MIN_PT };

export function proposalDocument(ctx: DossierContext, view: SchemeView): ReportDocument {
  const { info } = ctx;
  // "Như trên" stands for the addressee in Nơi nhận; the addressee is not listed twice.
  const others = withoutAddressee(info.distribution).filter((r) => !sameRecipient(r, info.recipientBody));
  // The Tờ trình set in `body`: COMPACT for one page, BODY for two.
  const setIn = (body: ParagraphStyle): ReportDocument => {
    const styled = (block: ParagraphBlock): ParagraphBlock => ({ ...block, style: { ...block.style, sizePt: body.sizePt, lineSpacing: body.lineSpacing, spaceAfterPt: body.spaceAfterPt } });
    return documentOf('proposal', view.proposalTitle, [
      header(ctx, numberLine(info.proposalNumber, ...DOSSIER_SYMBOLS.proposal), true),
      { kind: 'title', typeName: 'TỜ TRÌNH', subject: view.proposalSubject, keep: view.keep },
      // Too long for one line ("… thông qua Phòng …"), it breaks between names as a Nơi nhận line does (review 13e F6).
      para(keptNames(`Kính gửi: ${info.recipientBody}.`, textWidthMm(pageSetup()), CENTERED.sizePt ?? SIZE.body, false, true), { ...CENTERED, spaceAfterPt: 8 }),
      ...basis(ctx, body),
      ...view.proposalFindings.map(styled),
      para(view.proposalRequest, body),
      para('Hồ sơ kèm theo gồm:', body),
      ...view.attachments.map((a, i) => para(`${i + 1}. ${a}${i === view.attachments.length - 1 ? '.' : ';'}`, body)),
      para(`${ctx.names.committee} kính trình ${info.recipientBody} xem xét./.`, body),
      committeeSignature(ctx, [AS_ABOVE, ...others]),
    ]);
  };
  // One page: a Tờ trình a few lines too long takes them from the space between its paragraphs (review 13b finding 2);
  // one that cannot fit goes to two pages at the reports' size (rev13c F1).
  return fitOnePage(setIn(COMPACT), () => setIn(BODY));
}

export function reportDocument(ctx: DossierContext, view: SchemeView): ReportDocument {
  const { info, narrative, names } = ctx;
  return documentOf('selfReport', view.reportTitle, [
    header(ctx, numberLine(info.reportNumber, ...DOSSIER_SYMBOLS.report), true),
    { kind: 'title', typeName: 'BÁO CÁO', subject: view.reportSubject, keep: view.keep },
    ...basis(ctx),
    para(`${names.committee} báo cáo kết quả năm ${info.year} (số liệu tính ${dataPeriod(info, ctx.today)}) như sau:`),
    heading(1, 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
    ...narrativeSection('1. Thuận lợi', narrative.advantages, 'Thuận lợi'),
    ...narrativeSection('2. Khó khăn', narrative.difficulties, 'Khó khăn'),
    heading(1, 'II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ'),
    ...view.results,
    heading(1, 'III. NHẬN XÉT CHUNG'),
    ...narrativeSection('1. Kết quả nổi bật', narrative.highlights, 'Kết quả nổi bật'),
    ...narrativeSection('2. Hạn chế', narrative.limitations, 'Hạn chế'),
    ...narrativeSection('3. Bài học kinh nghiệm', narrative.lessons, 'Bài học kinh nghiệm'),
    heading(1, 'IV. KẾT QUẢ TỰ ĐÁNH GIÁ'),
    ...view.conclusion,
    heading(1, 'V. KIẾN NGHỊ, ĐỀ XUẤT'),
    ...narrativeParagraphs(narrative.recommendations, 'Kiến nghị, đề xuất'),
    para(`Trên đây là báo cáo của ${names.committee}./.`),
    committeeSignature(ctx, withoutAddressee(info.distribution)),
  ]);
}

/** The chair is the Trưởng ban (else the signer, when a member); the secretary the "thư ký". */
function meetingRoles(info: CommuneInfo): { chair?: CommitteeMember; secretary?: CommitteeMember } {
  const role = (m: CommitteeMember) => foldText(m.role);
  const chair = info.members.find((m) => role(m).startsWith('trưởng ban')) ?? info.members.find((m) => foldText(m.name) === foldText(info.signerName));
  const secretary = info.members.find((m) => role(m).includes('thư ký'));
  return { chair, secretary };
}

const memberText = (m: CommitteeMember) => [m.name, m.title].filter(Boolean).join(', ') + (m.role ? ` (${m.role})` : '');
const dotted = (label: string) => para(`${label}: ${DOTS}${DOTS}${DOTS}${DOTS}`);

export interface MinutesSpec {
  kind: DocumentKind;
  title: string;
  subject: string;
  /** "Thành phần tham dự" or "Thành phần đoàn tự kiểm tra". */
  attendeesLabel: string;
  /** Who else attends beyond the members (a line with dots to fill in by hand). */
  otherAttendees?: string;
  /** The numbered points of "Nội dung", ending with the conclusion. */
  content: Block[];
  /** Blocks after the signatures (the TT44 phiếu on its own page). */
  appendix?: Block[];
  /** Whether the minutes go with a dossier to the body that receives it (named in Nơi nhận). */
  sent: boolean;
}

/** The copy of the minutes the commune keeps: with the dossier of the year (Mẫu 1.9 "Lưu: VT, hồ sơ"). */
const MINUTES_ARCHIVE = 'Lưu: VT, hồ sơ';

/**
 * Minutes are drafted before the meeting: its time, place, discussion and vote are dotted lines
 * for the secretary to fill in by hand, never guessed.
 */
export function minutesDocument(ctx: DossierContext, spec: MinutesSpec): ReportDocument {
  const { info, names } = ctx;
  const { chair, secretary } = meetingRoles(info);
  const minutesHeader: HeaderBlock = {
    ...header(ctx, numberLine(info.minutesNumber, ...DOSSIER_SYMBOLS.minutes), false),
    // Nghị định 30/2020 lets the parent body's name abbreviate common words.
    parentBody: `UBND ${names.upper}`,
    issuingBody: STEERING_COMMITTEE,
  };
  return documentOf(spec.kind, spec.title, [
    minutesHeader,
    { kind: 'title', typeName: 'BIÊN BẢN', subject: spec.subject, keep: [CDHT, `năm ${info.year}`] },
    para(`Thời gian: vào hồi ${DOTS} giờ ${DOTS} phút, ngày ${DOTS} tháng ${DOTS} năm ${DOTS}.`),
    dotted('Địa điểm'),
    para(`${spec.attendeesLabel}:`),
    ...info.members.map((m, i) => para(`- ${memberText(m)}${i === info.members.length - 1 && !spec.otherAttendees ? '.' : ';'}`)),
    ...(spec.otherAttendees ? [para(`- ${spec.otherAttendees}: ${DOTS}${DOTS}${DOTS}.`)] : []),
    para(`Chủ trì: ${chair ? memberText(chair) : DOTS + DOTS}.`),
    para(`Thư ký: ${secretary ? memberText(secretary) : DOTS + DOTS}.`),
    heading(1, 'NỘI DUNG'),
    ...spec.content,
    para(`Biên bản kết thúc vào hồi ${DOTS} giờ ${DOTS} phút cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất./.`),
    {
      kind: 'signature',
      recipients: [...(spec.sent ? [info.recipientBody] : []), MINUTES_ARCHIVE],
      signers: [
        { title: 'THƯ KÝ', name: secretary?.name ?? '' },
        { title: 'CHỦ TRÌ', name: chair?.name ?? '' },
      ],
    },
    ...(spec.appendix ?? []),
  ]);
}
