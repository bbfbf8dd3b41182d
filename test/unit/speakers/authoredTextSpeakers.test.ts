import { strict as assert } from 'node:assert';
import { speakerOf } from '../../support/quoteSpeakers';

describe('a quote credited to "the letter" that people said they wrote', () => {
  it('is the words of whoever said in a letter what it holds (supporters, residents)', () => {
    const supporters = 'The chair of the supporters’ group, Nadia Ferris, said in a letter to members that the club had broken its promise.\n\n‘We were told the ground would never be sold,’ the letter said.';
    assert.equal(speakerOf(supporters, 'We were told'), 'Nadia Ferris');
    const residents = 'Council leader Omar Haddad said in an open letter on Friday that the bins would be emptied weekly again.\n\n“We got this wrong and we are sorry,” the letter said.';
    assert.equal(speakerOf(residents, 'We got this'), 'Omar Haddad');
  });

  it('is nobody’s when no sentence before says who wrote a letter (a statement is not a letter)', () => {
    const text = 'Council leader Omar Haddad said in a statement on Friday that the bins would be emptied weekly again.\n\nResidents were not convinced. “We have heard this before,” the letter said.';
    assert.equal(speakerOf(text, 'We have heard'), null);
  });
});
