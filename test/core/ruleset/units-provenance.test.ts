/**
 * The provenance of the administrative-unit and body data (src/core/ruleset/units.ts, body-words.ts), pinned
 * whole and held honest (lead's finding for issue 13): nothing claims "verbatim" unless it cites
 * a text the domain reference holds (legal-texts/: TT25, TT44, NĐ 20/2014 with TT 07/2016), and a
 * passage a reference quotes (“…”) is found word for word in the text it cites. Statuses typed by
 * hand from what legal-texts/ and the domain README hold.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../../../src/core/ruleset/types';
import { BODY_COMMON_WORDS, BODY_FIELDS, BODY_TITLES, HAMLET_KINDS } from '../../../src/core/ruleset/body-words';
import { BODY_NAMING, COMMITTEE, PLACE_SHORTENINGS, UNDER_COMMITTEE, UNIT_KINDS } from '../../../src/core/ruleset/units';

const TEXTS = process.env.CDHT_LEGAL_TEXTS ?? join(__dirname, '../../../../shared/domain/legal-texts');
/** The texts legal-texts/ holds, by how a reference names them. */
const HELD: Array<[cited: string, file: string]> = [
  ['Thông tư 25/2023', 'tt25-2023.md'],
  ['Thông tư 44/2014', 'tt44-2014.md'],
  ['Nghị định 20/2014', 'nd20-2014.md'],
];

const ALL: Array<[string, Provenance]> = [
  ...UNIT_KINDS.map((k): [string, Provenance] => [`unit ${k.name}`, k.provenance]),
  ['committee', COMMITTEE.provenance],
  ...UNDER_COMMITTEE.map((o): [string, Provenance] => [`office ${o.kind} (${o.level})`, o.provenance]),
  ['body naming', BODY_NAMING.provenance],
  ['body fields', BODY_FIELDS.provenance],
  ['body common words', BODY_COMMON_WORDS.provenance],
  ['hamlet kinds', HAMLET_KINDS.provenance],
  ['body titles', BODY_TITLES.provenance],
  ...PLACE_SHORTENINGS.map((p): [string, Provenance] => [`short ${p.written}`, p.provenance]),
];

describe('provenance of the unit and body data', () => {
  it('marks each fact as what the texts at hand support', () => {
    expect(ALL.map(([what, p]) => `${what}: ${p.status}`)).toEqual([
      'unit xã: secondary',
      'unit phường: secondary',
      'unit thị trấn: secondary',
      'unit đặc khu: secondary',
      'unit tỉnh: secondary',
      'unit thành phố: secondary',
      'unit huyện: secondary',
      'unit quận: secondary',
      'unit thị xã: secondary',
      'committee: secondary',
      // No decree on the offices of a committee is in legal-texts/: only TT25's own words support the district's Phòng.
      'office sở (tỉnh): unverified',
      'office phòng (huyện): secondary',
      'office phòng (xã): unverified',
      'body naming: secondary',
      'body fields: secondary',
      'body common words: secondary',
      // Only TT44's "thôn, ấp, bản, tổ dân phố" are verbatim; the rest of the list is usage.
      'hamlet kinds: unverified',
      // Titles are usage: the decree's rule for them is in no text at hand (session 12).
      'body titles: unverified',
      'short Thành phố Hồ Chí Minh: secondary',
    ]);
    expect(UNDER_COMMITTEE.map((o) => o.kind)).toEqual(['sở', 'phòng', 'phòng']);
  });

  it('claims "verbatim" only for a text legal-texts/ holds, and quotes word for word what it quotes', () => {
    for (const [what, p] of ALL) {
      const held = HELD.find(([cited]) => p.ref.includes(cited));
      if (p.status === 'verbatim') expect(held, what).toBeDefined();
      const quotes = [...p.ref.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      if (quotes.length === 0 || !existsSync(TEXTS)) continue;
      expect(held, `${what} quotes a text legal-texts/ does not hold`).toBeDefined();
      const text = readFileSync(join(TEXTS, held?.[1] ?? ''), 'utf8').replace(/\s+/g, ' ');
      for (const quote of quotes) expect(text, what).toContain(quote);
    }
  });
});
