import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('"the archive", "the library", "the zoo" as the body named before', () => {
  it('speaks for the body, alone or through its spokeswoman (an archive, a zoo)', () => {
    const archive = [
      'The National Film Archive told senators the flood had damaged 4,000 reels.',
      'A spokeswoman for the archive said after the hearing: ‘Every item that came out of that water has been catalogued.’',
      '‘Every reel has been frozen,’ the archive said.',
    ].join('\n\n');
    assert.deepEqual(speakers(archive), ['National Film Archive', 'National Film Archive']);
    const zoo = 'Dublin Zoo confirmed the birth of twin pandas on Sunday. “Both cubs are feeding well,” the zoo said.';
    assert.deepEqual(speakers(zoo), ['Dublin Zoo']);
  });
});
