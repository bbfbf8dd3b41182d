import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('speakers the recogniser names only in part', () => {
  it('reads a title after an organisation\'s name cut at its "of" as the subject\'s ("Royal College of Nursing Scotland director")', () => {
    const text = [
      'The waiting list grew again in March.',
      'Royal Society of Chemistry Ireland director Aoife Brennan said members were “running on empty”.',
      '“When a lab is two staff short, the experiment is cancelled,” she said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Aoife Brennan', 'Aoife Brennan']);
  });

  it('gives a subject no gender from the possessives after a "she" that means someone else, and reads a hyphenated given name by its first part', () => {
    const text = [
      'Her son, Pieter Vos, said she had been ill since January.',
      'Her colleague and later director of the observatory, Hans-Jürgen de Boor, recalled that she kept the rejection letter above her desk.',
      '“She was funnier than her papers,” he said.',
    ].join('\n\n');
    assert.deepEqual(speakers(text), ['Hans-Jürgen de Boor']);
    const chemist = 'Her son, Pieter Vos, said she had been ill since January. Her former student, Dr Oyelaran-Adebisi, recalled that she kept the letter above her desk. “She never forgot a mistake,” he said.';
    assert.deepEqual(speakers(chemist), ['Oyelaran-Adebisi']);
  });

  it('lets no "he" reach past a subject named as an organisation that said something after an apposition before it', () => {
    const text = 'Chef Marco Bell opened the bakery in 1990. Its longtime rival, Harbour Foods, recalled the opening night. “It was a shock to everyone,” he said.';
    assert.deepEqual(speakers(text), [null]);
  });

  it('takes no one whose possessive stands in an apposition for a subject ("Sarah Jensen, Tom Hale\'s successor, said")', () => {
    const club = 'Ms Sarah Jensen, Tom Hale\'s successor as chair, said the club would move in May. “I have done my bit,” he said.';
    assert.deepEqual(speakers(club), [null]);
    const court = 'Sarah Jensen, Tom Hale\'s successor as chair, said the club would move in May. “I have done my bit,” she said.';
    assert.deepEqual(speakers(court), ['Sarah Jensen']);
  });
});
