/**
 * "Kiểm tra tiện ích" (src/addon/self-check.ts) reading each probe result strictly: a wrong text, a
 * number come back as text, a probe sheet that could not be made. The fake has no formula engine:
 * what Sheets would show for each formula is given by hand (3 in A1, 4 in A2).
 */
import { describe, expect, it } from 'vitest';
import { runSelfCheck } from '../../src/addon/self-check';
import { setupWorkbook } from '../../src/addon/setup/setup';
import type { Cell } from '../../src/core/cells/values';
import { FakeSpreadsheet, fakeFactories } from '../fakes/spreadsheet';

const NOW = new Date(2026, 10, 29, 9, 30);
const HEALTHY: Record<string, Cell> = {
  '=IF(A1<A2;"ok";"sai")': 'ok',
  '=SUM(A1;A2)': 7,
  '=A2*95/100': 3.8,
  '=CDHT_RATE(A1;A2)': 0.75,
};

function sheetAnswering(answers: Record<string, Cell>): FakeSpreadsheet {
  const ss = new FakeSpreadsheet('Trang tính1');
  setupWorkbook(ss, fakeFactories(ss.log), NOW);
  ss.evaluate = (formula) => answers[formula] ?? '';
  return ss;
}

const formulasOk = (ss: FakeSpreadsheet) => runSelfCheck(ss, () => {}, NOW).items.find((i) => i.label === 'Công thức của tiện ích')?.ok;

describe('the probe results, read strictly', () => {
  it('an IF answering "sai" (the comparison read the wrong way) fails the formula check', () => {
    expect(formulasOk(sheetAnswering({ ...HEALTHY, '=IF(A1<A2;"ok";"sai")': 'sai' }))).toBe(false);
  });

  it('a sum come back as the text "7" (no number: the formula was not computed as one) fails it', () => {
    expect(formulasOk(sheetAnswering({ ...HEALTHY, '=SUM(A1;A2)': '7' }))).toBe(false);
  });

  it('a CDHT_RATE come back as the text "0.75" is no working function: says what it returned', () => {
    const item = runSelfCheck(sheetAnswering({ ...HEALTHY, '=CDHT_RATE(A1;A2)': '0.75' }), () => {}, NOW).items.find((i) => i.label === 'Các hàm CDHT_*');
    expect(item).toEqual({ label: 'Các hàm CDHT_*', ok: false, detail: 'CDHT_RATE trả về "0.75" thay vì 75%.' });
  });

  it('a CDHT_RATE still loading says to run the check again', () => {
    const item = runSelfCheck(sheetAnswering({ ...HEALTHY, '=CDHT_RATE(A1;A2)': 'Loading...' }), () => {}, NOW).items[2];
    expect(item.detail).toBe('hàm chưa trả lời kịp; chạy lại kiểm tra sau ít giây.');
  });

  it('a probe sheet that cannot be made: the error reported, no sheet deleted (there is none), nothing thrown', () => {
    const ss = sheetAnswering(HEALTHY);
    ss.insertSheet = () => {
      throw new Error('A sheet with the name "CDHT kiểm tra" already exists.');
    };
    ss.log.reset();
    const report = runSelfCheck(ss, () => {}, NOW);
    expect(report.items[1].ok).toBe(false);
    expect(report.technical.probeResults).toBe('error: A sheet with the name "CDHT kiểm tra" already exists.');
    expect(ss.log.calls.filter((c) => c === 'Spreadsheet.deleteSheet')).toEqual([]);
  });
});
