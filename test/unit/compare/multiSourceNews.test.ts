/**
 * The comparison on short multi-source reports written for these tests in the styles of wire
 * copy, regional papers and trade press (a storm, a football transfer, a trial, a product recall),
 * each analysed by the real pipeline.
 */
import { strict as assert } from 'node:assert';
import { analyzeSources } from '../../../src/core/analyzeSources';
import type { Comparison, SourceInput } from '../../../src/core/types';

/** Analyses and compares texts given as id → text. */
function compare(texts: Record<string, string>): { sources: SourceInput[]; comparison: Comparison } {
  return analyzeSources(Object.entries(texts).map(([id, text]) => ({ id, text })));
}

/** Findings of `kind` in source `id` whose span covers `phrase`. */
function findingsOver(result: ReturnType<typeof compare>, id: string, kind: string, phrase: string) {
  const text = result.sources.find((s) => s.id === id)!.analysis.text;
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `phrase not in ${id}: ${phrase}`);
  return result.comparison.sources.find((s) => s.id === id)!.findings.filter((f) => f.kind === kind && f.start < at + phrase.length && f.end > at);
}

const STORM = {
  'wire.txt': `Storm kills at least 12 in northern Vietnam

HANOI (Wire) - Typhoon Kalmaegi killed at least 12 people in northern Vietnam on Sunday and forced the evacuation of more than 40,000 residents from coastal provinces, the disaster agency said.

The storm made landfall near Hai Phong with winds of 150 km per hour, tearing roofs off homes and flooding rice fields across the Red River delta.

Power was cut to about 300,000 households, the state electricity company said.`,
  'daily.txt': `Typhoon leaves 15 dead as Vietnam counts the cost

Typhoon Kalmaegi swept across northern Vietnam on Sunday, and 15 people were killed, according to the disaster agency, which said more than 40,000 residents had been moved away from the coast.

Power was cut to 300,000 households, the state electricity company said.

Fishermen in Quang Ninh said the warnings came too late for boats already at sea, and several crews were still missing on Monday morning.`,
};

describe('compareSources on reports of one storm', () => {
  const result = compare(STORM);

  it('flags a death toll the two sources give differently, in both, naming the other figure', () => {
    const here = findingsOver(result, 'wire.txt', 'numeric', 'at least 12 people');
    const there = findingsOver(result, 'daily.txt', 'numeric', '15 people');
    assert.equal(here.length, 1);
    assert.equal(there.length, 1);
    assert.match(here[0].message, /daily\.txt gives 15/);
    assert.equal(here[0].related[0].source, 'daily.txt');
  });

  it('does not flag the same figure given with and without "about"', () => {
    assert.deepEqual(findingsOver(result, 'wire.txt', 'numeric', 'about 300,000'), []);
    assert.deepEqual(findingsOver(result, 'daily.txt', 'numeric', '300,000 households'), []);
    assert.deepEqual(findingsOver(result, 'wire.txt', 'numeric', 'more than 40,000'), []);
  });

  it('flags what only one source reports and not what both do', () => {
    assert.equal(findingsOver(result, 'daily.txt', 'unique', 'Fishermen in Quang Ninh said the warnings came too late').length, 1);
    assert.equal(findingsOver(result, 'wire.txt', 'unique', 'made landfall near Hai Phong with winds of 150 km per hour').length, 1);
    assert.deepEqual(findingsOver(result, 'wire.txt', 'unique', 'the state electricity company said'), []);
  });

  it('tells each source what the other has and it lacks', () => {
    const wire = result.comparison.sources.find((s) => s.id === 'wire.txt')!;
    assert.ok(wire.omissions.some((o) => /Fishermen/.test(o.example.text) && o.reportedBy.includes('daily.txt')));
  });
});

/** The same paragraphs in another order, reworded here and there. */
const TRANSFER = {
  'sport-a.txt': `Rivera joins Porto in record deal

Porto have signed the Uruguayan midfielder Diego Rivera from Boca Juniors for a club-record fee, the Portuguese champions announced on Tuesday.

Rivera, 23, has agreed a five-year contract and will wear the number eight shirt.

The coach Sérgio Conceição said the club had followed the player for two seasons before making an offer.

Boca Juniors said the proceeds would be spent on the youth academy and a new training ground.`,
  'sport-b.txt': `Porto land Rivera from Boca

Boca Juniors said the money would go to their youth academy and a new training ground.

Coach Sergio Conceicao revealed that Porto had been following the player for two seasons before they made an offer.

Porto, the Portuguese champions, on Tuesday announced the signing of Uruguayan midfielder Diego Rivera from Boca Juniors for a club-record fee.

Rivera, 23, signed a five-year contract and will wear the number eight shirt.`,
};

describe('compareSources on the same report with its paragraphs reordered', () => {
  const result = compare(TRANSFER);

  it('aligns every paragraph of one with its counterpart in the other', () => {
    for (const phrase of ['club-record fee', 'five-year contract', 'two seasons', 'youth academy']) {
      assert.ok(
        result.comparison.alignments.some((a) => a.a.text.includes(phrase) && a.b.text.includes(phrase)),
        `no alignment for ${phrase}`,
      );
    }
  });

  it('finds nothing unique in either', () => {
    for (const s of result.comparison.sources) {
      const text = result.sources.find((x) => x.id === s.id)!.analysis.text;
      const body = s.findings.filter((f) => f.kind === 'unique' && f.start > text.indexOf('\n'));
      assert.deepEqual(body.map((f) => f.text), []);
    }
  });

  it('treats accents dropped from a name as spelling, not as another wording', () => {
    assert.deepEqual(findingsOver(result, 'sport-a.txt', 'variant', 'Sérgio Conceição'), []);
  });
});

const TRIAL = {
  'courier.txt': `Builder jailed for cheating pensioners

A builder who took deposits from elderly homeowners for work he never did was jailed for four years at Bristol Crown Court on Friday.

Judge Anne Hollis told Mark Denton: "You preyed on people who trusted you in their own homes. You took their savings and you laughed at them when they asked for their money back."

She added: "The law must protect those who cannot protect themselves."

Denton, 47, of Keynsham, admitted 14 counts of fraud.`,
  'herald.txt': `Rogue builder who targeted elderly jailed

A rogue builder has been jailed for four years after admitting 14 counts of fraud against elderly homeowners in Bristol and Bath.

Sentencing Mark Denton at Bristol Crown Court, Judge Anne Hollis said he had "preyed on people who trusted you in their own homes".

The judge also told him: "Your victims will carry the fear you caused for the rest of their lives."

A spokesman for Avon and Somerset Police said: "We would urge anyone who believes they were targeted to come forward."`,
  'gazette.txt': `Keynsham builder jailed over fraud

Mark Denton, 47, was jailed for four years at Bristol Crown Court for defrauding elderly homeowners.

Avon and Somerset Police said: "We would urge anyone who believes they were targeted to come forward."

Detective Constable Ian Shaw said officers had traced 19 victims across the county.`,
};

describe('compareSources on three reports of one trial', () => {
  const result = compare(TRIAL);
  const groupWith = (phrase: string) => result.comparison.groups.filter((g) => g.members.some((m) => m.text.includes(phrase)));

  it('links a quote trimmed to a fragment with the full remark, and says it was trimmed', () => {
    const [group] = groupWith('preyed on people who trusted you');
    assert.ok(group);
    assert.deepEqual(new Set(group.members.map((m) => m.source)), new Set(['courier.txt', 'herald.txt']));
    assert.ok(group.drift.some((d) => /herald\.txt quotes \d+ of the \d+ words/.test(d)), group.drift.join(' | '));
  });

  it('keeps two different remarks of the same judge apart', () => {
    for (const g of groupWith('The law must protect')) assert.ok(!g.members.some((m) => m.text.includes('carry the fear')));
  });

  it('links the police appeal credited to a spokesman and to the force', () => {
    const [group] = groupWith('come forward');
    assert.ok(group);
    assert.equal(new Set(group.members.map((m) => m.source)).size, 2);
  });

  it('never flags a quote that another source also quotes as unique', () => {
    assert.deepEqual(findingsOver(result, 'herald.txt', 'unique', 'We would urge anyone who believes they were targeted'), []);
    assert.deepEqual(findingsOver(result, 'courier.txt', 'unique', 'You preyed on people who trusted you'), []);
  });

  it('gives an omission only when most other sources report the fact', () => {
    const gazette = result.comparison.sources.find((s) => s.id === 'gazette.txt')!;
    assert.ok(gazette.omissions.every((o) => o.reportedBy.length >= 2), JSON.stringify(gazette.omissions.map((o) => o.reportedBy)));
  });
});

describe('compareSources on unrelated articles', () => {
  const result = compare({
    'recall.txt': `Carmaker recalls 80,000 vehicles over brake fault

Stellar Motors is recalling 80,000 vehicles in Europe because a faulty brake hose can leak fluid, the company said on Wednesday. Owners will be contacted by letter and repairs will be free of charge. The company said it was not aware of any accidents linked to the fault.`,
    'vatican.txt': `Pope calls for ceasefire in Christmas message

Pope Leo XIV used his Christmas message to call for a ceasefire in all wars, speaking from the balcony of St Peter's Basilica to tens of thousands of pilgrims. He said the world needed "the courage of peace" and urged leaders to open talks.`,
  });

  it('marks both as other events and flags nothing', () => {
    for (const s of result.comparison.sources) {
      assert.equal(s.sameEvent, false);
      assert.deepEqual(s.findings, []);
      assert.deepEqual(s.omissions, []);
    }
  });
});
