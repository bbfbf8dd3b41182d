import { strict as assert } from 'node:assert';
import { speakers } from '../../support/quoteSpeakers';

describe('a pronoun after a subject whose title has an -ing word or a hyphen', () => {
  it('reads "chief operating officer" as the title of the subject', () => {
    assert.deepEqual(speakers('Chief operating officer Pieter de Klerk said the pumps had failed. “The basement was built for another century,” he said.'), ['Pieter de Klerk']);
    assert.deepEqual(speakers('The museum’s chief operating officer, Pieter de Klerk, said the pumps had failed. “Nobody saw it coming,” he told the inquiry.'), ['Pieter de Klerk']);
    assert.deepEqual(speakers('Senior marketing officer Amara Lindqvist rejected the claim. “The figures are ours,” she said.'), ['Amara Lindqvist']);
  });

  it('reads a title joined by a hyphen in lower case ("Director-general") as the subject\'s', () => {
    assert.deepEqual(speakers('Director-general Dr Rosalind Ferreira-Cole insisted the collection was safe. “We lost nothing that exists only here,” she said.'), ['Rosalind Ferreira-Cole']);
  });

  it('still reads an -ing verb before a name as no title: the name is its object', () => {
    assert.deepEqual(speakers('After beating top seed Marta Kovac in three sets, Lena Ostrova was asked about the heat. “I just kept drinking water,” she said.'), ['Lena Ostrova']);
  });

  it('reads a title whose portfolio is a list with commas in apposition before the name as the title a later description means', () => {
    const text = 'LUANDA – Angola will close the coast to lobster fishing from May, the Minister of the Sea, Lakes and Rivers, Teresa Bento Cassoma, announced on Monday.\n\nThe closed season will last four months.\n\n“Lobster is not an endless resource,” the minister told reporters.';
    assert.deepEqual(speakers(text), ['Teresa Bento Cassoma']);
  });

  it('still gives a description nobody when the list before the name is no title', () => {
    const text = 'Farmers came from the towns of Alva, Brora and Dunbeath, Morag Sutherland said on Monday.\n\n“We were promised a road,” the minister told reporters.';
    assert.deepEqual(speakers(text), [null]);
  });
});
