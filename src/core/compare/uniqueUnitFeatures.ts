/**
 * The features the unique-unit model (uniqueUnitModel.ts) reads of one unit of a source, judged
 * against the source's peers: whether anything was found to report it (aligned units, covering
 * passages), how much of its content weight (IDF of each content word) those counterparts have by
 * sense and how much no peer uses at all, the BM25 cosines of its two best aligned units in two
 * different peers, and the unit's own traits (names and figures new to the peers, place in the
 * report, length, share inside quotation marks, headline or standfirst).
 */
import type { Span } from '../types';
import { cosine } from './buildTermIndex';
import { idfOf, type CompareContext } from './compareContext';
import { senseNumbers, SenseSet } from './senseNumbers';
import type { TextUnit } from './splitIntoUnits';
import { featurePlaces } from './logisticModel';
import { UNIT_FEATURES } from './uniqueUnitModel';

/** Position of each feature in a feature vector. */
const AT = featurePlaces(UNIT_FEATURES);

/** Content words from which a unit counts as long (its length feature is 1). */
const LONG_UNIT = 40;
/** New names from which the names feature is 1. */
const MANY_NAMES = 3;

/** The senses of the counterparts of the unit being read: emptied and filled again for each unit. */
const COUNTERPART_SENSES = new SenseSet();

/** What a unit's features are read from, besides the unit and the comparison. */
export interface UnitEvidence {
  /** The units of peers aligned with it. */
  aligned: TextUnit[];
  /** Every counterpart: aligned units, covering passages, units giving its figures. */
  counterparts: TextUnit[];
  /** True when passages of peers cover most of its words (findCoveringPassages). */
  covering: boolean;
  /** The content senses of every peer. */
  peerSenses: SenseSet;
  /** The peers of its source. */
  peerCount: number;
  /** The source's quotes. */
  quotes: Span[];
  /** True for a headline, standfirst or crosshead. */
  summary: boolean;
}

/** The feature vector of `unit` (in {@link UNIT_FEATURES} order). */
export function uniqueUnitFeatures(ctx: CompareContext, unit: TextUnit, evidence: UnitEvidence): Float64Array {
  const features = new Float64Array(UNIT_FEATURES.length);
  const senses = senseNumbers(ctx);
  const counterpartSenses = COUNTERPART_SENSES;
  counterpartSenses.clear();
  for (const c of evidence.counterparts) {
    for (let k = 0; k < c.words.length; k++) counterpartSenses.add(senses.ofWord(c.id, k));
    const reworded = senses.rewordedOf(c);
    if (reworded) for (const sense of reworded) counterpartSenses.add(sense);
  }
  const text = ctx.sources[unit.source].analysis.text;
  let total = 0;
  let uncovered = 0;
  let fresh = 0;
  let contentWords = 0;
  let newNames = 0;
  let newFigure = 0;
  let quoted = 0;
  // Only quotes reaching into the unit can hold one of its words.
  const first = unit.words[0]?.start ?? unit.start;
  const last = unit.words[unit.words.length - 1]?.end ?? unit.end;
  const unitQuotes = evidence.quotes.filter((q) => q.start < last && q.end > first);
  unit.words.forEach((w, k) => {
    if (unitQuotes.some((q) => q.start <= w.start && w.end <= q.end)) quoted++;
    if (!w.content) return;
    contentWords++;
    const weight = idfOf(ctx, w.stem);
    const sense = senses.ofWord(unit.id, k);
    total += weight;
    if (!counterpartSenses.has(sense)) uncovered += weight;
    if (evidence.peerSenses.has(sense)) return;
    fresh += weight;
    if (/^\d/.test(w.folded)) newFigure = 1;
    else if (k > 0 && /\p{Lu}/u.test(text[w.start])) newNames++;
  });
  const scores = new Map<number, number>();
  for (const a of evidence.aligned) scores.set(a.source, Math.max(scores.get(a.source) ?? 0, Math.min(1, cosine(ctx.index, unit.id, a.id))));
  const ranked = [...scores.values()].sort((x, y) => y - x);
  const own = ctx.unitsBySource[unit.source];
  features[AT.noCounterpart] = evidence.counterparts.length === 0 ? 1 : 0;
  features[AT.aligned] = evidence.aligned.length > 0 ? 1 : 0;
  features[AT.covering] = evidence.covering ? 1 : 0;
  features[AT.uncovered] = total > 0 ? uncovered / total : 0;
  features[AT.fresh] = total > 0 ? fresh / total : 0;
  features[AT.best] = ranked[0] ?? 0;
  features[AT.second] = ranked[1] ?? 0;
  features[AT.peerShare] = evidence.peerCount > 0 ? scores.size / evidence.peerCount : 0;
  features[AT.newNames] = Math.min(newNames, MANY_NAMES) / MANY_NAMES;
  features[AT.newFigure] = newFigure;
  features[AT.position] = own.length > 1 ? (unit.id - own[0].id) / (own.length - 1) : 0;
  features[AT.length] = Math.min(contentWords, LONG_UNIT) / LONG_UNIT;
  features[AT.quoted] = unit.words.length > 0 ? quoted / unit.words.length : 0;
  features[AT.summary] = evidence.summary ? 1 : 0;
  return features;
}
