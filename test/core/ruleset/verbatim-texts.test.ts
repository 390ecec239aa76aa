/**
 * Every rule text the built-in rulesets mark "verbatim" (src/core/ruleset: TT25, TT44, the NĐ 20
 * standards behind TT25's criterion 4) is found, word for word, in the official text it cites:
 * the codified texts in test/fixtures/legal-texts/ (copies of the domain reference's legal-texts, as plain text), chosen
 * by the document its provenance names first. Only whitespace is normalised, and the case of a
 * name's first letter (a name that starts a table cell is capitalised: "Phổ cập giáo dục tiểu
 * học" for "… chuẩn phổ cập giáo dục tiểu học …"). Text in our own words must say so ("paraphrase").
 * Every document an indicator's or criterion's wording cites, whatever its status, is cited as
 * the legal text cites it ("Quyết định số 324/QĐ-KHVN …", never "Quyết định 324/…").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PCGD_STANDARDS } from '../../../src/core/ruleset/nd20';
import { TT25 } from '../../../src/core/ruleset/tt25';
import { TT44 } from '../../../src/core/ruleset/tt44';
import type { Provenance } from '../../../src/core/ruleset/types';

const TEXTS = join(__dirname, '../../fixtures/legal-texts');
const SOURCES: Array<[cited: string, file: string]> = [
  ['Thông tư 25/2023', 'tt25-2023.txt'],
  ['Thông tư 44/2014', 'tt44-2014.txt'],
  ['Nghị định 20/2014', 'nd20-2014.txt'],
  // The NĐ 20 file holds Thông tư 07/2016 Điều 2, which adds to every standard.
  ['Thông tư 07/2016', 'nd20-2014.txt'],
];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const read = (file: string) => squash(readFileSync(join(TEXTS, file), 'utf8'));

/** The file of the document a provenance cites first. */
function sourceOf(provenance: Provenance): string {
  const cited = SOURCES.map(([name, file]) => [provenance.ref.indexOf(name), file] as const).filter(([at]) => at >= 0);
  if (cited.length === 0) throw new Error(`No legal text for "${provenance.ref}"`);
  return cited.sort((a, b) => a[0] - b[0])[0][1];
}

/** Found as written, or with the first letter in the other case. */
function quoted(text: string, source: string): boolean {
  const t = squash(text);
  const other = (t.charAt(0) === t.charAt(0).toLowerCase() ? t.charAt(0).toUpperCase() : t.charAt(0).toLowerCase()) + t.slice(1);
  return source.includes(t) || source.includes(other);
}

interface RuleText {
  what: string;
  text: string;
  provenance: Provenance;
}

/** Criteria, items, facts written as text, and the rating bands' quoted conditions. */
function ruleTexts(): RuleText[] {
  const texts: RuleText[] = [];
  for (const ruleset of [TT25, TT44]) {
    for (const c of ruleset.criteria) {
      texts.push({ what: `${ruleset.id} ${c.code}`, text: c.name, provenance: c.provenance });
      // TT44's criteria are their own single items, with the same name.
      for (const i of c.items) if (i.code !== c.code) texts.push({ what: `${ruleset.id} ${i.code}`, text: i.name, provenance: i.provenance });
    }
    for (const f of ruleset.facts) if (typeof f.value === 'string') texts.push({ what: `${ruleset.id} ${f.key}`, text: f.value, provenance: f.provenance });
    if (ruleset.scheme === 'points') {
      for (const band of ruleset.ratings) {
        const quote = /"([^"]+)"/.exec(band.provenance.ref);
        texts.push({ what: `${ruleset.id} ${band.label}`, text: quote ? quote[1] : band.provenance.ref, provenance: band.provenance });
      }
    }
  }
  for (const s of PCGD_STANDARDS) texts.push({ what: `NĐ 20 ${s.code}`, text: s.name, provenance: s.provenance });
  return texts;
}

describe('verbatim rule texts against the legal texts', () => {
  const sources = new Map(SOURCES.map(([, file]) => [file, read(file)]));

  it('finds every text marked verbatim in the legal text it cites', () => {
    const verbatim = ruleTexts().filter((t) => t.provenance.status === 'verbatim');
    const missing = verbatim.filter((t) => !quoted(t.text, sources.get(sourceOf(t.provenance))!)).map((t) => `${t.what}: ${t.text}`);
    expect(missing).toEqual([]);
    // The scan reaches every kind of text: TT25 5 criteria, 10 yes/no indicators, 2 facts (number,
    // NĐ 20's title); TT44 15 criteria, 8 facts, 3 rating bands; the 4 NĐ 20 standards.
    const counts = (id: string) => verbatim.filter((t) => t.what.startsWith(`${id} `)).length;
    expect([counts('TT25'), counts('TT44'), counts('NĐ 20')]).toEqual([17, 26, 4]);
  });

  it('cites documents in criterion and indicator wording as the legal text does, whatever the status', () => {
    const citation = /(?:Quyết định|Nghị định|Thông tư)(?: số)? \d+\/[\p{L}\d/-]+(?: ngày \d+(?:\/\d+\/\d+| tháng \d+ năm \d+))?/gu;
    const wording = ruleTexts().filter((t) => /^(TT25|TT44) TC\d+(\.\d+[a-z]?)?$/.test(t.what));
    const cited = wording.flatMap((t) => [...t.text.matchAll(citation)].map((m) => ({ ...t, text: m[0] })));
    expect(cited.map((t) => `${t.what}: ${t.text}`)).toEqual(['TT25 TC5.1: Quyết định số 324/QĐ-KHVN ngày 25 tháng 10 năm 2023']);
    expect(cited.filter((t) => !sources.get(sourceOf(t.provenance))!.includes(t.text))).toEqual([]);
  });

  it('an unquoted text is caught: the check can fail', () => {
    expect(quoted('Quyết định 324/QĐ-KHVN', sources.get('tt25-2023.txt')!)).toBe(false);
    expect(quoted('quyết định số 324/QĐ-KHVN', sources.get('tt25-2023.txt')!)).toBe(true);
  });
});
