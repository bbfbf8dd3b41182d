/**
 * Passages of another source that report a sentence's facts over several sentences of their own,
 * found on the real analysis of short reports written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';
import { buildTermIndex } from '../../../src/core/compare/buildTermIndex';
import type { CompareContext } from '../../../src/core/compare/compareContext';
import { findCoveringPassages } from '../../../src/core/compare/findCoveringPassages';
import { splitIntoUnits, type TextUnit } from '../../../src/core/compare/splitIntoUnits';

/** The units and index of a set of texts: the part of a comparison's context the search reads. */
function contextOf(texts: string[]): CompareContext {
  const units: TextUnit[] = [];
  const unitsBySource = texts.map((text, s) => {
    const own = splitIntoUnits(analyzeArticle(text), s, units.length);
    units.push(...own);
    return own;
  });
  return { units, unitsBySource, index: buildTermIndex(units, () => []) } as unknown as CompareContext;
}

const FERRY = [
  'The ferry operator said the damaged vessel would be towed to the shipyard at Greenock for repairs lasting several weeks.',
  'The Isle of Arran ferry hit the pier at Brodick in high winds on Friday. A tug reached the damaged vessel before dark. It will be towed to Greenock. ' +
    'Repairs at the shipyard there could last for weeks, the operator said. Passengers were taken off by lifeboat.',
  'The council approved a new library for the town centre on Tuesday. Work on the building will start in spring.',
];

describe('findCoveringPassages', () => {
  const ctx = contextOf(FERRY);
  const sentence = ctx.unitsBySource[0][0];
  const textOf = (u: TextUnit): string => FERRY[u.source].slice(u.start, u.end);

  it('finds the neighbouring sentences of another source that together report a sentence', () => {
    const found = findCoveringPassages(ctx, sentence, new Set([1])).map(textOf);
    assert.ok(found.includes('It will be towed to Greenock.'), JSON.stringify(found));
    assert.ok(found.includes('Repairs at the shipyard there could last for weeks, the operator said.'), JSON.stringify(found));
  });

  it('finds nothing in a source about something else', () => {
    assert.deepEqual(findCoveringPassages(ctx, sentence, new Set([2])), []);
  });
});

const TALKS = [
  'The authorities said talks with the rebel commanders would carry on in Doha despite the clashes.',
  'Fighting broke out again along the northern border on Monday. The government said negotiations with the rebel commanders would continue. They are being held in Doha.',
];

describe('findCoveringPassages in another outlet\'s wording', () => {
  const ctx = contextOf(TALKS);
  const textOf = (u: TextUnit): string => TALKS[u.source].slice(u.start, u.end);

  it('reads the paraphrase lexicon ("authorities" / "government", "talks" / "negotiations", "carry on" / "continue")', () => {
    const found = findCoveringPassages(ctx, ctx.unitsBySource[0][0], new Set([1])).map(textOf);
    assert.ok(found.includes('The government said negotiations with the rebel commanders would continue.'), JSON.stringify(found));
  });
});
