import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a name in apposition after a sentence-opening -ing phrase with a noun of its own', () => {
  it('is the subject a later "he" or "she" means, not an apposition to that noun (diplomacy, science)', () => {
    const diplomacy = 'Speaking through an interpreter, Liu Wenjie, deputy director-general of the Yunnan Forestry Bureau, said the elephants were a gift. “They carry our friendship,” he said.';
    assert.deepEqual(speakers(diplomacy), ['Liu Wenjie']);
    const science = 'Standing beside the telescope, Dr Ama Owusu-Bekoe, the observatory’s director, said the images were sharp. “We have never seen the ring so clearly,” she said.';
    assert.deepEqual(speakers(science), ['Ama Owusu-Bekoe']);
  });
});
