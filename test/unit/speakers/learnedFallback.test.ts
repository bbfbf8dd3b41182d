import { strict as assert } from 'node:assert';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle, readArticle } from '../../../src/core/analyzeArticle';
import { answerProbabilities, chooseSpeaker, SPEAKER_MODEL, whyRulesSaidNobody } from '../../../src/core/speakers/learned/learnedFallback';
import { FEATURE_NAMES, NOBODY_FEATURE_NAMES, type SpeakerChoices } from '../../../src/core/speakers/learned/speakerCandidates';
import type { Entity } from '../../../src/core/types';

/** A feature vector with the named features set (the others 0). */
function vector<T extends string>(names: readonly T[], set: Partial<Record<T, number>>): number[] {
  return names.map((n) => set[n] ?? 0);
}

/** A PERSON entity for hand-made candidates. */
function person(name: string): Entity {
  return { start: 0, end: name.length, text: name, type: 'PERSON', key: name.toLowerCase(), canonical: name };
}

describe('learned speaker fallback', () => {
  it('ships a small model trained on exactly the features the code computes', () => {
    assert.deepEqual(SPEAKER_MODEL.features, [...FEATURE_NAMES]);
    assert.deepEqual(SPEAKER_MODEL.nobodyFeatures, [...NOBODY_FEATURE_NAMES]);
    assert.equal(SPEAKER_MODEL.weights.length, FEATURE_NAMES.length);
    assert.ok(SPEAKER_MODEL.minProbability >= 0.5 && SPEAKER_MODEL.minProbability <= 1);
    // The other thresholds credit at a probability of at least one half, or never (above 1).
    for (const threshold of [SPEAKER_MODEL.minProbabilityBySayingVerb, SPEAKER_MODEL.minProbabilityUnnamed]) assert.ok(threshold >= 0.5, `threshold ${threshold}`);
    assert.ok(statSync(join(__dirname, '../../../src/core/speakers/learned/speakerModel.json')).size < 200_000);
  });

  it('prefers the subject of the quote’s sentence, named just before it, to someone named paragraphs back after a preposition', () => {
    const choices: SpeakerChoices = {
      candidates: [
        { entity: person('Lena Brandt'), features: vector(FEATURE_NAMES, { person: 1, twoToFourParagraphsBefore: 1, lastMentionAfterPreposition: 1, tokenDistanceBefore: 0.9, otherPeopleInParagraph: 0.34 }) },
        { entity: person('Omar Haddad'), features: vector(FEATURE_NAMES, { person: 1, sameSentenceBefore: 1, subjectOfQuoteSentence: 1, subjectOfNearestVerbBeforeQuote: 1, mostRecentNamed: 1, lastMentionIsClauseSubject: 1, timesQuoted: 0.4, tokenDistanceBefore: 0.4 }) },
      ],
      nobody: vector(NOBODY_FEATURE_NAMES, { always: 1, rulesFoundNobody: 1, partialQuote: 1, quoteLength: 0.6, sayingVerbInSentence: 1 }),
    };
    const [brandt, haddad, nobody] = answerProbabilities(SPEAKER_MODEL, choices);
    assert.ok(haddad > brandt && haddad > nobody, `Haddad ${haddad}, Brandt ${brandt}, nobody ${nobody}`);
    assert.equal(chooseSpeaker({ ...SPEAKER_MODEL, minProbability: 0.5 }, choices)?.entity.canonical, 'Omar Haddad');
  });

  it('answers nobody for a one-word quote whose only candidate is named two paragraphs back', () => {
    const choices: SpeakerChoices = {
      candidates: [{ entity: person('Lena Brandt'), features: vector(FEATURE_NAMES, { person: 1, twoToFourParagraphsBefore: 1, lastMentionAfterPreposition: 1, tokenDistanceBefore: 1 }) }],
      nobody: vector(NOBODY_FEATURE_NAMES, { always: 1, rulesFoundNobody: 1, partialQuote: 1, quoteOfThreeWordsOrFewer: 1, quoteLength: 0.2 }),
    };
    const [brandt, nobody] = answerProbabilities(SPEAKER_MODEL, choices);
    assert.ok(nobody > brandt, `nobody ${nobody}, Brandt ${brandt}`);
    assert.equal(chooseSpeaker(SPEAKER_MODEL, choices), null);
  });

  it('credits a partial quote no rule attributes to the one person the paragraph is about, says so in the attribution, and the claim follows', () => {
    const text = 'Farmers back trade deal\n\nTrade minister Carla Mendes met growers in Almería on Monday. Ms Mendes repeated that the union remained \'a friend, not a rival\', but she was frank about the risks.\n\nThe growers\' association said it would study the text.';
    const analysis = analyzeArticle(text);
    const quote = analysis.quotes.find((q) => q.text.startsWith('a friend'));
    assert.equal(quote?.speaker, 'Carla Mendes');
    assert.equal(quote?.attribution?.method, 'learned');
    const p = quote?.attribution?.probability ?? 0;
    assert.ok(p >= SPEAKER_MODEL.minProbability && p <= 1, `probability ${p}`);
    assert.equal(analysis.claims.find((c) => c.kind === 'quote' && c.text.startsWith('a friend'))?.speaker, 'Carla Mendes');
  });

  it('leaves a quote without a speaker when two people named together may both have said it', () => {
    const text = 'Talks resume\n\nCarla Mendes and her French counterpart, Luc Martin, met in Madrid on Monday. Both sides had called the earlier round \'useful but slow\'.\n\nNo date was set.';
    const quote = analyzeArticle(text).quotes.find((q) => q.text.startsWith('useful'));
    assert.equal(quote?.speaker, null);
  });

  it('tells how the rules left a quote without a speaker: a speaker phrase naming nobody, a declined verb of saying, a passive "was told"', () => {
    const why = (text: string) => {
      const r = readArticle(text, null);
      return r.quotes.map((q, i) => (q.speaker === null ? whyRulesSaidNobody(r.context, r.quotations[i], i, r.unnamed) : 'credited'));
    };
    assert.deepEqual(why('Market jitters\n\nTraders sold shares on Monday. “We will not sign this,” said a trader who asked not to be named.'), ['unnamed']);
    assert.deepEqual(why('Kremlin reacts\n\nVladimir Putin met envoys on Monday. “There will be no deal,” Putin’s spokesman said.'), ['saying-verb']);
    assert.deepEqual(why('Club news\n\nTom Hale met the board on Monday. Hale was told: “Your contract ends in June.”'), ['passive']);
    assert.deepEqual(why('Club news\n\nTom Hale met the board on Monday. “Your contract ends in June.”'), ['credited']);
  });

  it('never replaces a speaker a rule found', () => {
    const quote = analyzeArticle('Fire guts market\n\n“We will rebuild by spring,” said Mayor Ana Ruiz of Valdepeñas.').quotes[0];
    assert.equal(quote.speaker, 'Ana Ruiz');
    assert.equal(quote.attribution?.method, 'explicit-after');
  });
});
