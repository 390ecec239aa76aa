/**
 * A switch back to a ruleset after "Bắt đầu năm mới" (newcomer review of issue 14, finding F5):
 * TT25 filled for 2025 with a row of the commune's own under TC1.1, switched to TT44 (the TT25
 * values go to the switch's archive), the year rolled over to 2026, then switched back to TT25.
 * Before, the 2026 page was filled with the 2025 values from that archive, unannounced: a dossier
 * made then reported 2025's results and evidence as 2026's. Now an archive of another assessment
 * year stays an archive: the page of 2026 is empty and the message names the archive and its year.
 * The same round trip within one year still brings the values back (setup-switch-regroup.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { startNewYear } from '../../src/addon/new-year';
import { setupMessage } from '../../src/addon/setup/message';
import { SHEETS } from '../../src/core/template/layout';
import { FakeLock } from '../fakes/lock';
import { filledWorkbook, setup } from './scenarios';

const TO_TT44 = new Date(2026, 0, 3, 8, 5);
const NEW_YEAR = new Date(2026, 0, 5, 8, 0);
const BACK = new Date(2026, 0, 5, 9, 0);
const ARCHIVE_TT25 = 'Lưu trữ TT25 03-01-2026 08.05';

describe('TT25 of 2025 → TT44 → new year 2026 → TT25', () => {
  for (const older of [false, true]) {
    it(`leaves the 2025 values in their archive and says so, naming both years${older ? ' (an archive of an older version, its title without the year: known by the roll-over after it)' : ''}`, () => {
      const { ss } = filledWorkbook();
      const info = ss.sheet(SHEETS.info);
      info.type('B6', 2025);
      const sheet = ss.sheet(SHEETS.assessment);
      sheet.insertRowsBefore(7, 1);
      sheet.type('B7', 'Ý riêng năm 2025');
      sheet.type('G7', 'đã làm năm 2025');
      const filled2025 = sheet.at('E6').value;
      expect(filled2025).not.toBe('');
      info.type('B7', 'TT44');
      setup(ss, TO_TT44);
      expect(ss.sheet(ARCHIVE_TT25).at('A1').value).toBe('Dữ liệu trang "Đánh giá" năm 2025 trước khi thiết lập lại');
      if (older) ss.sheet(ARCHIVE_TT25).type('A1', 'Dữ liệu trang "Đánh giá" trước khi thiết lập lại');
      startNewYear({ spreadsheet: ss, lock: new FakeLock(), confirm: () => true, now: NEW_YEAR });
      expect(info.at('B6').value).toBe(2026);
      info.type('B7', 'TT25');
      const message = setupMessage(setup(ss, BACK));
      expect(message).toContain(
        `Trang "${ARCHIVE_TT25}" giữ dữ liệu của năm 2025 nên không được đưa vào năm đánh giá 2026: các chỉ tiêu TT25 chưa có trên trang "Đánh giá" được để trống. ` +
          'Nếu cần, hãy xem hoặc chép từ trang lưu trữ đó.',
      );
      expect(message).not.toContain('được lấy lại từ trang lưu trữ');
      const values = sheet.values().flat();
      expect(values).not.toContain('đã làm năm 2025');
      expect(values).not.toContain('Ý riêng năm 2025');
      // TC1.1 of 2026 starts empty: neither 2025's result nor its note.
      const row = sheet.values().findIndex((r) => r[0] === 'TC1.1') + 1;
      expect([sheet.at(`E${row}`).value, sheet.at(`F${row}`).value, sheet.at(`G${row}`).value, sheet.at(`H${row}`).value]).toEqual(['', '', '', '']);
      // The archive still holds them.
      expect(ss.sheet(ARCHIVE_TT25).values().flat()).toContain('đã làm năm 2025');
    });
  }
});

/**
 * The other side of the same rule: while the assessment year is not filled in (0), no archive is of
 * another year, so a switch back brings the values back from the archive even when its title names
 * a year (2025 here, filled in at the first switch and emptied since).
 */
describe('TT25 of 2025 → TT44 → the year emptied → TT25', () => {
  it('brings the values back from the archive and says so', () => {
    const { ss } = filledWorkbook();
    const info = ss.sheet(SHEETS.info);
    info.type('B6', 2025);
    const sheet = ss.sheet(SHEETS.assessment);
    sheet.type('G6', 'đã làm năm 2025');
    sheet.insertRowsBefore(7, 1);
    sheet.type('B7', 'Ý riêng năm 2025');
    info.type('B7', 'TT44');
    setup(ss, TO_TT44);
    expect(ss.sheet(ARCHIVE_TT25).at('A1').value).toBe('Dữ liệu trang "Đánh giá" năm 2025 trước khi thiết lập lại');
    info.type('B6', '');
    info.type('B7', 'TT25');
    const message = setupMessage(setup(ss, BACK));
    expect(message).toContain('được lấy lại từ trang lưu trữ');
    expect(message).not.toContain('nên không được đưa vào năm đánh giá');
    expect([sheet.at('A6').value, sheet.at('G6').value, sheet.at('B7').value]).toEqual(['TC1.1', 'đã làm năm 2025', 'Ý riêng năm 2025']);
  });
});
