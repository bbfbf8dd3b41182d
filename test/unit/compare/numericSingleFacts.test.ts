/**
 * Counts of a crowd, of the injured and of the dead matched by what they count even when the
 * words around them differ: short reports written for these tests, analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { Finding } from '../../../src/core/types';

/** The numeric findings of source `id` in a set of texts, as their texts. */
function numeric(texts: Record<string, string>, id: string): Finding[] {
  const result = analyzeSources(Object.entries(texts).map(([key, text]) => ({ id: key, text })));
  return result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === 'numeric');
}

describe('numeric discrepancies of single facts', () => {
  it('sets "a crowd of 41,250" against "more than 45,000 people saw" and "48,000 fans packed"', () => {
    const texts = {
      'a.txt': 'Hallam Town won the cup final\n\nHallam Town beat Dunmore Rovers 2-1 in the cup final at Wembley on Saturday, with striker Joe Kent scoring twice. A crowd of 41,250 filled the ground on a warm afternoon.',
      'b.txt': 'Kent double wins cup for Hallam\n\nJoe Kent scored twice as Hallam Town beat Dunmore Rovers 2-1 in the cup final at Wembley on Saturday. More than 45,000 people saw the goals in bright sunshine.',
      'c.txt': 'Hallam lift the cup\n\nHallam Town beat Dunmore Rovers 2-1 at Wembley in Saturday\'s cup final thanks to two goals from Joe Kent. Some 48,000 fans packed the stands.',
    };
    const here = numeric(texts, 'a.txt');
    assert.equal(here.length, 1, JSON.stringify(here.map((f) => f.message)));
    assert.match(here[0].message, /45,000/);
    assert.match(here[0].message, /48,000/);
  });

  it('reads the injured past an apposition and keeps them apart from the evacuated', () => {
    const texts = {
      'a.txt': 'Gas blast in Tarnow\n\nA gas explosion destroyed a block of flats in Tarnow on Monday and forced 300 people from nearby homes. Five people, two of them children, were treated in hospital for injuries.',
      'b.txt': 'Explosion hits Tarnow flats\n\nA gas explosion destroyed a block of flats in Tarnow on Monday and forced 300 people from nearby homes. Four people were injured, police said.',
    };
    const here = numeric(texts, 'a.txt');
    assert.equal(here.length, 1, JSON.stringify(here.map((f) => f.message)));
    assert.match(here[0].text, /Five/);
    assert.match(here[0].message, /Four/);
  });

  it('does not take a count after "and" for the dead of the clause before it', () => {
    const texts = {
      'a.txt': 'Wildfire in Alder Creek\n\nTwo people have died and 4,800 residents have been ordered out of their homes as a wildfire burns near Alder Creek, officials said on Friday.',
      'b.txt': 'Alder Creek fire kills three\n\nA wildfire near Alder Creek has killed three people and forced 6,000 residents to leave their homes, officials said on Friday.',
    };
    const here = numeric(texts, 'a.txt');
    const two = here.find((f) => /Two/.test(f.text));
    const evacuated = here.find((f) => /4,800/.test(f.text));
    assert.ok(two && /three/.test(two.message), JSON.stringify(here.map((f) => f.message)));
    assert.ok(evacuated && /6,000/.test(evacuated.message), JSON.stringify(here.map((f) => f.message)));
  });
});
