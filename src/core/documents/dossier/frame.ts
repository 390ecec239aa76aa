import type { CommitteeMember, CommuneInfo, ReportNarrative } from '../../workbook/commune';
import type { Ruleset } from '../../ruleset/types';
import { foldText } from '../../cells/text';
import { formatViLongDate } from '../../cells/vi-date';
import type { IndicatorEvidence } from '../../workbook/snapshot';
import { DOTS, heading, narrativeParagraphs, narrativeSection, para } from '../blocks';
import { legalBasis } from './legal';
import type { Block, DocumentKind, HeaderBlock, ParagraphBlock, ReportDocument, SignatureBlock, Signer } from '../model';
import { CENTERED, pageSetup } from '../styles';
import { dataPeriod, numberLine, placeDate, type CommuneNames } from '../wording';

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
  today: Date;
  names: CommuneNames;
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
  /** Deadlines and unverified facts to check, for the sidebar (not printed). */
  notes: string[];
}

const SUFFIX = { proposal: 'TTr-UBND', report: 'BC-UBND', minutes: 'BB-BCĐ' } as const;

/** The Ban chỉ đạo holds the meeting and signs its minutes, under the commune's committee. */
const STEERING_COMMITTEE = ['BAN CHỈ ĐẠO XÂY DỰNG', 'XÃ HỘI HỌC TẬP'];

/** The header of any issuing body; `date` null leaves the date dotted for a document dated by hand. */
export function headerOf(issuingBody: string[], number: string | null, place: string, date: Date | null): HeaderBlock {
  return { kind: 'header', issuingBody, number, placeDate: placeDate(place, date ? formatViLongDate(date) : null) };
}

export function header(ctx: DossierContext, number: string | null, dated: boolean): HeaderBlock {
  return headerOf(['ỦY BAN NHÂN DÂN', ctx.names.upper], number, ctx.names.place, dated ? ctx.today : null);
}

/** One signer bottom right, Nơi nhận (when any) bottom left. */
export function signatureOf(signer: Signer, recipients: string[] | null): SignatureBlock {
  return { kind: 'signature', recipients, signers: [signer] };
}

export function committeeSignature(ctx: DossierContext, recipients: string[] | null): SignatureBlock {
  const { signerAuthority, signerTitle, signerName } = ctx.info;
  return signatureOf({ authority: signerAuthority, title: signerTitle, name: signerName }, recipients);
}

export function documentOf(kind: DocumentKind, title: string, blocks: Block[], landscape = false): ReportDocument {
  return { kind, title, page: pageSetup(landscape ? 'landscape' : 'portrait'), blocks };
}

/** The evidence of an indicator as one cell: links, note and the body in charge. */
export function evidenceText(ctx: DossierContext, code: string): string {
  const evidence = ctx.evidence.get(code);
  if (!evidence) return '';
  return [evidence.links, evidence.note, evidence.owner && `Phụ trách: ${evidence.owner}`].filter(Boolean).join('; ');
}

const basis = (ctx: DossierContext) => legalBasis(ctx.ruleset).map((text) => para(text));

export function proposalDocument(ctx: DossierContext, view: SchemeView): ReportDocument {
  const { info } = ctx;
  // "Như trên" stands for the addressee in Nơi nhận; the addressee is not listed twice.
  const others = info.distribution.filter((r) => foldText(r) !== foldText(info.recipientBody));
  return documentOf('proposal', view.proposalTitle, [
    header(ctx, numberLine(info.proposalNumber, SUFFIX.proposal), true),
    { kind: 'title', typeName: 'TỜ TRÌNH', subject: view.proposalSubject },
    para(`Kính gửi: ${info.recipientBody}.`, { ...CENTERED, spaceAfterPt: 12 }),
    ...basis(ctx),
    ...view.proposalFindings,
    para(view.proposalRequest),
    para('Hồ sơ kèm theo gồm:'),
    ...view.attachments.map((a, i) => para(`${i + 1}. ${a}${i === view.attachments.length - 1 ? '.' : ';'}`)),
    para(`${ctx.names.committee} kính trình ${info.recipientBody} xem xét./.`),
    committeeSignature(ctx, ['Như trên', ...others]),
  ]);
}

export function reportDocument(ctx: DossierContext, view: SchemeView): ReportDocument {
  const { info, narrative, names } = ctx;
  return documentOf('selfReport', view.reportTitle, [
    header(ctx, numberLine(info.reportNumber, SUFFIX.report), true),
    { kind: 'title', typeName: 'BÁO CÁO', subject: view.reportSubject },
    ...basis(ctx),
    para(`${names.committee} báo cáo kết quả năm ${info.year} (số liệu tính ${dataPeriod(info)}) như sau:`),
    heading(1, 'I. ĐẶC ĐIỂM TÌNH HÌNH'),
    ...narrativeSection('1. Thuận lợi', narrative.advantages, 'Thuận lợi'),
    ...narrativeSection('2. Khó khăn', narrative.difficulties, 'Khó khăn'),
    heading(1, 'II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ'),
    ...view.results,
    heading(1, 'III. ĐÁNH GIÁ CHUNG'),
    ...narrativeSection('1. Kết quả nổi bật', narrative.highlights, 'Kết quả nổi bật'),
    ...narrativeSection('2. Hạn chế', narrative.limitations, 'Hạn chế'),
    ...narrativeSection('3. Bài học kinh nghiệm', narrative.lessons, 'Bài học kinh nghiệm'),
    heading(1, 'IV. TỰ ĐÁNH GIÁ CHUNG'),
    ...view.conclusion,
    heading(1, 'V. KIẾN NGHỊ, ĐỀ XUẤT'),
    ...narrativeParagraphs(narrative.recommendations, 'Kiến nghị, đề xuất'),
    para(`Trên đây là báo cáo của ${names.committee}./.`),
    committeeSignature(ctx, info.distribution),
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
}

/**
 * Minutes are drafted before the meeting: its time, place, discussion and vote are dotted lines
 * for the secretary to fill in by hand, never guessed.
 */
export function minutesDocument(ctx: DossierContext, spec: MinutesSpec): ReportDocument {
  const { info, names } = ctx;
  const { chair, secretary } = meetingRoles(info);
  const minutesHeader: HeaderBlock = {
    ...header(ctx, numberLine(info.minutesNumber, SUFFIX.minutes), false),
    // Nghị định 30/2020 lets the parent body's name abbreviate common words.
    parentBody: `UBND ${names.upper}`,
    issuingBody: STEERING_COMMITTEE,
  };
  return documentOf(spec.kind, spec.title, [
    minutesHeader,
    { kind: 'title', typeName: 'BIÊN BẢN', subject: spec.subject },
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
      recipients: null,
      signers: [
        { title: 'THƯ KÝ', name: secretary?.name ?? '' },
        { title: 'CHỦ TRÌ', name: chair?.name ?? '' },
      ],
    },
    ...(spec.appendix ?? []),
  ]);
}
