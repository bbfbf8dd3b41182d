/**
 * Sentences of an article, from wink's sentence boundaries corrected by the layout and the quotes.
 *
 * wink reads the whole article at once, so it glues a headline to the first sentence and cuts a
 * quotation of several sentences into pieces. Here a sentence never crosses a block boundary (a
 * block boundary always ends a sentence), a boundary that falls inside a quotation is dropped, and
 * so is one before a piece starting in lower case (`“Go!” he said.` is one sentence) or with a
 * comma, semicolon or colon (`the study “Who Pays?”, said …`). wink also
 * ends a sentence at the point of a decimal glued to letters ("a magnitude-6.1 quake", "DKK1.7bn",
 * "DKK115.40"): a boundary between a digit's point or comma and the next digit is dropped too, and
 * so is one between an initialism's points ("Tom Eckersley, D-N.M., said") and one after a title
 * written short before a name ("Usec. Ramon Cruz", titleBeforeName.ts).
 */
import type { TokenizedText } from '../nlp/engine';
import type { Block, Span } from '../types';
import { isTextBlock } from './detectBlocks';
import { followsTitleBeforeName } from './titleBeforeName';

/**
 * Splits the text blocks (headline, standfirst, paragraphs, crossheads) into sentences; bylines,
 * datelines, credits and captions are not sentences. `quotations` are the spans of the quotations
 * including their marks (sorted by start); no sentence boundary is placed inside one. Spans are
 * sorted, disjoint and trimmed. Linear in the number of tokens, blocks and quotations.
 */
export function splitSentences(text: string, tokenized: TokenizedText, blocks: Block[], quotations: Span[] = []): Span[] {
  const { tokens } = tokenized;
  const starts: number[] = [];
  for (const [first] of tokenized.sentences) if (tokens[first]) starts.push(tokens[first].start);
  // wink does not end a sentence before an opening quotation mark ("… to vote no. “My people …").
  QUOTE_AFTER_STOP.lastIndex = 0;
  for (let m = QUOTE_AFTER_STOP.exec(text); m; m = QUOTE_AFTER_STOP.exec(text)) starts.push(m.index + m[0].length - 2);
  starts.sort((a, b) => a - b);
  const cuts = starts.filter(insideNone(quotations)).filter((cut) => !insideNumber(text, cut) && !insideInitialism(text, cut) && !followsTitleBeforeName(text, cut));

  const sentences: Span[] = [];
  let c = 0;
  for (const block of blocks) {
    if (!isTextBlock(block.kind)) continue;
    while (c < cuts.length && cuts[c] <= block.start) c++;
    let start = block.start;
    for (; c < cuts.length && cuts[c] < block.end; c++) {
      if (CONTINUES_SENTENCE.test(text.slice(cuts[c], cuts[c] + 1))) continue;
      pushTrimmed(text, start, cuts[c], sentences);
      start = cuts[c];
    }
    pushTrimmed(text, start, block.end, sentences);
  }
  return sentences;
}

/**
 * The first character of a piece that cannot open a sentence: a lower-case letter (`“Go!” he said.`)
 * or a comma, semicolon or colon after a question or exclamation that closes a quoted title
 * (`the study “Who Gets the Coffee Dollar?”, said …`, `“Why not?”; she asked`).
 */
const CONTINUES_SENTENCE = /^[\p{Ll},;:]/u;

/** Sentence-final punctuation, spaces, then an opening mark and a capital: a new sentence starts at the mark. */
const QUOTE_AFTER_STOP = /[.!?][”"’)]?[ \t]+["“‘«„]\p{Lu}/gu;

/** True when `offset` falls inside a number, right after its decimal point or separator ("6.|1", "1,|240"). */
function insideNumber(text: string, offset: number): boolean {
  return offset >= 2 && /\d[.,]/.test(text.slice(offset - 2, offset)) && /\d/.test(text[offset] ?? '');
}

/** True when `offset` falls inside an initialism, a letter right after its point ("N.|M.", "U.|S."): a sentence ends before a space. */
function insideInitialism(text: string, offset: number): boolean {
  return offset >= 1 && text[offset - 1] === '.' && /\p{L}/u.test(text[offset] ?? '');
}

/** A filter over sorted offsets keeping those not strictly inside any of the sorted spans. */
function insideNone(spans: Span[]): (offset: number) => boolean {
  let s = 0;
  return (offset) => {
    while (s < spans.length && spans[s].end <= offset) s++;
    return !(s < spans.length && spans[s].start < offset && offset < spans[s].end);
  };
}

/** Adds [start, end) without its surrounding white space, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
