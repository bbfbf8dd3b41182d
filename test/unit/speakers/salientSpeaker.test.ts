import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../src/core/analyzeArticle';

/** The speaker and attribution method of the first quote starting with `quoteStart`. */
function credit(text: string, quoteStart: string): [string | null, string | null] {
  const q = analyzeArticle(text).quotes.find((x) => x.text.startsWith(quoteStart));
  assert.ok(q, `no quote starting ${quoteStart}`);
  return [q.speaker, q.attribution?.method ?? null];
}

describe('salientSpeaker', () => {
  it("credits a partial quote to the paragraph's only speaker, named before or after it", () => {
    assert.deepEqual(credit('Coach Lena Brandt said the squad would rest on Sunday. The defeat, by any measure, was “a lesson we needed”.', 'a lesson'), ['Lena Brandt', 'sentence-subject']);
    assert.deepEqual(credit('Outside court the family looked “broken beyond words”. Their lawyer, Tomas Reyes, said they would appeal.', 'broken'), ['Tomas Reyes', 'sentence-subject']);
    assert.deepEqual(credit('Chief executive Ida Holm said demand had picked up in the autumn. The new mill should be running at “full tilt” by June.', 'full tilt'), ['Ida Holm', 'sentence-subject']);
  });

  it("credits a direct quote to the paragraph's only speaker when its own sentence reports nothing", () => {
    const business = 'Chief executive Ida Holm said the mill had never been busier. Orders doubled in a year. “We are hiring for the first time since 2019.”';
    assert.deepEqual(credit(business, 'We are hiring'), ['Ida Holm', 'sentence-subject']);
    const after = 'Orders at the mill doubled in a year. “We are hiring for the first time since 2019.” Chief executive Ida Holm said the new shift would start in May.';
    assert.deepEqual(credit(after, 'We are hiring'), ['Ida Holm', 'sentence-subject']);
    const court = 'Prosecutor Maya Lind said the defendant had lied. The jury retired at noon. “The evidence speaks for itself.”';
    assert.deepEqual(credit(court, 'The evidence'), ['Maya Lind', 'sentence-subject']);
  });

  it('credits nobody when the paragraph names another person or organisation', () => {
    assert.deepEqual(credit('Judge Alan Frost said the evidence was thin, and Maya Lind, for the prosecution, looked on. The case had become “a circus”.', 'a circus'), [null, null]);
    assert.deepEqual(credit('Chief executive Ida Holm said demand had picked up. Shares in Norrland Paper nonetheless fell on fears of a “long winter”.', 'long winter'), [null, null]);
  });

  it('credits nobody when a speaker of the paragraph cannot be told', () => {
    assert.deepEqual(credit('Chief executive Ida Holm said demand had picked up. A trader said prices were “nowhere near the floor”.', 'nowhere near'), [null, null]);
    assert.deepEqual(credit('Chief executive Ida Holm said demand had picked up. “Prices are nowhere near the floor,” said one trader. The market remains “jittery”.', 'jittery'), [null, null]);
  });

  it('credits nobody when the paragraph\'s one speaker is the listener of a passive', () => {
    assert.deepEqual(credit('Striker Tom Hale was told by selectors he would not travel. The decision left him “numb”.', 'numb'), [null, null]);
  });

  it('leaves the words of a document, and scare quotes, without a speaker', () => {
    assert.deepEqual(credit('The inspection report described the wards as “dangerously understaffed”. Health Minister Jan Olsen said he had read it.', 'dangerously'), [null, null]);
    assert.deepEqual(credit('Coach Lena Brandt said the so-called “project” was over.', 'project'), [null, null]);
  });
});
