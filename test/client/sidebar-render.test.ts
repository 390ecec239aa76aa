/// <reference lib="dom" />
/**
 * Everything the sidebar shows for a small commune typed by hand (test/client/small-state.ts),
 * element by element (test/client/outline.ts): headings, labels, values in the inputs, every
 * status word, class, aria attribute and button, in Vietnamese as a committee member sees it.
 * Expected outlines are written out from the state and the rules, not read from the code:
 *
 * - Xã Tân Lập is a difficult area, so TC2.1a's thresholds are 40 % (MĐ1) and 50 % (MĐ2): its
 *   45 % meets Mức độ 1 only. TC1.1 "x" reads as Đạt, TC1.2's 2 as Mức độ 2 (its maximum); so
 *   3 of 3 indicators meet Mức độ 1, 2 of 3 Mức độ 2, and the commune is at "Mức độ 1".
 * - H1.01 cites criterion TC1, so TC1.1 and TC1.2 list it; the code-less item cites "tc2.1",
 *   which TC2.1a is part of, whatever the case: all 3 have evidence.
 * - TC2.1a's old link column holds a link and "tủ hồ sơ": the link is offered for the list, the
 *   text is kept in sight and named as no link in "Cần xem lại".
 * - TC2 is marked unverified in the table: one note.
 */
import { describe, expect, it } from 'vitest';
import { done, openLoaded, sampleState, type Sidebar } from './browser';
import { pendingFooter } from './footer-outline';
import { outline } from './outline';
import { sharedBrowser } from './shared-browser';
import { POINTS_TABLE, pointsState, smallState } from './small-state';

const browser = sharedBrowser();
/** Lines typed in a template literal, without its first and last line break. */
const lines = (text: string) => text.replace(/^\n|\n$/g, '').split('\n');
const card = (code: string) => `.card[data-code="${code}"]`;
const tab = (criterion: string) => `.tab[data-criterion="${criterion}"]`;
const pin = async (s: Sidebar, selector: string, expected: string[]) => expect(await outline(s.page, selector), selector).toEqual(expected);
/** TC1.1 and TC1.2 alike: both levels met, and H1.01 listed (it cites their criterion TC1). */
const TC1_RESULTS = `          div.results
            span.level
              span.level-label Mức độ 1
              span.outcome.met [data-level=MD1] Đạt
            span.level
              span.level-label Mức độ 2
              span.outcome.met [data-level=MD2] Đạt
          div.field.field-evidence-list
            span.label Danh mục minh chứng
            ul.evidence-items
              li [data-evidence=H1.01]
                span.evidence-code H1.01
                | Nghị quyết
                | (12/NQ-ĐU, Đảng ủy xã)
                a [href=https://drive.google.com/h101 rel=noopener noreferrer target=_blank title=https://drive.google.com/h101] ↗ drive.google.com/h101
                button.edit-evidence [aria-label=Sửa minh chứng H1.01 type=button] Sửa
                button.remove-evidence [aria-label=Xóa minh chứng H1.01 type=button] Xóa
            button.add-evidence [type=button] Thêm minh chứng
            div.legacy-evidence
            div.evidence-form`;

/** Typed outline lines moved right by `spaces`: a card typed at its own depth, placed inside the whole sidebar. */
const indented = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
/** TC2.1a's card (itself at depth 0) from its head to the unit of its value, with `value` typed in. */
const tc21aHead = (value: string) => `  div.card-head
    span.code TC2.1a
    span.part-of một phần của chỉ tiêu TC2.1
  p.wording Tỷ lệ công dân được đào tạo
  p.requirement Yêu cầu: Mức độ 1: ≥ 40% · Mức độ 2: ≥ 50%
  div.field.field-value
    label [for=f-TC2_1a-value] Kết quả tự đánh giá
    div.with-unit
      input#f-TC2_1a-value [aria-label=TC2.1a — Kết quả tự đánh giá autocomplete=off data-field=value inputmode=decimal type=text] ="${value}"
      span.unit %`;
/** TC2.1a's card from its evidence list to its end: the same whatever its value (a link and "tủ hồ sơ" in the old column). */
const TC21A_TAIL = `  div.field.field-evidence-list
    span.label Danh mục minh chứng
    ul.evidence-items
      li [data-evidence]
        span.evidence-code (chưa có mã)
        | Ảnh hoạt động
        button.edit-evidence [aria-label=Sửa minh chứng Ảnh hoạt động type=button] Sửa
        button.remove-evidence [aria-label=Xóa minh chứng Ảnh hoạt động type=button] Xóa
    button.add-evidence [type=button] Thêm minh chứng
    div.legacy-evidence
      span.label Ghi ở cột "Minh chứng (liên kết)" cũ, chưa có trong danh mục
      ul.evidence-items
        li [data-link=https://drive.google.com/x]
          a [href=https://drive.google.com/x rel=noopener noreferrer target=_blank title=https://drive.google.com/x] ↗ drive.google.com/x
          button.adopt-evidence [aria-label=Đưa https://drive.google.com/x vào danh mục minh chứng type=button] Đưa vào danh mục
        li.legacy-text tủ hồ sơ
    div.evidence-form
  div.field.field-description
    label [for=f-TC2_1a-description] Kết quả thực hiện (việc đã làm, số liệu)
    textarea#f-TC2_1a-description [aria-label=TC2.1a — Kết quả thực hiện (việc đã làm, số liệu) data-field=description rows=2] =""
  div.field.field-owner
    label [for=f-TC2_1a-owner] Phụ trách
    input#f-TC2_1a-owner [aria-label=TC2.1a — Phụ trách data-field=owner type=text] ="Công chức văn hóa"`;

/** A points card with no evidence and blank notes, from its evidence list to its end (the card itself at depth 0). */
const pointsTail = (code: string) => `  div.field.field-evidence-list
    span.label Danh mục minh chứng
    ul.evidence-items
      li.gray Chưa có minh chứng nào ghi chỉ tiêu này.
    button.add-evidence [type=button] Thêm minh chứng
    div.legacy-evidence
    div.evidence-form
  div.field.field-description
    label [for=f-${code}-description] Kết quả thực hiện (việc đã làm, số liệu)
    textarea#f-${code}-description [aria-label=${code} — Kết quả thực hiện (việc đã làm, số liệu) data-field=description rows=2] =""
  div.field.field-owner
    label [for=f-${code}-owner] Phụ trách
    input#f-${code}-owner [aria-label=${code} — Phụ trách data-field=owner type=text] =""`;

const LOADED = lines(`
div#app
  main#main
    div#conflicts.conflicts [hidden role=alert]
    div.assessment
      div.commune
        h1#commune Xã Tân Lập
        div Năm đánh giá 2025
        div.gray Bộ tiêu chí thử
        div.gray Xã thuộc vùng khó khăn
      div.summary
        div.result-box.met [aria-live=polite]
          span.result-label Kết quả
          div#result Mức độ 1
        div#score.score Chỉ tiêu đạt: Mức độ 1 3/3 · Mức độ 2 2/3
        div#progress.progress-text Đã nhập 3/3 mục · Có minh chứng 3/3
        div.bar
          div.bar-fill [style=width: 100%;]
      details#problems.problems [open]
        summary Cần xem lại (1)
        ul
          li.warning [data-code=TC2.1a]
            button.jump [title=Mở chỉ tiêu TC2.1a type=button] Chỉ tiêu TC2.1a: minh chứng "tủ hồ sơ" không phải là liên kết; cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).
      details#notes.notes
        summary Lưu ý về bộ tiêu chí (1)
        ul
          li.warning [data-code=TC2] Bộ tiêu chí dòng 6: Tiêu chí TC2 chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.
      nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
        button.tab.met.current [aria-pressed=true data-criterion=TC1 title=Lãnh đạo, chỉ đạo — Mức độ 1: Đạt · Mức độ 2: Đạt type=button] TC1
        button.tab.met [aria-pressed=false data-criterion=TC2 title=Tác dụng — Mức độ 1: Đạt · Mức độ 2: Không đạt type=button] TC2
      section.criterion [data-criterion=TC1]
        h2 TC1. Lãnh đạo, chỉ đạo
        div.criterion-status
          span.level
            span.level-label Mức độ 1
            span.outcome.met [data-level=MD1] Đạt
          span.level
            span.level-label Mức độ 2
            span.outcome.met [data-level=MD2] Đạt
        section.card [data-code=TC1.1]
          div.card-head
            span.code TC1.1
          p.wording Tuyên truyền về học tập suốt đời
          p.requirement Yêu cầu: Mức độ 1: Đạt · Mức độ 2: Đạt
          div.field.field-value
            label [for=f-TC1_1-value] Kết quả tự đánh giá
            select#f-TC1_1-value [aria-label=TC1.1 — Kết quả tự đánh giá data-field=value] ="Đạt"
              option [value] — Chọn —
              option [value=Đạt] * Đạt
              option [value=Không đạt] Không đạt
            div.field-error [role=alert]
${TC1_RESULTS}
          div.field.field-description
            label [for=f-TC1_1-description] Kết quả thực hiện (việc đã làm, số liệu)
            textarea#f-TC1_1-description [aria-label=TC1.1 — Kết quả thực hiện (việc đã làm, số liệu) data-field=description rows=2] ="Đã tổ chức 12 buổi"
          div.field.field-owner
            label [for=f-TC1_1-owner] Phụ trách
            input#f-TC1_1-owner [aria-label=TC1.1 — Phụ trách data-field=owner type=text] ="Hội Khuyến học"
        section.card [data-code=TC1.2]
          div.card-head
            span.code TC1.2
          p.wording Phổ cập giáo dục tiểu học
          p.requirement Yêu cầu: Mức độ 1: Chuẩn mức độ 1 trở lên · Mức độ 2: Chuẩn mức độ 2 trở lên
          div.field.field-value
            label [for=f-TC1_2-value] Kết quả tự đánh giá
            select#f-TC1_2-value [aria-label=TC1.2 — Kết quả tự đánh giá data-field=value] ="Mức độ 2"
              option [value] — Chọn —
              option [value=Mức độ 1] Mức độ 1
              option [value=Mức độ 2] * Mức độ 2
              option [value=Chưa đạt] Chưa đạt (dưới Mức độ 1)
            div.field-error [role=alert]
${TC1_RESULTS}
          div.field.field-description
            label [for=f-TC1_2-description] Kết quả thực hiện (việc đã làm, số liệu)
            textarea#f-TC1_2-description [aria-label=TC1.2 — Kết quả thực hiện (việc đã làm, số liệu) data-field=description rows=2] =""
          div.field.field-owner
            label [for=f-TC1_2-owner] Phụ trách
            input#f-TC1_2-owner [aria-label=TC1.2 — Phụ trách data-field=owner type=text] =""
        div.steps
          span
          button.step [type=button] TC2 ›
      section.criterion [data-criterion=TC2 hidden]
        h2 TC2. Tác dụng
        div.criterion-status
          span.level
            span.level-label Mức độ 1
            span.outcome.met [data-level=MD1] Đạt
          span.level
            span.level-label Mức độ 2
            span.outcome.not_met [data-level=MD2] Không đạt
        section.card [data-code=TC2.1a]
${indented(tc21aHead('45'), 8)}
            div.field-error [role=alert]
          div.results
            span.level
              span.level-label Mức độ 1
              span.outcome.met [data-level=MD1] Đạt
            span.level
              span.level-label Mức độ 2
              span.outcome.not_met [data-level=MD2] Không đạt
${indented(TC21A_TAIL, 8)}
        div.steps
          button.step [type=button] ‹ TC1
          span
  footer
    div#status.status.info [aria-live=polite role=status]
    div.buttons
      button#save.action [disabled type=button] Lưu
      button#reload [type=button] Tải lại
      span#unsaved.unsaved Không có thay đổi chưa lưu
`);
const POINTS = lines(`
div#app
  main#main
    div#conflicts.conflicts [hidden role=alert]
    div.assessment
      div.commune
        h1#commune Xã Tân Lập
        div Năm đánh giá 2019
        div.gray Bộ chấm điểm thử
      div.summary
        div.result-box.missing [aria-live=polite]
          span.result-label Kết quả
          div#result Chưa đủ dữ liệu: còn 1 tiêu chí chưa nhập (TC2)
        div#score.score Tổng điểm: 7,5 / 20
        div#progress.progress-text Đã nhập 1/2 mục · Có minh chứng 0/2
        div.bar
          div.bar-fill [style=width: 50%;]
      details#problems.problems [hidden open]
        summary Cần xem lại (0)
        ul
      details#notes.notes [hidden]
        summary Lưu ý về bộ tiêu chí (0)
        ul
      nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
        button.tab.entered.current [aria-pressed=true data-criterion=TC1 title=Lãnh đạo, chỉ đạo type=button] TC1
        button.tab.missing [aria-pressed=false data-criterion=TC2 title=Hoạt động của Ban chỉ đạo type=button] TC2
      section.criterion [data-criterion=TC1]
        h2 TC1. Lãnh đạo, chỉ đạo
        div.criterion-status
        section.card [data-code=TC1]
          div.card-head
            span.code TC1
          p.requirement Tối đa 10 điểm
          div.field.field-value
            label [for=f-TC1-value] Kết quả tự đánh giá
            div.with-unit
              input#f-TC1-value [aria-label=TC1 — Kết quả tự đánh giá autocomplete=off data-field=value inputmode=decimal type=text] ="7,5"
              span.unit điểm
            div.field-error [role=alert]
          div.results
            span.points Điểm: 7,5 / 10
${indented(pointsTail('TC1'), 8)}
        div.steps
          span
          button.step [type=button] TC2 ›
      section.criterion [data-criterion=TC2 hidden]
        h2 TC2. Hoạt động của Ban chỉ đạo
        div.criterion-status
        section.card [data-code=TC2]
          div.card-head
            span.code TC2
          div.field.field-value
            label [for=f-TC2-value] Kết quả tự đánh giá
            div.with-unit
              input#f-TC2-value [aria-label=TC2 — Kết quả tự đánh giá autocomplete=off data-field=value inputmode=decimal type=text] =""
              span.unit điểm
            div.field-error [role=alert]
          div.results
            span.points Điểm: chưa có
${indented(pointsTail('TC2'), 8)}
        div.steps
          button.step [type=button] ‹ TC1
          span
  footer
    div#status.status.info [aria-live=polite role=status]
    div.buttons
      button#save.action [disabled type=button] Lưu
      button#reload [type=button] Tải lại
      span#unsaved.unsaved Không có thay đổi chưa lưu
`);
describe('the sidebar shows a small commune whole', () => {
  it('as loaded: the commune, the result, problems, notes, tabs, both criteria with every card, and the footer', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: smallState() } });
    await pin(s, '#app', LOADED);
    await done(s);
  });

  it('a percent above 100 % makes its card invalid, its result missing, and puts the message first in "Cần xem lại"', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: smallState() } });
    await s.page.click(tab('TC2'));
    await s.page.fill(`${card('TC2.1a')} [data-field="value"]`, '120');
    await pin(
      s,
      '.summary',
      lines(`
div.summary
  div.result-box.missing [aria-live=polite]
    span.result-label Kết quả
    div#result Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC2.1a)
  div#score.score Chỉ tiêu đạt: Mức độ 1 2/3 · Mức độ 2 2/3
  div#progress.progress-text Đã nhập 2/3 mục · Có minh chứng 3/3
  div.bar
    div.bar-fill [style=width: 67%;]
`),
    );
    await pin(
      s,
      '#problems',
      lines(`
details#problems.problems [open]
  summary Cần xem lại (2)
  ul
    li.error [data-code=TC2.1a]
      button.jump [title=Mở chỉ tiêu TC2.1a type=button] Chỉ tiêu TC2.1a: giá trị "120%" vượt quá 100%, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).
    li.warning [data-code=TC2.1a]
      button.jump [title=Mở chỉ tiêu TC2.1a type=button] Chỉ tiêu TC2.1a: minh chứng "tủ hồ sơ" không phải là liên kết; cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).
`),
    );
    await pin(
      s,
      'nav.tabs',
      lines(`
nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
  button.tab.met [aria-pressed=false data-criterion=TC1 title=Lãnh đạo, chỉ đạo — Mức độ 1: Đạt · Mức độ 2: Đạt type=button] TC1
  button.tab.missing.current [aria-pressed=true data-criterion=TC2 title=Tác dụng — Mức độ 1: Thiếu dữ liệu · Mức độ 2: Thiếu dữ liệu type=button] TC2
`),
    );
    await pin(
      s,
      '.card[data-code="TC2.1a"]',
      lines(`
section.card.invalid [data-code=TC2.1a]
${tc21aHead('120')}
    div.field-error [role=alert]
      div Chỉ tiêu TC2.1a: giá trị "120%" vượt quá 100%, cần một tỷ lệ từ 0% đến 100% (ví dụ 62,5%).
  div.results
    span.level
      span.level-label Mức độ 1
      span.outcome.missing [data-level=MD1] Thiếu dữ liệu
    span.level
      span.level-label Mức độ 2
      span.outcome.missing [data-level=MD2] Thiếu dữ liệu
${TC21A_TAIL}
`),
    );
    await pin(s, 'footer', pendingFooter('1 thay đổi chưa lưu'));
    await done(s);
  });

  it('a blank level leaves its criterion missing; a "Không đạt" makes the commune "Chưa đạt"', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: smallState() } });
    await s.page.click(tab('TC2'));
    await s.page.fill(`${card('TC2.1a')} [data-field="value"]`, '40'); // exactly the 40 % of Mức độ 1 in a difficult area
    await s.page.click(tab('TC1'));
    await s.page.selectOption(`${card('TC1.2')} [data-field="value"]`, '');
    await pin(
      s,
      `.summary`,
      lines(`
div.summary
  div.result-box.missing [aria-live=polite]
    span.result-label Kết quả
    div#result Chưa đủ dữ liệu: còn 1 chỉ tiêu chưa nhập (TC1.2)
  div#score.score Chỉ tiêu đạt: Mức độ 1 2/3 · Mức độ 2 1/3
  div#progress.progress-text Đã nhập 2/3 mục · Có minh chứng 3/3
  div.bar
    div.bar-fill [style=width: 67%;]
`),
    );
    await pin(
      s,
      `#problems`,
      lines(`
details#problems.problems [open]
  summary Cần xem lại (1)
  ul
    li.warning [data-code=TC2.1a]
      button.jump [title=Mở chỉ tiêu TC2.1a type=button] Chỉ tiêu TC2.1a: minh chứng "tủ hồ sơ" không phải là liên kết; cần một địa chỉ trang web, ví dụ liên kết thư mục Google Drive (drive.google.com/…).
`),
    );
    await pin(
      s,
      `nav.tabs`,
      lines(`
nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
  button.tab.missing.current [aria-pressed=true data-criterion=TC1 title=Lãnh đạo, chỉ đạo — Mức độ 1: Thiếu dữ liệu · Mức độ 2: Thiếu dữ liệu type=button] TC1
  button.tab.met [aria-pressed=false data-criterion=TC2 title=Tác dụng — Mức độ 1: Đạt · Mức độ 2: Không đạt type=button] TC2
`),
    );
    await pin(
      s,
      `.criterion[data-criterion="TC1"] .criterion-status`,
      lines(`
div.criterion-status
  span.level
    span.level-label Mức độ 1
    span.outcome.missing [data-level=MD1] Thiếu dữ liệu
  span.level
    span.level-label Mức độ 2
    span.outcome.missing [data-level=MD2] Thiếu dữ liệu
`),
    );
    await pin(
      s,
      `.card[data-code="TC1.2"] .results`,
      lines(`
div.results
  span.level
    span.level-label Mức độ 1
    span.outcome.missing [data-level=MD1] Thiếu dữ liệu
  span.level
    span.level-label Mức độ 2
    span.outcome.missing [data-level=MD2] Thiếu dữ liệu
`),
    );
    await pin(s, 'footer', pendingFooter('2 thay đổi chưa lưu'));
    await s.page.selectOption(`${card('TC1.1')} [data-field="value"]`, 'Không đạt');
    await pin(
      s,
      `.summary`,
      lines(`
div.summary
  div.result-box.not_met [aria-live=polite]
    span.result-label Kết quả
    div#result Chưa đạt (TC1.1 không đạt Mức độ 1; còn 1 chỉ tiêu chưa nhập: TC1.2)
  div#score.score Chỉ tiêu đạt: Mức độ 1 1/3 · Mức độ 2 0/3
  div#progress.progress-text Đã nhập 2/3 mục · Có minh chứng 3/3
  div.bar
    div.bar-fill [style=width: 67%;]
`),
    );
    await pin(
      s,
      `nav.tabs`,
      lines(`
nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
  button.tab.not_met.current [aria-pressed=true data-criterion=TC1 title=Lãnh đạo, chỉ đạo — Mức độ 1: Không đạt · Mức độ 2: Không đạt type=button] TC1
  button.tab.met [aria-pressed=false data-criterion=TC2 title=Tác dụng — Mức độ 1: Đạt · Mức độ 2: Không đạt type=button] TC2
`),
    );
    await pin(s, 'footer', pendingFooter('3 thay đổi chưa lưu'));
    await done(s);
  });

  it('points (as TT44): the total, points per card with the maximum, "điểm" as unit, a criterion at 0 failing the commune', async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: pointsState() } });
    await pin(s, '#app', POINTS);
    await s.page.fill(`${card('TC1')} [data-field="value"]`, '0');
    await pin(
      s,
      `.summary`,
      lines(`
div.summary
  div.result-box.not_met [aria-live=polite]
    span.result-label Kết quả
    div#result Chưa đạt (tiêu chí bị điểm 0: TC1; còn 1 tiêu chí chưa nhập: TC2)
  div#score.score Tổng điểm: 0 / 20
  div#progress.progress-text Đã nhập 1/2 mục · Có minh chứng 0/2
  div.bar
    div.bar-fill [style=width: 50%;]
`),
    );
    await pin(
      s,
      `nav.tabs`,
      lines(`
nav.tabs [aria-label=Tiêu chí style=grid-template-columns: repeat(2, 1fr);]
  button.tab.entered.current [aria-pressed=true data-criterion=TC1 title=Lãnh đạo, chỉ đạo type=button] TC1
  button.tab.missing [aria-pressed=false data-criterion=TC2 title=Hoạt động của Ban chỉ đạo type=button] TC2
`),
    );
    await done(s);
  });
  it("a cell no choice of the dropdown expresses stays visible as an extra choice marked invalid, with the engine's message", async () => {
    const state = smallState();
    const odd = { ...state, indicators: state.indicators.map((i) => (i.code === 'TC1.2' ? { ...i, fields: { ...i.fields, value: 'chắc đạt' } } : i)) };
    const s = await openLoaded(browser(), { getSidebarState: { ok: odd } });
    const message = 'Chỉ tiêu TC1.2: giá trị "chắc đạt" không hợp lệ, cần một mức độ từ 1 đến 2: 2, "Mức độ 2", "mức 2", "MĐ2", "Mức độ II", "đạt mức độ 2", hoặc "Chưa đạt".';
    await pin(
      s,
      `${card('TC1.2')} .field-value`,
      lines(`
div.field.field-value
  label [for=f-TC1_2-value] Kết quả tự đánh giá
  select#f-TC1_2-value [aria-label=TC1.2 — Kết quả tự đánh giá data-field=value] ="chắc đạt"
    option [value] — Chọn —
    option [value=Mức độ 1] Mức độ 1
    option [value=Mức độ 2] Mức độ 2
    option [value=Chưa đạt] Chưa đạt (dưới Mức độ 1)
    option [value=chắc đạt] * chắc đạt (không hợp lệ)
  div.field-error [role=alert]
    div ${message}
`),
    );
    expect(await outline(s.page, `${card('TC1.2')}`).then((o) => o[0])).toBe('section.card.invalid [data-code=TC1.2]');
    await done(s);
  });

  // Blind sample 12-edge, P18: a problem of the first criterion's indicator opened nothing (index 0 was taken for "not found").
  it('a problem in "Cần xem lại" opens its indicator from any tab: its criterion shown, the cursor in its value', async () => {
    const state = smallState();
    const odd = { ...state, indicators: state.indicators.map((i) => (i.code === 'TC1.2' ? { ...i, fields: { ...i.fields, value: 'chắc đạt' } } : i)) };
    const s = await openLoaded(browser(), { getSidebarState: { ok: odd } });
    const pressed = async () => [await s.page.getAttribute(tab('TC1'), 'aria-pressed'), await s.page.getAttribute(tab('TC2'), 'aria-pressed')];
    const focused = () => s.page.evaluate(() => document.activeElement?.id);
    await s.page.click(tab('TC2'));
    expect(await pressed()).toEqual(['false', 'true']);
    await s.page.click('button.jump[title="Mở chỉ tiêu TC1.2"]');
    expect(await pressed()).toEqual(['true', 'false']);
    expect(await s.page.isVisible(card('TC1.2'))).toBe(true);
    expect(await focused()).toBe('f-TC1_2-value');
    await s.page.click('button.jump[title="Mở chỉ tiêu TC2.1a"]');
    expect(await pressed()).toEqual(['false', 'true']);
    expect(await focused()).toBe('f-TC2_1a-value');
    await done(s);
  });

  // The notes list's buttons ("Lưu ý về bộ tiêu chí") were never clicked: in a points ruleset a criterion is its own indicator, so a note on it opens it.
  it('a note on a points criterion in "Lưu ý về bộ tiêu chí" opens that criterion, the cursor in its points', async () => {
    const table = POINTS_TABLE.map((row) => (row[1] === 'TC2' ? [...row.slice(0, -1), 'Chưa xác minh'] : row));
    const s = await openLoaded(browser(), { getSidebarState: { ok: { ...pointsState(), rulesetTable: table } } });
    expect(await s.page.getAttribute(tab('TC1'), 'aria-pressed')).toBe('true');
    await s.page.click('#notes summary');
    const note = '#notes button.jump[title="Mở chỉ tiêu TC2"]';
    // The table's header is row 1, the ruleset row 2, TC1 row 3: TC2 is row 4.
    expect(await s.page.textContent(note)).toBe('Bộ tiêu chí dòng 4: Tiêu chí TC2 chưa được xác minh từ văn bản chính thức; tỉnh có thể kiểm tra và sửa trong bảng Bộ tiêu chí.');
    await s.page.click(note);
    expect([await s.page.getAttribute(tab('TC1'), 'aria-pressed'), await s.page.getAttribute(tab('TC2'), 'aria-pressed')]).toEqual(['false', 'true']);
    expect(await s.page.isVisible(card('TC2'))).toBe(true);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('f-TC2-value');
    await done(s);
  });

  it("TT44's fifteen criteria: tabs six a row", async () => {
    const s = await openLoaded(browser(), { getSidebarState: { ok: sampleState('TT44') } });
    expect(await s.page.getAttribute('nav.tabs', 'style')).toBe('grid-template-columns: repeat(6, 1fr);');
    await done(s);
  });
});
