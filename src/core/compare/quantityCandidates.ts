/**
 * The pairs of figures the quantity matcher weighs (quantityMatcher.ts): those a reader could take
 * for one quantity (dated alike, within tenfold, of one kind of unit, not counting two measures nor
 * things in two states, no span of a record against another span), and, for each figure, its best context agreement with the candidate
 * figures of a peer (whether each figure of a pair is the one of its report whose words agree best
 * with the other's is one of the matcher's features).
 */
import { agreement } from './figureContext';
import type { Located } from './locatedFigure';
import { inTwoCurrencies } from './quantityAgreement';
import { rolesCompatible, sameKind, sameYears, statesCompatible, unitsCompatible } from './sameQuantityRules';

/**
 * Largest ratio between the values of a pair the matcher weighs: wider than MAX_FACTOR of sameQuantityRules.ts,
 * since the value ratio is one of its features.
 */
const CANDIDATE_FACTOR = 10;

/**
 * True for a pair of figures the matcher weighs: dated alike, within {@link CANDIDATE_FACTOR} of
 * each other, spans of one record or of none, not counting two measures (the dead and the injured: a count's role, read from its
 * words, is no matter of degree) nor things in two states, and of one kind of unit (see
 * {@link sameKind}) or compatible by the rules ({@link unitsCompatible}: two counts of one role), or
 * counts of things by two nouns ({@link countedByTwoNouns}).
 * The rules' other tests (sameQuantityRules.ts) are features the matcher weighs.
 */
export function isCandidate(x: Located, y: Located): boolean {
  // In one unit without an array per pair: this runs for every pair of figures of two reports.
  const exchanged = inTwoCurrencies(x, y);
  const a = Math.abs(exchanged ? x.measure.value * x.exchange!.usdPerUnit : x.measure.value);
  const b = Math.abs(exchanged ? y.measure.value * y.exchange!.usdPerUnit : y.measure.value);
  // Two known roles say what is counted better than a state does ("Twelve injured workers were
  // taken to hospital" / "Fifteen people remained in hospital": see sameRole of sameQuantityRules.ts).
  // The span a record is told over ("the heaviest sentence in nine years") is no length ("jailed
  // for 12 years"), nor the span of another record (see recordSpans.ts).
  if (Math.max(a, b) > CANDIDATE_FACTOR * Math.min(a, b) || !sameYears(x, y) || x.record !== y.record) return false;
  if (x.role !== undefined && y.role !== undefined ? !rolesCompatible(x, y) : !statesCompatible(x, y)) return false;
  return sameKind(x, y) || unitsCompatible(x, y) || countedByTwoNouns(x, y);
}

/**
 * True for two counts of things by two nouns, neither a unit of measure, money or age, nor people
 * or a count with a role (the dead, the missing: a person is no thing, and roles are the rules'
 * to compare), nor the property of a thing ("four patrol boats" / "three patrol vessels", "four
 * storeys" / "three floors", "about 230 supermarkets" / "some 320 stores"): one count that papers
 * name by different words, or two counts of two things. The rules never compare them; the
 * matcher weighs them by their words (see nounsDiffer of quantityPairFeatures.ts).
 */
export function countedByTwoNouns(x: Located, y: Located): boolean {
  const [ua, ub] = [x.measure.unit, y.measure.unit];
  return ua !== null && ub !== null && ua !== ub && countsThings(x) && countsThings(y);
}

/** True for a count of things by its noun: no measure, money or age, no people, no role, no property of a thing nor position. */
function countsThings(x: Located): boolean {
  return !x.fixedUnit && !x.peopleUnit && x.role === undefined && !x.mention.age && !x.mention.compound && !x.mention.ordinal;
}

/** The highest context agreement of `x` with a candidate figure of source `source` (see {@link isCandidate}). */
export type BestAgreement = (x: Located, source: number) => number;

/**
 * Most pairs of sources whose best agreements {@link bestAgreements} keeps at once (some kilobytes
 * each): enough for every peer of the report being read.
 */
const KEPT_SOURCE_PAIRS = 1024;


/**
 * The highest context agreement of a figure with the candidate figures (see {@link isCandidate})
 * of a source, worked out once per figure and source. The comparison reads one report's figures
 * against each of its peers in turn, so the values are kept in two arrays per pair of sources
 * (one per side), for a bounded number of pairs: a map per figure and peer held a thousand
 * articles' worth at once.
 */
export function bestAgreements(located: Located[][]): BestAgreement {
  const kept = new Map<number, Float64Array[]>();
  return (x, source) => {
    const own = x.unit.source;
    const low = Math.min(own, source);
    const high = Math.max(own, source);
    const key = low * located.length + high;
    let sides = kept.get(key);
    if (!sides) {
      if (kept.size >= KEPT_SOURCE_PAIRS) kept.clear();
      sides = [new Float64Array(located[low].length).fill(-1), new Float64Array(located[high].length).fill(-1)];
      kept.set(key, sides);
    }
    const side = sides[own === low ? 0 : 1];
    if (side[x.index] < 0) {
      let most = 0;
      for (const y of located[source]) if (isCandidate(x, y)) most = Math.max(most, agreement(x.context, y.context));
      side[x.index] = most;
    }
    return side[x.index];
  };
}

