/**
 * SpreadsheetApp.getUi() and HtmlService for entry points run in the built bundle. In a person's run
 * the Ui records what was shown and answers dialogs from `answers`; in a trigger run getUi() throws
 * as users of other add-ons report ("Cannot call SpreadsheetApp.getUi() from this context";
 * davepar/gcalendarsync issue 93, williamlmao/plaid-to-gsheets issue 2, LesterCovax/crypto-sheets
 * issue 50; see the README table "Google behaviours this add-on relies on").
 */
export type RunMode = 'person' | 'trigger';

export interface Shown {
  kind: 'alert' | 'prompt' | 'dialog' | 'sidebar' | 'menu';
  title: string;
  content: string;
  /** A dialog's width and height in pixels, as set on its HtmlOutput (0 when not set). */
  size?: [number, number];
}

class FakeHtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(readonly content: string) {}
  setTitle(title: string) {
    this.title = title;
    return this;
  }
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
}

export class FakeUi {
  readonly shown: Shown[] = [];
  /** Button answers to alerts with YES/NO, and texts for prompts, used in order. */
  readonly answers: Array<'YES' | 'NO' | 'OK' | string> = [];
  readonly ButtonSet = { OK: 'OK', YES_NO: 'YES_NO', OK_CANCEL: 'OK_CANCEL' };
  readonly Button = { OK: 'OK', YES: 'YES', NO: 'NO', CANCEL: 'CANCEL' };

  constructor(public mode: RunMode = 'person') {}

  /** SpreadsheetApp.getUi as the bundle sees it. */
  readonly getUi = () => {
    if (this.mode === 'trigger') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this;
  };

  alert(title: string, message: string, buttons?: string) {
    this.shown.push({ kind: 'alert', title, content: message });
    return buttons === this.ButtonSet.YES_NO ? (this.answers.shift() ?? 'NO') : 'OK';
  }
  prompt(title: string, message: string) {
    this.shown.push({ kind: 'prompt', title, content: message });
    const text = this.answers.shift();
    return { getSelectedButton: () => (text === undefined ? this.Button.CANCEL : this.Button.OK), getResponseText: () => text ?? '' };
  }
  showModalDialog(output: FakeHtmlOutput, title: string) {
    this.shown.push({ kind: 'dialog', title, content: output.content, size: [output.width, output.height] });
  }
  showSidebar(output: FakeHtmlOutput) {
    this.shown.push({ kind: 'sidebar', title: output.title, content: output.content });
  }
  createMenu(title: string) {
    return this.menu(title);
  }
  createAddonMenu() {
    return this.menu('(add-on)');
  }
  private menu(title: string) {
    const items: string[] = [];
    const menu = {
      addItem: (caption: string, fn: string) => {
        items.push(`${caption} → ${fn}`);
        return menu;
      },
      addSeparator: () => {
        items.push('—');
        return menu;
      },
      addToUi: () => void this.shown.push({ kind: 'menu', title, content: items.join('\n') }),
    };
    return menu;
  }
}

/** HtmlService: outputs keep their HTML (or the file name they came from). */
export const fakeHtmlService = {
  createHtmlOutput: (html: string) => new FakeHtmlOutput(html),
  createHtmlOutputFromFile: (file: string) => new FakeHtmlOutput(`file:${file}`),
};
