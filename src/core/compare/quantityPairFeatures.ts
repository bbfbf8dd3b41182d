/**
 * A candidate pair of figures (quantityCandidates.ts) as the quantity matcher reads it: a vector of
 * the features {@link PAIR_FEATURES} names, the rules' verdicts among them (sameQuantityRules.ts),
 * with what the rules leave out: where each figure stands in its report, how much the two
 * sentences share, the value ratio, whether each figure is the one of its report whose words agree
 * best with the other's. Also every candidate pair of a comparison with its features by name, for
 * the matcher's training.
 */
import { isCurrencyUnit, TIME_UNITS } from '../values/units';
import type { TermIndex } from './buildTermIndex';
import type { CompareContext } from './compareContext';
import { agreement } from './figureContext';
import { SINGLE_FACT_ROLES } from './figureRoles';
import { AGE_UNIT, type QuantityMention } from './findQuantityMentions';
import type { Located } from './locatedFigure';
import { locateFigures } from './locateFigures';
import { comparedValues, figuresAgree, inTwoCurrencies } from './quantityAgreement';
import { type BestAgreement, bestAgreements, countedByTwoNouns, isCandidate } from './quantityCandidates';
import { FEATURE, PAIR_FEATURES } from './quantityMatcher';
import { aboutByContext, aligned, neededAgreement, type Rules, rulesOf, sameKind, sameRole, unitsCompatible } from './sameQuantityRules';

/** Share of an article, from its start, that is its lede: its headline and first paragraphs. */
const LEDE = 0.2;

/**
 * The features of a candidate pair (see {@link PAIR_FEATURES}), the rules' judgements among them
 * and its figures' best agreements with each other's report (`bestAgreement`), written into `out`
 * in feature order: a comparison weighs millions of pairs, and a vector reused costs no allocation.
 */
export function pairFeatures(ctx: CompareContext, rules: Rules, bestAgreement: BestAgreement, x: Located, y: Located, out: Float64Array): Float64Array {
  const a = x.mention;
  const b = y.mention;
  const ua = x.measure.unit;
  const ub = y.measure.unit;
  const context = agreement(x.context, y.context);
  const areAligned = aligned(ctx, x, y);
  const needed = neededAgreement(x, y, areAligned);
  const compatible = unitsCompatible(x, y);
  const about = compatible ? aboutByContext(x, y, context, needed) : 0;
  const bothRoles = x.role !== undefined && y.role !== undefined;
  const [xv, yv] = comparedValues(x, y);
  const bigger = Math.max(Math.abs(xv), Math.abs(yv));
  const smaller = Math.min(Math.abs(xv), Math.abs(yv));
  const sharedParty = shareParty(x, y);
  out[FEATURE.rulesAbout] = about > 0 ? 1 : 0;
  out[FEATURE.rulesScore] = Math.log1p(about);
  out[FEATURE.rulesSameFact] = rules.sameFact(x, y) > 0 ? 1 : 0;
  out[FEATURE.singleFact] = bothRoles && sameRole(x, y) && SINGLE_FACT_ROLES.has(x.role!) ? 1 : 0;
  out[FEATURE.unitsCompatible] = compatible ? 1 : 0;
  out[FEATURE.aligned] = areAligned ? 1 : 0;
  out[FEATURE.unitOverlap] = unitOverlap(ctx.index, x.unit.id, y.unit.id);
  out[FEATURE.context] = Math.log1p(context);
  out[FEATURE.bestForHere] = context > 0 && context >= bestAgreement(x, y.unit.source) ? 1 : 0;
  out[FEATURE.bestForThere] = context > 0 && context >= bestAgreement(y, x.unit.source) ? 1 : 0;
  out[FEATURE.contextOverNeeded] = Number.isFinite(needed) ? Math.min(context / needed, 3) : 0;
  out[FEATURE.sameRole] = bothRoles && sameRole(x, y) ? 1 : 0;
  out[FEATURE.roleClash] = bothRoles && !sameRole(x, y) ? 1 : 0;
  out[FEATURE.oneRole] = (x.role === undefined) !== (y.role === undefined) ? 1 : 0;
  out[FEATURE.sameUnit] = ua !== null && ua === ub ? 1 : 0;
  out[FEATURE.bothPeople] = x.peopleUnit && y.peopleUnit ? 1 : 0;
  out[FEATURE.bothBare] = ua === null && ub === null ? 1 : 0;
  out[FEATURE.oneBare] = (ua === null) !== (ub === null) ? 1 : 0;
  out[FEATURE.logRatio] = smaller > 0 ? Math.min(Math.log(bigger / smaller), 3) : 3;
  out[FEATURE.hedged] = a.quantity.qualifier !== null || b.quantity.qualifier !== null ? 1 : 0;
  out[FEATURE.bothLede] = x.position < LEDE && y.position < LEDE ? 1 : 0;
  out[FEATURE.positionGap] = Math.abs(x.position - y.position);
  out[FEATURE.sameParty] = sharedParty ? 1 : 0;
  out[FEATURE.partyClash] = x.parties.length > 0 && y.parties.length > 0 && !sharedParty ? 1 : 0;
  out[FEATURE.small] = bigger < 10 ? 1 : 0;
  out[FEATURE.magnitude] = Math.min(Math.log10(Math.max(bigger, 1)), 12) / 3;
  out[FEATURE.superseded] = x.superseded || y.superseded ? 1 : 0;
  out[FEATURE.percent] = ua === '%' || ua === 'pp' ? 1 : 0;
  out[FEATURE.money] = ua !== null && isCurrencyUnit(ua) ? 1 : 0;
  out[FEATURE.exchanged] = inTwoCurrencies(x, y) ? 1 : 0;
  out[FEATURE.time] = ua !== null && TIME_UNITS.has(ua) ? 1 : 0;
  out[FEATURE.ordinal] = a.ordinal || b.ordinal ? 1 : 0;
  out[FEATURE.age] = ua === AGE_UNIT || ub === AGE_UNIT ? 1 : 0;
  out[FEATURE.compound] = a.compound || b.compound ? 1 : 0;
  out[FEATURE.nounsDiffer] = countedByTwoNouns(x, y) && !compatible && !sameKind(x, y) ? 1 : 0;
  return out;
}

/** True when one party gives both figures (see {@link Located.parties}). */
function shareParty(x: Located, y: Located): boolean {
  for (const party of x.parties) if (y.parties.includes(party)) return true;
  return false;
}

/**
 * How much two units say in the same words: the IDF of the word stems they share (not entity keys
 * nor numbers) over that of the smaller unit's, in [0, 1], by a merge over their sorted term ids.
 * Two reports of one figure mostly tell it in one sentence of the same story ("the ministry said
 * 12 people had died in the flooding").
 */
function unitOverlap(index: TermIndex, a: number, b: number): number {
  const { terms, vectorStarts, idf, isAnchor } = index;
  let i = vectorStarts[a];
  let j = vectorStarts[b];
  const endA = vectorStarts[a + 1];
  const endB = vectorStarts[b + 1];
  let shared = 0;
  let totalA = 0;
  let totalB = 0;
  while (i < endA || j < endB) {
    const ti = i < endA ? terms[i] : Infinity;
    const tj = j < endB ? terms[j] : Infinity;
    const term = Math.min(ti, tj);
    const weight = isAnchor[term] ? 0 : idf[term];
    if (ti === term) totalA += weight;
    if (tj === term) totalB += weight;
    if (ti === tj) shared += weight;
    if (ti === term) i++;
    if (tj === term) j++;
  }
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? shared / smaller : 0;
}

/** A candidate pair of figures of two peer reports, described for the matcher's training. */
export interface FigurePair {
  source: number;
  peer: number;
  here: QuantityMention;
  there: QuantityMention;
  /** The pair's features by name (see {@link PAIR_FEATURES}). */
  features: Record<string, number>;
  /** True when the two figures agree (see quantitiesAgree of quantityAgreement.ts). */
  agrees: boolean;
}

/**
 * Every candidate pair (see {@link isCandidate}) of figures of two peer reports, each ordered pair
 * once, with its features: what scripts/train-quantity-matcher.mjs learns from.
 */
export function figurePairs(ctx: CompareContext): FigurePair[] {
  const located = locateFigures(ctx);
  const rules = rulesOf(ctx);
  const bestAgreement = bestAgreements(located);
  const vector = new Float64Array(PAIR_FEATURES.length);
  const pairs: FigurePair[] = [];
  located.forEach((own, s) => {
    for (const peer of ctx.peers[s]) {
      for (const here of own) {
        for (const there of located[peer]) {
          if (!isCandidate(here, there)) continue;
          pairFeatures(ctx, rules, bestAgreement, here, there, vector);
          const features = Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, vector[i]]));
          pairs.push({ source: s, peer, here: here.mention, there: there.mention, features, agrees: figuresAgree(here, there) });
        }
      }
    }
  });
  return pairs;
}
