/**
 * Many stories in one set, from the synthetic corpus generator (each article analysed by the real
 * pipeline): the comparison must keep each story to itself (no finding or omission of one story
 * points into another) and still find what the reports of one story share.
 */
import { strict as assert } from 'node:assert';
import { compareSources } from '../../../src/core/compare/compareSources';
import { syntheticCorpus } from '../../support/syntheticCorpus';

const storyOf = (id: string): string => id.split('/')[0];

describe('compareSources on a set of many stories', () => {
  const sources = syntheticCorpus({ count: 48, targetWords: 800, perStory: 8, seed: 7 });
  const comparison = compareSources(sources);

  it('sees every report as part of a story, with most of its sentences shared', () => {
    for (const s of comparison.sources) {
      assert.equal(s.sameEvent, true, s.id);
      assert.ok(s.shared > 0.3, `${s.id} shares ${s.shared}`);
    }
  });

  it('never points a finding or an omission of one story into another', () => {
    assert.ok(comparison.sources.some((s) => s.omissions.length > 0 && s.findings.some((f) => f.related.length > 0)));
    for (const s of comparison.sources) {
      for (const f of s.findings) for (const r of f.related) assert.equal(storyOf(r.source), storyOf(s.id));
      for (const o of s.omissions) for (const by of o.reportedBy) assert.equal(storyOf(by), storyOf(s.id));
    }
  });

  it('aligns sentences within stories far more than across them', () => {
    const within = comparison.alignments.filter((a) => storyOf(a.a.source) === storyOf(a.b.source)).length;
    assert.ok(within > 0.9 * comparison.alignments.length, `${within} of ${comparison.alignments.length} within stories`);
  });
});
