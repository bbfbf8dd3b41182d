/**
 * A person named outside any subject who heads a relative clause of their own ("The sharpest
 * questioning came from the Greens senator Aisha Rahimi, who produced the archive's budget
 * submission."): the sentence is about them, so a "she said" after it means them.
 */
import { endsClauseAt, type ReadingContext } from './readingContext';

/** How many tokens after a name an apposition may take before its "who" ("X, the Labour MP for Cardiff East, who …"). */
const APPOSITION_REACH = 12;

/**
 * True when the name ending at token `last` is followed, directly or after an apposition, by a
 * comma and "who" (not "whom" or "whose": there the name is no subject of the clause), before the
 * sentence ends, a quotation opens or another person is named.
 */
export function headsRelativeClause(ctx: ReadingContext, last: number): boolean {
  const { tokens } = ctx;
  const person = ctx.nameAt[last];
  for (let k = last + 1; k < tokens.length && k - last <= APPOSITION_REACH; k++) {
    if (endsClauseAt(ctx, k) || ctx.quoteAt[k] >= 0) return false;
    const named = ctx.nameAt[k];
    if (named >= 0 && named !== person && ctx.names[named].type === 'PERSON') return false;
    if (tokens[k].value === ',' && /^who$/i.test(tokens[k + 1]?.value ?? '')) return true;
  }
  return false;
}
