import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkAcrossSources } from '../../../src/core/entities/linkAcrossSources';
import { recogniseEntities } from '../../../src/core/entities/recogniseEntities';
import { tokenize } from '../../../src/core/nlp/engine';
import type { ArticleAnalysis } from '../../../src/core/types';

/** An analysis holding only the entities of a text (what linking reads and rewrites). */
function analysisOf(text: string): ArticleAnalysis {
  return { text, title: null, blocks: [], sentences: [], quotes: [], claims: [], entities: recogniseEntities(text, tokenize(text), []) };
}

function keysOf(analysis: ArticleAnalysis, text: string): string[] {
  return analysis.entities.filter((e) => e.text === text).map((e) => e.key);
}

describe('linkAcrossSources', () => {
  it('gives Sergey and Sergei Lavrov of the seed articles one key, surname mentions included', () => {
    const dir = join(__dirname, '../../fixtures/corpus/seeds');
    const [a, b, c] = ['000_dd448b168f52a1ce.txt', '001_329362c8f0014bf2.txt', '003_7f66165cc7c1e9fd.txt'].map((f) => analysisOf(readFileSync(join(dir, f), 'utf8')));
    linkAcrossSources([a, b, c]);
    const keys = new Set([...keysOf(a, 'Sergey Lavrov'), ...keysOf(a, 'Lavrov'), ...keysOf(b, 'Sergei Lavrov'), ...keysOf(b, 'Lavrov'), ...keysOf(c, 'Lavrov')]);
    assert.equal(keys.size, 1);
    assert.ok(['sergey lavrov', 'sergei lavrov'].includes([...keys][0]));
    // Places and organisations keep their keys; other people are not pulled in.
    assert.deepEqual(keysOf(b, 'Vladimir Putin'), keysOf(c, 'Vladimir Putin'));
    assert.notDeepEqual(keysOf(c, 'Joe Biden'), keysOf(c, 'Vladimir Putin'));
  });

  it('meets transliterations of given names and surnames', () => {
    const a = analysisOf('Saudi Crown Prince Mohammed bin Salman met Volodymyr Zelenskyy in Jeddah.');
    const b = analysisOf('Crown Prince Muhammad bin Salman hosted Volodymyr Zelensky on Saturday.');
    const c = analysisOf('Ukraine’s president, Zelensky, thanked the kingdom. Zelensky said so.');
    linkAcrossSources([a, b, c]);
    assert.deepEqual(keysOf(a, 'Mohammed bin Salman'), keysOf(b, 'Muhammad bin Salman'));
    assert.deepEqual(keysOf(a, 'Volodymyr Zelenskyy'), keysOf(b, 'Volodymyr Zelensky'));
    assert.equal(keysOf(c, 'Zelensky')[0], keysOf(a, 'Volodymyr Zelenskyy')[0]);
    assert.equal(c.entities.find((e) => e.text === 'Zelensky')?.canonical.split(' ').length, 2);
  });

  it('joins an acronym to the organisation another source spells out', () => {
    const a = analysisOf('The Kenya Private Sector Alliance (KEPSA) said the levy was unfair.');
    const b = analysisOf('A lobby group, KEPSA, criticised the levy. The United Nations Security Council met.');
    const c = analysisOf('The UNSC resolution failed.');
    linkAcrossSources([a, b, c]);
    assert.equal(keysOf(b, 'KEPSA')[0], keysOf(a, 'Kenya Private Sector Alliance')[0]);
    assert.equal(keysOf(c, 'UNSC')[0], keysOf(b, 'United Nations Security Council')[0]);
  });

  it('joins a shortened organisation name to the only longer one it ends', () => {
    const a = analysisOf('Brazil holds the presidency of the Security Council this month.');
    const b = analysisOf('A United Nations Security Council resolution failed. The Chinese Foreign Ministry and the Russian Foreign Ministry objected.');
    const c = analysisOf('The Foreign Ministry said nothing.');
    linkAcrossSources([a, b, c]);
    assert.equal(keysOf(a, 'Security Council')[0], keysOf(b, 'United Nations Security Council')[0]);
    assert.equal(keysOf(c, 'Foreign Ministry')[0], 'foreign ministry');
  });

  it('joins a shorter full name to the only longer name holding all its words, among names sharing one of them', () => {
    const a = analysisOf('Coach Luis Alberto Moreno Garcia praised the defence after the match in Seville.');
    const b = analysisOf('Alberto Moreno Garcia, the coach, said the referee was wrong. Ana Moreno scored twice.');
    const c = analysisOf('Defender Pablo Garcia was booked. Striker Alberto Moreno Ruiz came on late.');
    linkAcrossSources([a, b, c]);
    assert.equal(keysOf(b, 'Alberto Moreno Garcia')[0], keysOf(a, 'Luis Alberto Moreno Garcia')[0]);
    for (const other of [keysOf(b, 'Ana Moreno')[0], keysOf(c, 'Pablo Garcia')[0], keysOf(c, 'Alberto Moreno Ruiz')[0]]) {
      assert.ok(other && other !== keysOf(a, 'Luis Alberto Moreno Garcia')[0], other);
    }
  });

  it('leaves a shorter full name alone when two longer names hold its words', () => {
    const a = analysisOf('Judge Karin Maja Lindqvist adjourned the hearing until Monday.');
    const b = analysisOf('The defence called Karin Lindqvist Holm, who testified for an hour.');
    const c = analysisOf('Karin Lindqvist told reporters the ruling was fair.');
    linkAcrossSources([a, b, c]);
    assert.equal(keysOf(c, 'Karin Lindqvist')[0], 'karin lindqvist');
    // With one of the longer names gone, the shorter one joins the other.
    const d = analysisOf('Karin Lindqvist told reporters the ruling was fair.');
    linkAcrossSources([analysisOf('Judge Karin Maja Lindqvist adjourned the hearing until Monday.'), d]);
    assert.equal(keysOf(d, 'Karin Lindqvist')[0], 'karin maja lindqvist');
  });

  it('joins a shortened name and an acronym to their one organisation among others with the same last word', () => {
    const a = analysisOf('Scientists at the Kenya Medical Research Institute published the trial results on Monday.');
    const b = analysisOf('The Medical Research Institute said the vaccine worked. The Marine Institute disagreed.');
    const c = analysisOf('A KMRI spokesman declined to comment. The Energy Institute was not involved.');
    linkAcrossSources([a, b, c]);
    const institute = keysOf(a, 'Kenya Medical Research Institute')[0];
    assert.ok(institute);
    assert.equal(keysOf(b, 'Medical Research Institute')[0], institute);
    assert.equal(keysOf(c, 'KMRI')[0], institute);
    for (const other of [keysOf(b, 'Marine Institute')[0], keysOf(c, 'Energy Institute')[0]]) assert.ok(other && other !== institute, other);
  });

  it('keeps apart people who only share a surname', () => {
    const a = analysisOf('Boris Johnson spoke in London.');
    const b = analysisOf('Magic Johnson spoke in Los Angeles.');
    const c = analysisOf('Then Johnson left.');
    linkAcrossSources([a, b, c]);
    assert.notDeepEqual(keysOf(a, 'Boris Johnson'), keysOf(b, 'Magic Johnson'));
    assert.ok(!['boris johnson', 'magic johnson'].includes(keysOf(c, 'Johnson')[0] ?? ''));
  });

  it('carries the new key and name to the speakers of quotes and claims', () => {
    const a = analysisOf('Russian Foreign Minister Sergey Lavrov spoke in Tehran.');
    const b = analysisOf('Foreign Minister Sergei Lavrov spoke. “We are ready,” Lavrov said.');
    const open = b.text.indexOf('“');
    b.quotes.push({
      start: open + 1, end: b.text.indexOf('”'), text: 'We are ready,', kind: 'direct', speaker: 'Sergei Lavrov', speakerKey: 'sergei lavrov', cue: 'said',
      attribution: { method: 'explicit-after', mention: null }, open: { start: open, end: open + 1 }, close: null,
    });
    b.claims.push({ start: 0, end: 10, text: 'x', kind: 'quote', speaker: 'Sergei Lavrov', speakerKey: 'sergei lavrov', cue: 'said', quoteIndex: 0 });
    linkAcrossSources([a, b]);
    const key = keysOf(a, 'Sergey Lavrov')[0];
    assert.equal(b.quotes[0].speakerKey, key);
    assert.equal(b.claims[0].speakerKey, key);
    assert.equal(b.quotes[0].speaker, a.entities.find((e) => e.key === key)?.canonical);
  });
});
