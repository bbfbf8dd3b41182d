/**
 * Every figure of the reports that tell one event, located and read once (see locatedFigure.ts):
 * its measure in the common unit of its dimension, what a length measures ("480 metres deep" /
 * "800 metres from the shore"), its role (figureRoles.ts), its context (figureContext.ts), the
 * years that date it, the party that gives it, what a span of time names ("three days of
 * mourning"), the record a span is told over (recordSpans.ts), whether it is told as what is left
 * (remainders.ts). A bracketed conversion ("3.1 metres (10 feet)") is left out: it is compared only
 * through the figure it converts. A figure a report gives as the earlier value of a change ("up
 * from 2,300 on Monday", "stood at 9 … reached 11": see figureDating.ts) is marked superseded: it
 * is not what the report says now. A tally that changed with no role of its own continues the
 * figure given just before it.
 */
import { type ExchangedAmount, exchangedAmount } from '../values/exchangeRates';
import { parseQuantity, type Quantity } from '../values/parseQuantity';
import { isCurrencyUnit, TIME_UNITS } from '../values/units';
import { wordTable } from '../text/wordTable';
import { conversionOf, inCommonUnit } from './commonUnit';
import { type CompareContext } from './compareContext';
import { isChangeTarget, isSuperseded, isYearly, yearsOf } from './figureDating';
import { ContextTerms, contextOf } from './figureContext';
import { countsPeople, inHospital, isMeasuringUnit, roleOf, SINGLE_FACT_ROLES } from './figureRoles';
import { figureSourceOf } from './figureSource';
import { PLANNED_YEAR, quantityMentionsOf, type QuantityMention } from './findQuantityMentions';
import type { Located } from './locatedFigure';
import { interval } from './quantityAgreement';
import { recordOf } from './recordSpans';
import { isRemainder } from './remainders';
import { tallyNoun, tallyWordsBefore } from './tallyOf';
import type { Word } from './readWords';
import type { TextUnit } from './splitIntoUnits';

/** Units of the shortest report whose figures' positions are read as shares of its length. */
const SHORTEST_ARTICLE = 10;

/** Words after a length's unit that say what it measures ("480 metres deep", "800 metres from the shore"). */
const DIMENSION_WORDS: Record<string, string> = wordTable({
  deep: 'depth', below: 'depth', underground: 'depth', down: 'depth', beneath: 'depth',
  high: 'height', tall: 'height', above: 'height', up: 'height',
  long: 'length', wide: 'width', across: 'width', broad: 'width', thick: 'thickness',
  from: 'distance', away: 'distance', off: 'distance', offshore: 'distance', inland: 'distance',
  north: 'distance', south: 'distance', east: 'distance', west: 'distance', northeast: 'distance', northwest: 'distance', southeast: 'distance', southwest: 'distance',
});

/**
 * What a length measures, read from the word after its unit: "480 metres deep" a depth, "30
 * metres high" a height, "800 metres from the shore" and "40 km west of the town" a distance.
 */
function dimensionOf(unit: TextUnit, mention: QuantityMention, measure: Quantity): string | undefined {
  if (measure.unit !== 'km') return undefined;
  return DIMENSION_WORDS[unit.words[mention.after + 1]?.folded ?? ''];
}

/**
 * A mention's quantity in the common unit of its dimension (see commonUnit.ts), and, for the value
 * of a tally its sentence leaves bare, counting what the tally of the sentence before counted ("the
 * total had risen to 87" after "a rising number of food poisoning cases" counts cases); `tallied`
 * are the words of that tally (see {@link tallyWordsBefore}).
 */
function measureOfMention(unit: TextUnit, mention: QuantityMention, tallied: Word[]): Quantity {
  const measure = inCommonUnit(mention.quantity);
  const noun = measure.unit === null && tallied.length > 0 && !tallied.some((w) => unit.words.includes(w)) ? tallyNoun(tallied) : undefined;
  return noun ? { ...measure, unit: parseQuantity(`1 ${noun.folded}`)?.unit ?? null } : measure;
}

/** Up to three words right after a figure: where the name of its currency stands ("250 million meticais", "1,000 Tanzanian shillings"). */
const WORDS_AFTER = /^\s+\p{L}+(?:\s+\p{L}+){0,2}/u;

/**
 * The currency and rate of an amount of money (see exchangeRates.ts), read from its words and the
 * words after them that name its currency ("five million Swiss francs", "Kenyan shillings"), or undefined.
 */
function exchangeOf(text: string, mention: QuantityMention): ExchangedAmount | undefined {
  const unit = inCommonUnit(mention.quantity).unit;
  if (unit === null || !isCurrencyUnit(unit)) return undefined;
  const after = WORDS_AFTER.exec(text.slice(mention.end, mention.end + 40))?.[0] ?? '';
  return exchangedAmount(unit, `${text.slice(mention.start, mention.end)}${after}`);
}

/** True for a unit that fixes what is measured: a measuring unit, a currency, per cent or percentage points. */
function isFixedUnit(u: string | null): boolean {
  return u !== null && (isMeasuringUnit(u) || isCurrencyUnit(u) || /^(?:%|pp)$/.test(u) || u === PLANNED_YEAR);
}

/**
 * The senses of the content words among the two a span of time names after "of" ("racing" in "nine
 * days of racing", "national" and "mourning" in "three days of national mourning"); none for a
 * span that names nothing.
 */
function spannedSenses(unit: TextUnit, mention: QuantityMention, measure: Quantity): readonly string[] {
  if (mention.ordinal || unit.words[mention.after + 1]?.folded !== 'of' || !TIME_UNITS.has(measure.unit ?? '')) return NOTHING_SPANNED;
  return [unit.words[mention.after + 2], unit.words[mention.after + 3]].filter((w) => w?.content && !/^\d/.test(w.folded)).map((w) => w.sense);
}

/** The senses of a span of time that names nothing after "of": one shared empty list. */
const NOTHING_SPANNED: readonly string[] = [];

/** The words of a unit, then an opening bracket, between a figure and its conversion. */
const CONVERSION_GAP = /^\s*(?:\p{L}+\s*){0,2}\(\s*$/u;

/**
 * True for a figure in brackets that gives the one before it in another unit ("3.1 metres (10
 * feet)", "15,000 hectares (37,000 acres)"): it says nothing of its own, and is compared through
 * the figure it converts.
 */
function isConversion(text: string, previous: QuantityMention | undefined, mention: QuantityMention): boolean {
  if (!previous || !CONVERSION_GAP.test(text.slice(previous.end, mention.start))) return false;
  const [here, before] = [conversionOf(mention.quantity.unit), conversionOf(previous.quantity.unit)];
  return here !== undefined && here[0] === before?.[0];
}

/**
 * A tally whose change its words leave without a role ("but by evening the number of residents
 * that firefighters could not trace had climbed to 17") continues the figure of a single fact
 * given just before it, in its sentence or the one before ("12 people were unaccounted for"): it
 * counts what that figure counted, and that figure is its earlier value, superseded. `located` are
 * a source's mentions in text order, `changed` the values of tallies that changed ("climbed to 17").
 */
function continueTallies(located: Located[], changed: ReadonlySet<QuantityMention>): void {
  located.forEach((tally, i) => {
    if (!changed.has(tally.mention) || tally.role !== undefined || tally.measure.unit !== null) return;
    for (let j = i - 1; j >= 0 && located[j].unit.id >= tally.unit.id - 1; j--) {
      const earlier = located[j];
      if (earlier.role === undefined || !SINGLE_FACT_ROLES.has(earlier.role)) continue;
      tally.role = earlier.role;
      earlier.superseded = true;
      return;
    }
  });
}

/**
 * Every source's figures, located and read once (see {@link Located}); none for a source that
 * reports no event another source reports.
 */
export function locateFigures(ctx: CompareContext): Located[][] {
  const terms = new ContextTerms();
  return ctx.sources.map((source, s) => {
    if (!ctx.sameEvent[s]) return [];
    const changedTallies = new Set<QuantityMention>();
    const own = ctx.unitsBySource[s].flatMap((unit, u) => {
      const mentions = quantityMentionsOf(ctx, unit);
      const previous = ctx.unitsBySource[s][u - 1]?.words ?? [];
      // The words of the tally each figure is the value of, read once for its role and its noun.
      const tallies = new Map(mentions.map((mention) => [mention, tallyWordsBefore(unit.words, mention.before, previous)]));
      const roles = new Map(mentions.map((mention) => [mention, roleOf(unit, mention, tallies.get(mention)!)]));
      for (const mention of mentions) if (tallies.get(mention)!.length > 0 && isChangeTarget(unit, mention)) changedTallies.add(mention);
      return mentions.filter((mention, i) => !isConversion(source.analysis.text, mentions[i - 1], mention)).map((mention) => {
        const measure = measureOfMention(unit, mention, tallies.get(mention)!);
        return {
          position: u / Math.max(ctx.unitsBySource[s].length, SHORTEST_ARTICLE),
          parties: partiesOf(unit, mention),
          index: 0,
          mention,
          measure,
          exchange: exchangeOf(source.analysis.text, mention),
          dimension: dimensionOf(unit, mention, measure),
          remainder: measure.unit !== null && isMeasuringUnit(measure.unit) && isRemainder(unit, mention, source.analysis.text),
          interval: interval(mention),
          peopleUnit: measure.unit ? countsPeople(measure.unit) : false,
          fixedUnit: isFixedUnit(measure.unit),
          spanned: spannedSenses(unit, mention, measure),
          record: recordOf(unit, mention, measure),
          unit,
          context: contextOf(ctx, terms, unit, mention, measure),
          years: mention.quantity.unit === PLANNED_YEAR ? [] : yearsOf(unit, mention),
          yearly: isYearly(unit, mention),
          role: roles.get(mention),
          inHospital: inHospital(unit, mention, roles.get(mention)),
          superseded: isSuperseded(unit, mention, mentions, (later) => later.quantity.unit === mention.quantity.unit && [roles.get(mention), undefined].includes(roles.get(later))),
        };
      });
    });
    continueTallies(own, changedTallies);
    own.forEach((figure, i) => (figure.index = i));
    return own;
  });
}

/** The stems of the party that gives a figure ({@link figureSourceOf}); one shared empty list when none does. */
function partiesOf(unit: TextUnit, mention: QuantityMention): readonly string[] {
  const parties = figureSourceOf(unit, mention);
  return parties.length === 0 ? NO_PARTY : parties.map((party) => party.stem);
}

/** The parties of a figure no party gives. */
const NO_PARTY: readonly string[] = [];
