/**
 * Quotes told in another tense or voice ("took" / "was taken", "stole" / "were stolen") are the
 * same remark, on short reports written for these tests; the same verb in another remark is not.
 */
import { strict as assert } from 'node:assert';
import { withBaseForms } from '../../../src/core/compare/irregularVerbs';
import { readWords } from '../../../src/core/compare/readWords';
import { withParaphrases } from '../../../src/core/compare/speechParaphrases';
import { groups } from './quoteGroupsOf';

/** The senses of a text's words as quotes are compared: through the paraphrase lexicon and base forms. */
function senses(text: string): string[] {
  return withBaseForms(withParaphrases(readWords(text))).map((w) => w.sense);
}

describe('irregular verbs in quotes', () => {
  it('reads a past form as its base form, and leaves homographs and sense classes alone', () => {
    assert.deepEqual(senses('sold taken wrote'), senses('sell take write'));
    assert.notDeepEqual(senses('left'), senses('leave'));
    assert.notDeepEqual(senses('won'), senses('win'));
    assert.deepEqual(senses('slid'), senses('dropped'));
  });

  it('links a commander\'s remark told in the active voice by one outlet and in the passive by another', () => {
    const found = groups({
      'agency.txt': 'KHARKIV — Ukrainian forces withdrew from a river crossing overnight.\n\n"The enemy took the bridge at dawn and we gave up the village to save our men," Colonel Ivan Petrenko said on Friday.',
      'daily.txt': 'A Ukrainian commander confirmed the loss of the crossing. "The bridge was taken by the enemy at first light, and the village was given up so that our soldiers could be saved," Colonel Ivan Petrenko told the paper.',
    });
    assert.equal(found.length, 1);
  });

  it('links a police spokesman\'s remark told with "stole … hid" and with "were stolen … hidden"', () => {
    const found = groups({
      'police.txt': 'PRAGUE — Two paintings were taken from a gallery in the old town.\n\n"The thieves stole both paintings before midnight and hid them somewhere in the city," police spokesman Karel Novak said on Sunday.',
      'radio.txt': 'Police in Prague are hunting the thieves. "Both paintings were stolen shortly before midnight, and they have been hidden somewhere in Prague," spokesman Karel Novak told Czech radio.',
    });
    assert.equal(found.length, 1);
  });

  it('keeps apart the same speaker\'s report of a loss and his promise to undo it', () => {
    const found = groups({
      'monday.txt': 'KHARKIV — Ukrainian forces lost a river crossing on Monday.\n\n"The enemy took the bridge at dawn, and our men fell back to the old mill," Colonel Ivan Petrenko said.',
      'friday.txt': 'KHARKIV — Colonel Ivan Petrenko promised a counter-attack on Friday. "We will take the bridge back before the river freezes, whatever it costs us," Petrenko said.',
    });
    assert.deepEqual(found, []);
  });
});
