/**
 * Headline and standfirst quotes repeat words the story quotes in full further down: the headline
 * "Union leader slams ‘tax on night workers’" stands over a paragraph that says `Mills called the
 * plan “a tax on night workers”`. The headline rarely names its speaker in a way the attribution
 * can read (articles and verbs are dropped, a description stands for a name), but the body quote
 * that holds the same words does. So a headline or standfirst quote still without a speaker takes
 * the speaker of the body quotes that repeat it:
 * - the same words in the same order (compared by stem, so "pledge"/"pledges" and "’"/"'" agree),
 *   a body quote of those words alone before one that holds more, or
 * - when the headline rewords, every content word of a quote of two content words or more (a
 *   lone word such as ‘tough’ is too common to tell one quote from another unless it is repeated
 *   verbatim, which the first rule covers).
 * Only when all the body quotes that match were credited to one speaker (the same key) is the
 * speaker carried; two candidates leave the headline quote without one. A headline that credits
 * a country or an organisation ("Chad says aid ‘far from sufficient’") speaks through a person the
 * story names: when the body quotes that repeat its words were credited to one person, that person
 * is the speaker, unless a standfirst names an organisation the story credits with words of its
 * own too. A crosshead ("## Councillors
 * ‘blindsided’") sums up the section below it the same way: its quote is matched against the body
 * quotes after it.
 */
import type { Quote } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { readWords } from '../compare/readWords';
import type { ReadingContext } from './readingContext';
import { copySpeaker } from './assignSpeaker';

/** Blocks that sum up the story (above its first paragraph) or the section below them. */
const SUMMARY_BLOCKS = new Set(['headline', 'standfirst', 'crosshead']);

/** The stems of a quote's words, and those of its content words. */
function stemsOf(text: string): { all: string[]; content: string[] } {
  const words = readWords(text);
  return { all: words.map((w) => w.stem), content: words.filter((w) => w.content).map((w) => w.stem) };
}

/** True when `needle` occurs as a contiguous run inside `hay`. */
function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Gives each headline or standfirst quote without a speaker, or credited to a country or an
 * organisation, the one speaker of the body quotes that repeat its words (see the file comment).
 * Never overrides a person already found.
 */
export function echoSummaryQuotes(ctx: ReadingContext, quotations: Quotation[], quotes: Quote[]): void {
  const inSummary = (i: number): boolean => SUMMARY_BLOCKS.has(ctx.blocks[quotations[i].block]?.kind ?? '');
  const people = new Set(ctx.names.filter((n) => n.type === 'PERSON').map((n) => n.key));
  const isPerson = (q: Quote): boolean => q.speakerKey !== null && q.speakerKey.split('; ').every((k) => people.has(k));
  const waiting = (q: Quote, i: number): boolean => (q.speaker === null || !isPerson(q)) && !quotations[i].nested && q.kind !== 'scare' && q.kind !== 'title' && inSummary(i);
  // Reading the body quotes' words is the costly part: only when a summary quote waits for a speaker.
  if (!quotes.some(waiting)) return;
  const body: Array<{ quote: Quote; stems: { all: string[]; content: string[] } }> = [];
  quotes.forEach((q, i) => {
    if (!quotations[i].nested && q.speaker !== null && !inSummary(i)) body.push({ quote: q, stems: stemsOf(q.text) });
  });
  if (body.length === 0) return;
  quotes.forEach((q, i) => {
    if (!waiting(q, i)) return;
    const own = stemsOf(q.text);
    if (own.all.length === 0) return;
    const below = ctx.blocks[quotations[i].block].kind === 'crosshead' ? body.filter((b) => b.quote.start > q.start) : body;
    let matches = below.filter((b) => containsRun(b.stems.all, own.all));
    // "opposition wants ‘secret annex’ bared": a body quote of just those words is the one repeated,
    // not a longer one that happens to hold them ("“There is no secret annex,” the official said").
    const whole = matches.filter((b) => b.stems.all.length === own.all.length);
    if (whole.length > 0) matches = whole;
    if (matches.length === 0 && own.content.length >= 2) matches = below.filter((b) => own.content.every((s) => b.stems.content.includes(s)));
    const keys = new Set(matches.map((m) => m.quote.speakerKey));
    if (keys.size !== 1) return;
    const source = matches[0].quote;
    if (q.speaker !== null && !isPerson(source)) return;
    // A standfirst's "The Open Rights Group calls it “a tracker you wear to bed”" over a story where
    // the group speaks in its own name too: the group is a speaker, not a figure of speech for its
    // director (a headline, which drops its articles, still speaks by metonymy).
    if (q.speaker !== null && ctx.blocks[quotations[i].block].kind === 'standfirst' && body.some((b) => b.quote.speakerKey === q.speakerKey)) return;
    copySpeaker(q, source, source.cue, source.attribution ? { ...source.attribution } : null);
  });
}
