import { strict as assert } from 'node:assert';
import { attributions } from '../../support/quoteSpeakers';

describe('a quote that is a line of its own with no full stop (a heading inside the story)', () => {
  it('carries no speaker from the paragraph before it, whoever spoke there (rescue, sport)', () => {
    const rescue = [
      'Inspector Ruth Calloway of the county police said the search had been long. She urged walkers to ‘keep off the ridge until it is safe’.',
      '‘Nothing but mud and rope’',
      'The two climbers, Dara Quinlan and Petra Voss, were lowered from the ridge at dawn.',
    ].join('\n\n');
    assert.deepEqual(attributions(rescue).map(([, speaker]) => speaker), ['Ruth Calloway', null]);
    const sport = [
      '“We were second best all night,” manager Colin Roe said.',
      '“A long way back”',
      'The visitors led from the ninth minute.',
    ].join('\n\n');
    assert.deepEqual(attributions(sport).map(([, speaker]) => speaker), ['Colin Roe', null]);
  });

  it('still lets a quote paragraph that ends its sentence go on with the speaker before it', () => {
    const text = '“We were second best all night,” manager Colin Roe said.\n\n“We have a long way back.”\n\nThe visitors led from the ninth minute.';
    assert.deepEqual(attributions(text).map(([, speaker]) => speaker), ['Colin Roe', 'Colin Roe']);
  });
});
