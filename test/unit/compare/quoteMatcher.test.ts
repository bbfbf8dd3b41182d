/**
 * The learned judgement "two quotes of two reports are one utterance" (quoteMatcher.ts): the
 * shipped weights load, and on a development cluster (a French-speaking minister's remarks, which
 * three outlets translate each in their own words) the translations the hand-written tests leave
 * apart are linked, with their drift shown, while the same minister's look-alike remark of another
 * day stays apart.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUOTE_MATCHER, QUOTE_PAIR_FEATURES } from '../../../src/core/compare/quoteMatcher';
import weights from '../../../src/core/compare/quoteMatcherWeights.json';
import { quotePairsOfSet } from '../../../scripts/quote-matcher/quotePairsOfSet';
import type { QuoteGroup } from '../../../src/core/types';
import { groups, memberTexts } from './quoteGroupsOf';

const GLACIER = 'test/fixtures/corpus/cluster-m-valais-glacier';
const MARMARA = 'test/fixtures/corpus/cluster-x-marmara-mucilage';
const BUDGET = 'test/fixtures/corpus/cluster-k-budget';

/** A development cluster's articles, file name → text. */
function textsOf(dir: string): Record<string, string> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The glacier cluster's articles, file name → text. */
function glacierTexts(): Record<string, string> {
  return textsOf(GLACIER);
}

/** The group holding a quote of `file` that starts with `start`, or undefined. */
function groupOf(found: QuoteGroup[], file: string, start: string): QuoteGroup | undefined {
  return found.find((g) => g.members.some((m) => m.source === file && m.text.startsWith(start)));
}

describe('the quote matcher (quoteMatcher.ts)', () => {
  it('loads a weight for every feature and a threshold between 0 and 1', () => {
    for (const feature of QUOTE_PAIR_FEATURES) assert.ok(Number.isFinite((weights.weights as Record<string, number>)[feature]), feature);
    assert.equal(QUOTE_MATCHER.weights.length, QUOTE_PAIR_FEATURES.length);
    assert.ok(QUOTE_MATCHER.threshold > 0 && QUOTE_MATCHER.threshold < 1);
  });

  it('links two translations of a remark that the hand-written tests leave apart, and shows the drift', () => {
    const set = quotePairsOfSet(GLACIER);
    const quoted = (g: Array<{ source: number; start: number }>, file: string, start: string): boolean =>
      g.some((m) => set.files[m.source] === file && set.texts[m.source].startsWith(start, m.start));
    const together = (found: Array<Array<{ source: number; start: number }>>): boolean =>
      found.some((g) => quoted(g, 'm1_helvetic_wire_evolene.txt', 'We will not gamble') && quoted(g, 'm3_thameside_post_broadsheet.txt', 'We will not take chances with'));
    assert.ok(!together(set.groups(null)));
    const found = groups(glacierTexts());
    const group = groupOf(found, 'm1_helvetic_wire_evolene.txt', 'We will not gamble');
    if (!group) assert.fail(memberTexts(found));
    assert.ok(group.members.some((m) => m.source === 'm3_thameside_post_broadsheet.txt' && m.text.startsWith('We will not take chances with')), memberTexts(found));
    assert.ok(group.drift.some((d) => /m3_thameside_post_broadsheet\.txt (quotes|has)/.test(d)), group.drift.join(' | '));
  });

  it('links two translations of a remark whose words differ to its end (a Turkish minister: "not a sewer" / "not a drain")', () => {
    const found = groups(textsOf(MARMARA));
    const group = groupOf(found, 'c1_levant_wire_izmit.txt', 'The Marmara is not a sewer');
    if (!group) assert.fail(memberTexts(found));
    assert.ok(group.members.some((m) => m.source === 'c3_uk_broadsheet_environment.txt' && m.text.startsWith('The Marmara is not a drain')), memberTexts(found));
  });

  it('keeps apart two remarks of one speaker that open with the same words ("The debt brake is not…")', () => {
    const found = groups(textsOf(BUDGET));
    const group = groupOf(found, 'e3_german_outlet_english_service.txt', 'The debt brake is not up for negotiation');
    assert.ok(!group?.members.some((m) => /fetish/.test(m.text)), memberTexts(found));
  });

  it("keeps apart the minister's look-alike remark of another day", () => {
    const found = groups(glacierTexts());
    assert.equal(groupOf(found, 'm4_rhone_valley_today_outlier_sion.txt', 'Safety is never a gamble'), undefined, memberTexts(found));
  });
});
