/**
 * Winnowing's promise (Schleimer et al. 2003): two texts sharing a verbatim run of at least
 * SHINGLE_WORDS + WINDOW - 1 words share a fingerprint, and only a fraction of hashes are kept.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { SHINGLE_WORDS, WINDOW, winnowFingerprints } from '../../../src/core/compare/winnowFingerprints';

const word = fc.constantFrom('the', 'minister', 'said', 'talks', 'in', 'tehran', 'would', 'resume', 'on', 'monday', 'aid', 'trucks', 'crossed', 'border', 'of', 'gaza');

describe('winnowFingerprints', () => {
  it('always finds a shared run of SHINGLE_WORDS + WINDOW - 1 words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), fc.array(word, { minLength: SHINGLE_WORDS + WINDOW - 1, maxLength: 20 }), (left, right, run) => {
        const a = new Set(winnowFingerprints([...left, ...run, ...right]));
        const b = winnowFingerprints([...right, ...run, ...left]);
        return b.some((h) => a.has(h));
      }),
    );
  });

  it('keeps well under half of the hashes of a long text', () => {
    const words = 'the minister said on monday that the talks in tehran would resume after aid trucks crossed the border of gaza and that more convoys were expected before the end of the week although officials did not confirm the figures'.split(' ');
    const prints = winnowFingerprints(words);
    assert.ok(prints.length > 0 && prints.length < (words.length - SHINGLE_WORDS + 1) / 2);
  });

  it('gives nothing for a text shorter than one shingle', () => {
    assert.deepEqual(winnowFingerprints(['aid', 'trucks', 'crossed']), []);
  });
});
