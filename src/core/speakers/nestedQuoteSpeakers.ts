/**
 * A quote within a quote is the words of whoever the outer speaker quotes. Most often that is
 * someone the text never names ("An old fisherman said to me, ‘…’", "When a child asks me, “…”")
 * or a phrase held up at a distance ("I have heard ‘next time’ for three years"): nobody is
 * credited. But a speaker who quotes their own words ("I tell her, ‘Play the ball’", "And I will
 * tell them at the museum: ‘Keep it dry.’") speaks the inner quote too: the reporting clause
 * right before the inner quote has "I" or "we" for subject and a verb of saying for verb.
 */
import type { Quote } from '../types';
import type { Quotation } from '../quotes/findQuotations';
import { isReportingVerb } from './reportingVerbs';
import { tokenAtOrAfter, type ReadingContext } from './readingContext';
import { copySpeaker } from './assignSpeaker';

/** Words that may stand between "I" and the verb ("I will always tell", "we just said"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:will|would|shall|should|can|could|must|might|may|do|did|always|often|just|still|never|then|also|now|simply|'ll|’ll)$/i;

/**
 * Gives each quote nested in a speech quote the outer quote's speaker when that speaker quotes
 * themselves (see the file comment). Runs after every other attribution; other nested quotes keep
 * a null speaker.
 */
export function creditSelfQuotes(ctx: ReadingContext, quotations: Quotation[], quotes: Quote[]): void {
  let outer = -1;
  quotations.forEach((q, i) => {
    if (!q.nested) {
      outer = i;
      return;
    }
    const host = quotes[outer];
    if (outer < 0 || !host?.speaker || quotations[outer].end < q.end || quotes[i].kind === 'scare' || quotes[i].kind === 'title') return;
    if (quotesThemselves(ctx, quotations[outer].open.end, q.open.start)) copySpeaker(quotes[i], host, null, { method: 'continuation', mention: host.attribution?.mention ?? null });
  });
}

/**
 * True when the words from offset `from` (inside the outer quote) up to the inner quote's opening
 * mark at `open` end with a first-person reporting clause: "I tell her,", "we said:", "And I will
 * tell them at the museum:". The verb's object may take up to four words.
 */
function quotesThemselves(ctx: ReadingContext, from: number, open: number): boolean {
  const { tokens } = ctx;
  const floor = tokenAtOrAfter(ctx, from);
  const k = tokenAtOrAfter(ctx, open) - 1;
  if (k < floor) return false;
  // "I was saying ‘please, please’ in every corner", "we kept saying ‘sorry’": the verb right before the words.
  if (!/^[,:]$/.test(tokens[k].value)) return isReportingVerb(tokens[k].value) && firstPersonSubject(ctx, k, floor);
  for (let verb = k - 1; verb >= floor && k - verb <= 6; verb--) {
    if (isReportingVerb(tokens[verb].value)) return firstPersonSubject(ctx, verb, floor);
  }
  return false;
}

/** Forms of "be" and "keep" before an -ing form ("I was saying", "we kept telling them"). */
const PROGRESSIVE = /^(?:am|was|were|are|'m|’m|kept|keep|been)$/i;

/**
 * True when "I" or "we" is the subject of the verb of saying at token `verb`, past the words that
 * may stand between ("I will always tell", "I was saying"); a form of "be" before a verb that is no
 * -ing form makes a passive whose subject listens ("I was told ‘no’").
 */
function firstPersonSubject(ctx: ReadingContext, verb: number, floor: number): boolean {
  const { tokens } = ctx;
  const progressive = /ing$/i.test(tokens[verb].value);
  let subject = verb - 1;
  while (subject >= floor && (BETWEEN_SUBJECT_AND_VERB.test(tokens[subject].value) || (progressive && PROGRESSIVE.test(tokens[subject].value)))) subject--;
  return subject >= floor && /^(?:I|we|We)$/.test(tokens[subject].value);
}
