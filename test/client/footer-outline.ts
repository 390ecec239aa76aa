/**
 * The sidebar's footer as `outline` prints it, for the tests that pin it after each step: the status
 * line, the two buttons and the count of changes not yet saved.
 */
const lines = (text: string) => text.replace(/^\n|\n$/g, '').split('\n');

/** The footer with no message and edits pending ("2 thay đổi chưa lưu"). */
export const pendingFooter = (unsaved: string) =>
  lines(`
footer
  div#status.status.info [aria-live=polite role=status]
  div.buttons
    button#save.action [type=button] Lưu
    button#reload [type=button] Tải lại
    span#unsaved.unsaved.pending ${unsaved}
`);

/** The footer with a status message of a tone ("ok", "info", "error"), and "Lưu" disabled when nothing is pending. */
export const messageFooter = (tone: string, message: string, unsaved: string, saveDisabled: boolean) =>
  lines(`
footer
  div#status.status.${tone} [aria-live=polite role=status]
    div.message ${message}
  div.buttons
    button#save.action [${saveDisabled ? 'disabled ' : ''}type=button] Lưu
    button#reload [type=button] Tải lại
    span#unsaved.unsaved${unsaved === 'Không có thay đổi chưa lưu' ? '' : '.pending'} ${unsaved}
`);
