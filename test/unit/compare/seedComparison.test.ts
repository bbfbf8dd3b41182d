/**
 * The comparison of the three seed articles, analysed by the real pipeline: two translations of
 * Lavrov's remarks in Tehran (000, 001) and a report of another press event in Pyongyang (003).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { Comparison, SourceInput } from '../../../src/core/types';

const dir = join(__dirname, '../../fixtures/corpus/seeds');
const FILES = ['000_dd448b168f52a1ce.txt', '001_329362c8f0014bf2.txt', '003_7f66165cc7c1e9fd.txt'];

describe('compareSources on the seed articles', () => {
  let sources: SourceInput[];
  let comparison: Comparison;
  before(() => {
    ({ sources, comparison } = analyzeSources(FILES.map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8') }))));
  });
  const summary = (id: string) => comparison.sources.find((s) => s.id === id)!;
  const covering = (id: string, kind: string, phrase: string) => {
    const text = sources.find((s) => s.id === id)!.analysis.text;
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `phrase not in ${id}: ${phrase}`);
    return summary(id).findings.filter((f) => f.kind === kind && f.start <= at && f.end >= at + phrase.length);
  };

  it('reports the Pyongyang article as another event and flags nothing in it', () => {
    assert.equal(summary(FILES[2]).sameEvent, false);
    assert.deepEqual(summary(FILES[2]).findings, []);
    assert.ok(summary(FILES[0]).sameEvent && summary(FILES[1]).sameEvent);
  });

  it('flags the clause only one Tehran report has', () => {
    const hits = covering(FILES[0], 'unique', 'without the involvement of Western nations');
    assert.equal(hits.length, 1);
    assert.match(hits[0].message, /^Only this source/);
    assert.ok(covering(FILES[1], 'unique', 'Putin, in a phone call with his Brazilian counterpart').length === 1);
  });

  it('flags the editorial comment of 000 and not the sentences both reports carry', () => {
    assert.equal(covering(FILES[0], 'unique', 'This cooperative spirit is an encouraging step toward regional stability').length, 1);
    assert.equal(covering(FILES[0], 'unique', 'the greater the risk of escalation of the conflict').length, 0);
    assert.equal(covering(FILES[1], 'unique', 'already among the nations intervening the most').length, 0);
  });

  it('links the three remarks quoted in both translations, and only across sources', () => {
    const pairs = [
      ['the more countries take proactive measures', 'The more a state takes this kind of proactive measures'],
      ['already among the countries that intervene the most', 'already among the nations intervening the most'],
      ['We must act on the basis of the collective potential', 'We have to act on the basis of the joint potential'],
    ];
    for (const [a, b] of pairs) {
      const group = comparison.groups.find((g) => g.members.some((m) => m.text.startsWith(a)) && g.members.some((m) => m.text.startsWith(b)));
      assert.ok(group, `not grouped: ${a} / ${b}`);
    }
    for (const g of comparison.groups) assert.ok(new Set(g.members.map((m) => m.source)).size >= 2);
  });

  it('notes the swapped words inside the shared quote as drift', () => {
    const group = comparison.groups.find((g) => g.members.some((m) => m.text.startsWith('We must act')))!;
    assert.ok(group.drift.some((d) => /“must”/.test(d) && /“have to”/.test(d)), group.drift.join(' | '));
  });

  it('shows "collective" against "joint" as a variant naming the other source', () => {
    const hits = covering(FILES[0], 'variant', 'collective');
    assert.equal(hits.length, 1);
    assert.match(hits[0].message, /001_329362c8f0014bf2\.txt: “joint”/);
    assert.equal(hits[0].related[0].source, FILES[1]);
  });

  it('lists the Putin–Lula call among what 000 leaves out', () => {
    const omissions = summary(FILES[0]).omissions;
    assert.ok(omissions.some((o) => /Lula/.test(o.example.text) && o.reportedBy.includes(FILES[1])));
  });

  it('gives every finding a stable id, unique within its source', () => {
    const again = analyzeSources(FILES.map((id) => ({ id, text: readFileSync(join(dir, id), 'utf8') }))).comparison;
    for (const [i, s] of comparison.sources.entries()) {
      assert.deepEqual(s.findings.map((f) => f.id), again.sources[i].findings.map((f) => f.id));
      assert.equal(new Set(s.findings.map((f) => f.id)).size, s.findings.length);
    }
  });

  it('keeps every finding and alignment span on the text it quotes', () => {
    for (const s of comparison.sources) {
      const text = sources.find((x) => x.id === s.id)!.analysis.text;
      for (const f of s.findings) assert.equal(text.slice(f.start, f.end), f.text);
    }
    for (const a of comparison.alignments) {
      for (const side of [a.a, a.b]) assert.equal(sources.find((x) => x.id === side.source)!.analysis.text.slice(side.start, side.end), side.text);
      assert.ok(a.score > 0 && a.score <= 1);
    }
  });

  it('says which source names whom', () => {
    const row = comparison.coverage.find((c) => /lavrov/.test(c.key));
    assert.ok(row, 'no coverage row for Lavrov');
    assert.ok(Object.keys(row.mentions).length >= 2);
  });
});
