/**
 * The dossier puts the chart of "Kết quả" into the report. Set-up follows a renamed sheet (its tag,
 * setup-renamed-messages.test.ts), so the dossier must ask for the chart of the results sheet by the
 * name it has now: asked by the template's name, a commune that renamed "Kết quả" got a report
 * without its chart and no word why (SpreadsheetApp.getSheetByName returns null for a name no
 * sheet has). Expected names typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { type DossierDeps, generateDossier } from '../../src/addon/dossier';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { fillSampleCommune } from '../fixtures/sample-workbook';
import { FakeDocsApi } from '../fakes/docs-api';
import { FakeDocumentApp } from '../fakes/document-app';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 1, 10, 14, 0);

/** The sheet names the dossier asked charts of, for the sample commune as `edit` leaves it. */
function chartsAskedFor(edit: (ss: FakeSpreadsheet) => void): string[] {
  const ss = new FakeSpreadsheet();
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  fillSampleCommune(ss);
  edit(ss);
  const asked: string[] = [];
  const app = new FakeDocumentApp();
  const deps: DossierDeps = {
    spreadsheet: ss,
    documentApp: app.service,
    docs: new FakeDocsApi(app).service,
    chartImage: (sheetName) => {
      asked.push(sheetName);
      return null;
    },
    confirm: () => true,
    progress: () => {},
    editors: () => [],
    now: NOW,
  };
  generateDossier(deps);
  return asked;
}

describe('the chart of "Kết quả" in the dossier', () => {
  it('is asked of "Kết quả" in a workbook as set up', () => {
    expect(chartsAskedFor(() => {})).toEqual(['Kết quả']);
  });

  it('is asked of the sheet by its new name once the commune renamed it', () => {
    expect(chartsAskedFor((ss) => ss.renamed(ss.sheet('Kết quả'), 'Kết quả năm 2025'))).toEqual(['Kết quả năm 2025']);
  });

  // Such a workbook's sheets are found by the names their tabs have, wherever the tabs stand: a sheet
  // the commune added in front moves every tab one place on, and the chart is still that of "Kết quả".
  it('is asked of "Kết quả" in a workbook set up before sheets were tagged, with a sheet added in front', () => {
    const asked = chartsAskedFor((ss) => {
      for (const sheet of ss.sheets) for (const metadata of sheet.getDeveloperMetadata()) metadata.remove();
      ss.insertSheet('Ghi chú', 0);
    });
    expect(asked).toEqual(['Kết quả']);
  });
});
