/**
 * Numbers given differently: the same quantity stated by two sources about one event with values
 * that disagree. Every report's figures are located and read once (locateFigures.ts); two figures
 * of two reports are about one thing by the hand-written rules (sameQuantityRules.ts) or, by
 * default, by a learned matcher that has the last word (see below), and they disagree when neither
 * value falls within what the other allows (quantityAgreement.ts: hedges, rounding, units). A
 * mention is flagged only when no mention about the same thing in that peer agrees with it (one
 * peer stating both "37 miles" and "60 km (37 miles)" agrees with "37 miles" elsewhere; a report
 * giving one fact by two parties, "2,800 died, the ministry said, while the WHO put the toll at
 * more than 3,000", agrees with a peer giving either), and only against the peer's mention that is
 * most about it, when that one is also most about this mention (mutual best), so that the injured
 * are not set against the dead. A figure a report gives as the earlier value of a change (see
 * figureDating.ts) is not what it reports now, and agrees with no other report's current figure.
 *
 * The rules were written for the development clusters, and transfer to unseen reports less well
 * than they fit those. So the last word on "these two figures give one quantity" is a learned one
 * (quantityMatcher.ts): a logistic regression over the pairs a reader could take for one quantity
 * (quantityCandidates.ts), whose features are the rules' verdicts and what they leave out
 * (quantityPairFeatures.ts). A pair the rules admit is kept unless the matcher finds it unlikely;
 * a pair they do not admit is taken when the matcher finds it likely.
 */
import type { Finding } from '../types';
import { joinNames, type CompareContext } from './compareContext';
import { SINGLE_FACT_ROLES } from './figureRoles';
import type { Located } from './locatedFigure';
import { locateFigures } from './locateFigures';
import { makeFinding, sourceRef } from './makeFinding';
import { figuresAgree, inTwoCurrencies } from './quantityAgreement';
import { bestAgreements, isCandidate } from './quantityCandidates';
import { FEATURE, PAIR_FEATURES, QUANTITY_MATCHER, type QuantityMatcher, sameQuantityProbability } from './quantityMatcher';
import { pairFeatures } from './quantityPairFeatures';
import { ReportPairScores } from './reportPairScores';
import { rulesOf } from './sameQuantityRules';

/**
 * Numeric findings per source index. Two figures are about one thing by `matcher` (the learned
 * judgement shipped, see quantityMatcher.ts), or, when it is null, by the hand-written rules alone.
 */
export function findNumericDiscrepancies(ctx: CompareContext, matcher: QuantityMatcher | null = QUANTITY_MATCHER): Finding[][] {
  const located = locateFigures(ctx);
  const rules = rulesOf(ctx);
  const bestAgreement = bestAgreements(located);
  const vector = new Float64Array(PAIR_FEATURES.length);
  const learned = (x: Located, y: Located): number => {
    if (!matcher || !isCandidate(x, y)) return 0;
    const probability = sameQuantityProbability(matcher, pairFeatures(ctx, rules, bestAgreement, x, y, vector));
    const admitted = vector[FEATURE.rulesAbout] > 0 || vector[FEATURE.rulesSameFact] > 0;
    return probability >= (admitted ? matcher.threshold : matcher.rescueThreshold) ? probability : 0;
  };
  // The searches below ask for most learned scores more than once: each is worked out once.
  const scores = new ReportPairScores(located, learned);
  const learnedOnce = (x: Located, y: Located): number => scores.score(x, y);
  const [about, sameFact] = matcher ? [learnedOnce, learnedOnce] : [rules.about, rules.sameFact];
  // With one scoring for both, the second search and the look for an agreeing figure would repeat
  // the first search, which already stops at an agreeing figure.
  const oneScoring = about === sameFact;
  const disagreements = ctx.sources.map((_, s) => {
    scores.readReport(s, ctx.peers[s]);
    const found = new Map<Located, Disagreement[]>();
    for (const here of located[s]) {
      if (replacedInReport(here, located[s])) continue;
      const disagreeing: Disagreement[] = [];
      for (const peer of ctx.peers[s]) {
        // Mentions about this one by their context; failing any, the peer's counts of the same single
        // fact. A figure the peer gives as superseded ("up from about 12,400 a day earlier") is not
        // what it reports now: only a superseded figure here is set against it.
        const best = bestCounterpart(here, located[peer], about) ?? (oneScoring ? undefined : bestCounterpart(here, located[peer], sameFact));
        if (best === undefined || best.agrees) continue;
        // A report may give one fact twice, by two parties ("2,800 died, the ministry said, while
        // the WHO put the toll at more than 3,000"): a peer giving either figure agrees with it.
        // The sum this one converts, or converts to ("250 million meticais (around £4.8 million)"),
        // is no second party's figure: its agreeing with the peer says nothing of the conversion.
        if ((!oneScoring && givesAgreeingFigure(here, located[peer], sameFact)) || located[s].some((other) => other !== here && !other.superseded && !sumConverted(other, here) && sameFact(other, best.there) > 0 && figuresAgree(other, best.there))) continue;
        // Mutual best only: the peer's mention must be about this one more than about any other here.
        // (A repeat of this same figure elsewhere here, as in the headline, does not count against it;
        // nor does a figure of no role or another role when this one counts what the peer's counts.)
        // Nor does the sum this one converts, or converts to, being more about the peer's mention.
        if (located[s].some((other) => !figuresAgree(other, here) && !outranked(other, here, best.there) && !sumConverted(other, here) && about(other, best.there) > best.score)) continue;
        disagreeing.push({ peer, there: best.there });
      }
      if (disagreeing.length > 0) found.set(here, disagreeing);
    }
    return found;
  });
  mirrorConversions(disagreements, located);
  return ctx.sources.map((source, s) => {
    const text = source.analysis.text;
    return located[s].flatMap((here) => {
      const disagreeing = disagreements[s].get(here);
      if (!disagreeing) return [];
      const related = disagreeing.map((d) => sourceRef(ctx.sources[d.peer].id, ctx.sources[d.peer].analysis.text, d.there.mention));
      const gives = disagreeing.map((d, i) => `${ctx.names[d.peer]} gives ${related[i].text}`);
      const message = `${joinNames(gives)}; this source gives ${text.slice(here.mention.start, here.mention.end)}.`;
      return [makeFinding(source.id, text, 'numeric', here.mention, message, related)];
    });
  });
}

/** A peer's figure that disagrees with a figure of a report. */
interface Disagreement {
  peer: number;
  there: Located;
}

/**
 * A sum one report converts into another currency than a peer does ("250 million meticais (about
 * 3.9 million US dollars)" / "250 million meticais (around £4.8 million)") is found wrong from one
 * side only: the report converting right also gives the sum in the peer's first currency, which
 * agrees. The two conversions still disagree, and the reader of either is told: a figure flagged
 * against a peer's conversion of a sum into another currency is flagged back against it
 * (`disagreements` per source, by figure; `located` the figures per source).
 */
function mirrorConversions(disagreements: Array<Map<Located, Disagreement[]>>, located: Located[][]): void {
  disagreements.forEach((found, s) => {
    for (const [here, disagreeing] of found) {
      for (const { peer, there } of disagreeing) {
        if (!inTwoCurrencies(here, there) || !located[peer].some((other) => sumConverted(other, there))) continue;
        const back = disagreements[peer].get(there) ?? [];
        if (back.some((d) => d.peer === s)) continue;
        back.push({ peer: s, there: here });
        disagreements[peer].set(there, back);
      }
    }
  });
}

/**
 * True when two figures of one report are one sum in two currencies, as a report gives a sum and
 * its conversion in one sentence ("250 million meticais (about 3.9 million US dollars)").
 */
function sumConverted(x: Located, y: Located): boolean {
  return x.unit === y.unit && inTwoCurrencies(x, y);
}

/**
 * True for a figure its report gives as superseded ("30 people were missing on Monday morning")
 * when the report also gives the current value of that single fact ("by nightfall the number had
 * risen to 45"): that value, not the earlier one, is set against other reports.
 */
function replacedInReport(here: Located, own: Located[]): boolean {
  return here.superseded && here.role !== undefined && SINGLE_FACT_ROLES.has(here.role) && own.some((other) => !other.superseded && other.role === here.role);
}

/**
 * True when `here` and the peer's `there` count one measure ("fourteen of their colleagues killed"
 * / "the death toll has risen to 11") and `other` does not: however much context it shares with
 * `there` ("19 trapped miners as the death toll reaches 14"), it is not the better counterpart. Nor
 * is a figure the report gives as superseded, against a current `here` and `there`.
 */
function outranked(other: Located, here: Located, there: Located): boolean {
  return (here.role !== undefined && here.role === there.role && other.role !== here.role) || (other.superseded && !here.superseded && !there.superseded);
}

/**
 * True when one of the peer's `mentions` that `score` rates above 0 against `here` agrees with it,
 * leaving out figures the peer gives as superseded unless `here` is one.
 */
function givesAgreeingFigure(here: Located, mentions: Located[], score: (x: Located, y: Located) => number): boolean {
  return mentions.some((there) => (!there.superseded || here.superseded) && score(here, there) > 0 && figuresAgree(here, there));
}

/** The peer's mention a scoring scores highest against `here`, and whether any it scores agrees. */
interface Counterpart {
  there: Located;
  score: number;
  agrees: boolean;
}

/**
 * The peer's mention that `score` rates highest against `here` (the first of equals), among those
 * it rates above 0, skipping figures the peer gives as superseded unless `here` is one; undefined
 * when it rates none. One pass with no intermediate arrays: it runs for every mention and peer of a
 * comparison. It stops at the first candidate whose value agrees with `here` (`agrees`), since
 * then the peer does not disagree, whichever is best; but a sum agreeing only once converted from
 * another currency does not outweigh one in this figure's own currency that disagrees.
 */
function bestCounterpart(here: Located, mentions: Located[], score: (x: Located, y: Located) => number): Counterpart | undefined {
  let best: Counterpart | undefined;
  let converted: Counterpart | undefined;
  for (const there of mentions) {
    if (there.superseded && !here.superseded) continue;
    const value = score(here, there);
    if (!(value > 0)) continue;
    if (figuresAgree(here, there)) {
      if (!inTwoCurrencies(here, there)) return { there, score: value, agrees: true };
      converted ??= { there, score: value, agrees: true };
    } else if (best === undefined || value > best.score) best = { there, score: value, agrees: false };
  }
  // A sum the peer gives in this one's currency says more than its conversion by a rough rate:
  // "€640 million ($580 million)" / "€640mn ($745mn)" differ in dollars, though €640mn is about $700mn.
  return converted && !(best && sameCurrency(here, best.there)) ? converted : best;
}

/** True for two amounts of money in one currency that has a rate (see exchangeRates.ts). */
function sameCurrency(x: Located, y: Located): boolean {
  return x.exchange !== undefined && x.exchange.currency === y.exchange?.currency;
}
