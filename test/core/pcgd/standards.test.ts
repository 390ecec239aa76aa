/**
 * Nghị định 20/2014/NĐ-CP commune standards and Thông tư 07/2016 Điều 2, level by level, against
 * the official text of Nghị định 20/2014/NĐ-CP. Rates are fractions; expected levels are written by hand
 * from the clause quoted in each test's name.
 */
import { describe, expect, it } from 'vitest';
import { suggestLevels } from '../../../src/core/pcgd/standards';

type Rates = Record<string, number | null>;

/** A commune meeting every standard at its highest level, with nothing to spare at the top. */
const TOP: Rates = {
  mn5Attend: 0.95,
  mn5Complete: 0.85,
  grade1At6: 0.98,
  primaryBy14: 0.8,
  primaryAt11: 0.9,
  at11InPrimary: 1,
  thcsDiploma: 0.95,
  upperStudying: 0.8,
  literacy1: 0.9,
  literacy2: 0.9,
  disabledAccess: 0.6,
};

const levels = (changes: Rates, hard = false) => suggestLevels({ ...TOP, ...changes }, hard);

describe('the top commune', () => {
  it('meets mầm non, tiểu học mức 3, THCS mức 3 and XMC mức 2', () => {
    expect(levels({})).toEqual({ 'TC4.1': 1, 'TC4.2': 3, 'TC4.3': 3, 'TC4.4': 2 });
  });
});

describe('Điều 6 khoản 2 (mầm non 5 tuổi)', () => {
  it('a) "Tỷ lệ trẻ em 5 tuổi đến lớp đạt ít nhất 95%; … đặc biệt khó khăn đạt ít nhất 90%"', () => {
    expect(levels({ mn5Attend: 0.9499 })['TC4.1']).toBe(0);
    expect(levels({ mn5Attend: 0.9 }, true)['TC4.1']).toBe(1);
    expect(levels({ mn5Attend: 0.8999 }, true)['TC4.1']).toBe(0);
  });
  it('b) "Tỷ lệ trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non đạt ít nhất 85%; … ít nhất 80%"', () => {
    expect(levels({ mn5Complete: 0.8499 })['TC4.1']).toBe(0);
    expect(levels({ mn5Complete: 0.8 }, true)['TC4.1']).toBe(1);
    expect(levels({ mn5Complete: 0.7999 }, true)['TC4.1']).toBe(0);
  });
});

describe('Điều 9–11 (tiểu học)', () => {
  it('Điều 9 khoản 2 a) "Tỷ lệ trẻ em 6 tuổi vào lớp 1 đạt ít nhất 90%": 89,99% gives no level', () => {
    expect(levels({ grade1At6: 0.8999 })['TC4.2']).toBe(0);
  });
  it('Điều 9 khoản 2 b) "trẻ em đến 14 tuổi hoàn thành chương trình tiểu học đạt ít nhất 80%, … ĐBKK 70%"', () => {
    expect(levels({ primaryBy14: 0.7999 })['TC4.2']).toBe(0);
    expect(levels({ primaryBy14: 0.7 }, true)['TC4.2']).toBe(3);
  });
  it('Điều 11 khoản 1 b) "vào lớp 1 đạt ít nhất 98%": 97,99% stops at mức 2 (Điều 10: 95%)', () => {
    expect(levels({ grade1At6: 0.9799 })['TC4.2']).toBe(2);
    expect(levels({ grade1At6: 0.95 })['TC4.2']).toBe(2);
    expect(levels({ grade1At6: 0.9499 })['TC4.2']).toBe(1);
  });
  it('Điều 10/11 khoản 1 c) "11 tuổi hoàn thành … ít nhất 80% (mức 2) / 90% (mức 3); ĐBKK 70% / 80%"', () => {
    expect(levels({ primaryAt11: 0.8999 })['TC4.2']).toBe(2);
    expect(levels({ primaryAt11: 0.7999 })['TC4.2']).toBe(1);
    expect(levels({ primaryAt11: 0.8 }, true)['TC4.2']).toBe(3);
    expect(levels({ primaryAt11: 0.7 }, true)['TC4.2']).toBe(2);
    expect(levels({ primaryAt11: 0.6999 }, true)['TC4.2']).toBe(1);
  });
  it('Điều 10/11 khoản 1 c) "các trẻ em 11 tuổi còn lại đều đang học các lớp tiểu học": one child out stops at mức 1', () => {
    expect(levels({ at11InPrimary: 0.999 })['TC4.2']).toBe(1);
    expect(levels({ at11InPrimary: null })['TC4.2']).toBe(1);
  });
  it('Điều 10 khoản 1 a) "Bảo đảm tiêu chuẩn … mức độ 1": the mức 2 rates without mức 1 give nothing', () => {
    expect(levels({ primaryBy14: 0.5 })['TC4.2']).toBe(0);
  });
});

describe('Điều 14–16 (trung học cơ sở)', () => {
  it('Điều 14 khoản 2 a) needs tiểu học mức 1 and xóa mù chữ mức 1', () => {
    expect(levels({ grade1At6: 0.5 })['TC4.3']).toBe(0);
    expect(levels({ literacy1: 0.5 })['TC4.3']).toBe(0);
  });
  it('Điều 14–16 b) "15 đến 18 tốt nghiệp THCS đạt ít nhất 80% / 90% / 95%; ĐBKK 70% / 80% / 90%"', () => {
    expect(levels({ thcsDiploma: 0.9499 })['TC4.3']).toBe(2);
    expect(levels({ thcsDiploma: 0.8999 })['TC4.3']).toBe(1);
    expect(levels({ thcsDiploma: 0.7999 })['TC4.3']).toBe(0);
    expect(levels({ thcsDiploma: 0.9 }, true)['TC4.3']).toBe(3);
    expect(levels({ thcsDiploma: 0.8 }, true)['TC4.3']).toBe(2);
    expect(levels({ thcsDiploma: 0.7 }, true)['TC4.3']).toBe(1);
    expect(levels({ thcsDiploma: 0.6999 }, true)['TC4.3']).toBe(0);
  });
  it('Điều 16 khoản 1 c) "đang học … trung học phổ thông … hoặc giáo dục nghề nghiệp đạt ít nhất 80%, ĐBKK 70%"', () => {
    expect(levels({ upperStudying: 0.7999 })['TC4.3']).toBe(2);
    expect(levels({ upperStudying: 0.7 }, true)['TC4.3']).toBe(3);
  });
});

describe('Điều 20–21 (xóa mù chữ)', () => {
  it('Điều 20 khoản 1: "ít nhất 90% số người … từ 15 đến 35 … mức độ 1"', () => {
    expect(levels({ literacy1: 0.8999, literacy2: 0.8 })['TC4.4']).toBe(0);
  });
  it('Điều 21 khoản 1: "ít nhất 90% số người … từ 15 đến 60 … mức độ 2"', () => {
    expect(levels({ literacy2: 0.8999 })['TC4.4']).toBe(1);
  });
  it('Điều 21 does not require mức độ 1: mức 2 met and mức 1 not gives mức 2', () => {
    expect(levels({ literacy1: 0.8 })['TC4.4']).toBe(2);
  });
});

describe('Thông tư 07/2016 Điều 2: "huy động ít nhất 60% người khuyết tật có khả năng học tập được tiếp cận giáo dục"', () => {
  it('59,99% leaves every standard at 0', () => {
    expect(levels({ disabledAccess: 0.5999 })).toEqual({ 'TC4.1': 0, 'TC4.2': 0, 'TC4.3': 0, 'TC4.4': 0 });
  });
  it('without that rate no level is suggested', () => {
    expect(levels({ disabledAccess: null })).toEqual({ 'TC4.1': null, 'TC4.2': null, 'TC4.3': null, 'TC4.4': null });
  });
});
