import { strict as assert } from 'node:assert';
import { breakOverlongRuns } from '../../../src/core/structure/breakOverlongRuns';

describe('breakOverlongRuns', () => {
  it('leaves prose alone, a 99-character word included', () => {
    const text = `The tribunal heard ${'a'.repeat(99)} and adjourned.\nAnother line follows.`;
    assert.equal(breakOverlongRuns(text), text);
  });

  it('puts a space in place of every hundredth character of a long run, keeping the length and every other character', () => {
    const run = 'https://example.org/' + 'q'.repeat(230);
    const text = `See ${run} for the filing.`;
    const broken = breakOverlongRuns(text);
    assert.equal(broken.length, text.length);
    const at = text.indexOf(run);
    for (let i = 0; i < text.length; i++) {
      const hundredth = i >= at && i < at + run.length && (i - at) % 100 === 99;
      assert.equal(broken[i], hundredth ? ' ' : text[i], `offset ${i}`);
    }
    assert.ok(broken.split(/\s+/).every((w) => w.length < 100));
  });

  it('counts any white space as a break between runs, tabs, no-break and ideographic spaces included', () => {
    for (const space of ['\t', '\u00a0', '\u3000', '\u2009', '\n']) {
      const text = `Ref. ${'x'.repeat(60)}${space}${'y'.repeat(60)} closed.`;
      assert.equal(breakOverlongRuns(text), text, JSON.stringify(space));
    }
    const glued = `Ref. ${'x'.repeat(60)}\u200b${'y'.repeat(60)} closed.`;
    assert.notEqual(breakOverlongRuns(glued), glued, 'a zero-width space is no white space');
  });
});
