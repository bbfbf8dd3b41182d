/**
 * What a quoted span is, from where it stands and what it holds: a quote in the headline, the
 * title of a work, scare quotes (a nickname, a lone name or a word held at arm's length), a whole
 * utterance (direct) or a fragment woven into the reporter's own sentence (partial).
 */
import type { Block, QuoteKind, Span } from '../types';
import type { Quotation } from './findQuotations';

/** Words that announce the title of a work right before its opening mark. */
const TITLE_CUE = /\b(?:book|novel|memoir|film|movie|documentary|song|single|album|track|play|musical|opera|poem|series|show|programme|program|podcast|exhibition|painting|essay|report|paper|study|article|column|op-ed|titled|entitled|called)\s*,?\s*$/i;
/** Words that name a title outright, whatever its capitalisation ("a study titled “Widespread …”"). */
const NAMING_CUE = /\b(?:titled|entitled|headlined|headed)\s*,?\s*$/i;
/** Words that announce scare quotes or a nickname right before the opening mark ("known to fans as “the Lighthouse”"). */
const SCARE_CUE = /\b(?:so-called|so called|dubbed|nicknamed|known(?:\s+\w+){0,4}\s+as|self-styled|self-proclaimed|alleged)\s*$/i;
/** Verbs that give something a name right before the opening mark ("which the district is calling “Panther Fridays”"). */
const NAME_GIVING_CUE = /\b(?:calling|calls|call|named|renamed)\s*$/i;
/** Reporting cues that show the title-like span is said by someone after all. */
const SPEECH_AROUND = /\b(?:said|says|told|added|wrote|warned|declared|stated|asked|replied)\b/i;

/** Short function words a title leaves in lower case after its first word. */
const TITLE_FUNCTION_WORD = /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|as|but|nor|vs\.?)$/;
const WORD = /\S+/g;

/**
 * True when a span has two or more words with letters and every one that is not a short function
 * word is capitalised. Stops at the first word that is not (a quotation of prose fails at once).
 */
function isTitleCase(inside: string): boolean {
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(inside); m; m = WORD.exec(inside)) {
    const w = m[0];
    if (!/\p{L}/u.test(w)) continue;
    if (!/^[\p{Lu}\d]/u.test(w) && !(words > 0 && TITLE_FUNCTION_WORD.test(w))) return false;
    words++;
  }
  return words >= 2;
}

/** True when a span is one word or one capitalised name (Israel, Hamas, Brexit). */
function isLoneName(inside: string): boolean {
  const trimmed = inside.trim();
  return /^\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*){0,2}$/u.test(trimmed);
}

/**
 * Classifies a quotation. `sentence` is the sentence the quotation opens in (or its block when
 * none), used to tell a whole utterance from a fragment:
 * - headline: inside a headline block;
 * - title: after a word such as "book", "film", "report titled", or Title Case with no reporting
 *   verb around it (conservative: two or more words, nothing said);
 * - scare: after "so-called", "dubbed", "known as"…, a name given in capitals after "calling" or
 *   "named" ("is calling “Panther Fridays,”"), or a lone capitalised name ('Israel');
 * - direct: the quotation opens its sentence, follows a colon or comma, or ends with sentence
 *   punctuation inside its marks (a whole clause);
 * - partial: anything else (a fragment in the reporter's sentence).
 */
export function classifyQuoteKind(text: string, quotation: Quotation, block: Block, sentence: Span): QuoteKind {
  if (block.kind === 'headline') return 'headline';
  const inside = text.slice(quotation.start, quotation.end);
  const before = text.slice(Math.max(block.start, quotation.open.start - 60), quotation.open.start);
  const after = text.slice(quotation.close?.end ?? quotation.end, Math.min(block.end, (quotation.close?.end ?? quotation.end) + 40));
  if (SCARE_CUE.test(before)) return 'scare';
  // A name given in capitals, the comma of American punctuation aside, is a name, not words said.
  if (NAME_GIVING_CUE.test(before) && isTitleCase(inside.replace(/[.,;:]+\s*$/, ''))) return 'scare';
  if (NAMING_CUE.test(before)) return 'title';
  if (TITLE_CUE.test(before) && isTitleCase(inside)) return 'title';
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (isTitleCase(inside) && !/[.!?,]$/.test(inside) && !SPEECH_AROUND.test(sentenceText)) return 'title';
  if (isLoneName(inside) && !/[.!?,]$/.test(inside)) return 'scare';

  const opensSentence = quotation.continued || /^[\s([{—–-]*$/.test(text.slice(sentence.start, quotation.open.start));
  const afterColon = /[:,—–]\s*$/.test(before) || /^\s*[—–]\s*$/.test(before);
  const wholeClause = /[.!?…,;—–-]$/.test(inside.trimEnd()) && inside.trim().split(/\s+/).length >= 3;
  if (opensSentence || afterColon || wholeClause || quotation.close === null) return 'direct';
  if (/^\s*[,.]?\s*$/.test(after) && inside.trim().split(/\s+/).length >= 6 && /^\p{Lu}/u.test(inside)) return 'direct';
  return 'partial';
}
