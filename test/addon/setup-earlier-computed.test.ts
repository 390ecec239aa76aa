/**
 * A template upgrade that moves the rates on "Số liệu theo đơn vị": repair brings the value cells
 * of "Đánh giá" that still hold the earlier template's formula up to date, and keeps every value
 * and formula of the commune's. The earlier layout (rates in column D from row 3) is made up here:
 * the real list (src/core/template/computed-history.ts) is empty, the rates never moved so far.
 */
import { describe, expect, it, vi } from 'vitest';
import { TT25 } from '../../src/core/ruleset/tt25';
import { ASSESSMENT_FIRST_ROW, SHEETS } from '../../src/core/template/layout';
import { assessmentRows } from '../../src/core/template/assessment-sheet';
import { setupWorkbook } from '../../src/addon/setup/setup';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

vi.mock('../../src/core/template/computed-history', () => ({ EARLIER_RATE_LAYOUTS: [{ rateColumn: 4, firstItem: 3, writtenBy: 'a made-up earlier template' }] }));

const setup = (ss: FakeSpreadsheet, now: Date) => setupWorkbook(ss, fakeFactories(ss.log), now);
const row = (code: string) => ASSESSMENT_FIRST_ROW + assessmentRows(TT25).findIndex((r) => 'item' in r && r.item.code === code);
const units = (a1: string) => `='${SHEETS.units}'!${a1}`;

describe('repair after the rates moved', () => {
  it("replaces the earlier template's formula, keeps the commune's own formula and typed percent", () => {
    const ss = new FakeSpreadsheet();
    setup(ss, new Date(2026, 10, 21));
    const assessment = ss.sheet(SHEETS.assessment);
    // What the earlier template wrote for the first and third percent items; the second is someone's.
    assessment.type(`E${row('TC5.1')}`, units('$D$3'));
    assessment.type(`E${row('TC5.2a')}`, units('$D$9'));
    assessment.type(`E${row('TC5.2b')}`, units('$D$5'));
    setup(ss, new Date(2026, 10, 22));
    expect(assessment.at(`E${row('TC5.1')}`).formula).toBe(units('$E$4'));
    expect(assessment.at(`E${row('TC5.2a')}`).formula).toBe(units('$D$9'));
    expect(assessment.at(`E${row('TC5.2b')}`).formula).toBe(units('$E$6'));
  });

  it('a typed percent over the earlier formula stays', () => {
    const ss = new FakeSpreadsheet();
    setup(ss, new Date(2026, 10, 21));
    const assessment = ss.sheet(SHEETS.assessment);
    assessment.type(`E${row('TC5.1')}`, 0.65);
    setup(ss, new Date(2026, 10, 22));
    expect([assessment.at(`E${row('TC5.1')}`).value, assessment.at(`E${row('TC5.1')}`).formula]).toEqual([0.65, '']);
  });
});
