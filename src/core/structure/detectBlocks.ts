/**
 * The layout of a news article as plain text: which lines are the headline, the standfirst, the
 * byline, the dateline, the paragraphs, the crossheads, and which are furniture (photo credits,
 * captions, "Read more: …" link lines) that carries nobody's assertion.
 *
 * The story, in three passes over the lines:
 * 1. Lines are grouped into paragraphs. A paragraph is normally one line (web copy) or a run of
 *    lines between blank lines; a hard-wrapped line is joined to the next only when the text uses
 *    blank lines between paragraphs, the line is long, does not end a sentence and the next line
 *    starts in lower case (so a headline is never glued to the story).
 * 2. Each paragraph is classified by its own text (see {@link classifyLine}).
 * 3. Position decides the rest: the first short line without a final period is the headline (a
 *    repeated copy of it too); short lines before the story are standfirsts; a short title-like line
 *    inside the story is a crosshead; the first paragraph may open with a dateline, which becomes a
 *    block of its own.
 */
import type { Block, BlockKind } from '../types';
import { classifyLine, endsLikeSentence, withoutMarkup, wordCount, type LineRole } from './classifyLine';
import { findDateline } from './findDateline';
import { splitLines, type Line } from './splitLines';

interface Paragraph {
  start: number;
  end: number;
  text: string;
  role: LineRole;
}

/** Longest headline, in words. */
const HEADLINE_MAX_WORDS = 30;
/** Longest crosshead, in words. */
const CROSSHEAD_MAX_WORDS = 15;
/** Longest standfirst that is no headline, in words. */
const STANDFIRST_MAX_WORDS = 50;

/** Groups lines into paragraphs, joining hard-wrapped lines (see the file comment). */
function groupParagraphs(lines: Line[]): Paragraph[] {
  const blankSeparated = lines.some((l) => l.blankBefore);
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const previous = paragraphs[paragraphs.length - 1];
    const wrapped =
      previous !== undefined &&
      blankSeparated &&
      !line.blankBefore &&
      previous.role === 'prose' &&
      previous.end - previous.start >= 50 &&
      !endsLikeSentence(previous.text) &&
      /^\p{Ll}/u.test(line.text);
    if (wrapped) {
      previous.end = line.trimmed.end;
      previous.text = `${previous.text} ${line.text}`;
      continue;
    }
    paragraphs.push({ start: line.trimmed.start, end: line.trimmed.end, text: line.text, role: classifyLine(line.text) });
  }
  return paragraphs;
}

/** A Markdown heading ("# Title", "## Section"). */
const isMarkdownHeading = (text: string): boolean => /^#{1,6}\s+\S/.test(text);

/** A line that can be a headline: short and not ending as a sentence of prose does (or a Markdown heading). */
function isHeadlineLike(text: string): boolean {
  if (isMarkdownHeading(text)) return true;
  const line = withoutMarkup(text);
  return wordCount(line) <= HEADLINE_MAX_WORDS && !/[.:;,…]["'”’»)\]]*$/.test(line) && findDateline(line) === 0;
}

/** A line that can be a crosshead: a short title without final punctuation or quotation marks (or a Markdown heading). */
function isCrossheadLike(text: string): boolean {
  if (isMarkdownHeading(text)) return true;
  const line = withoutMarkup(text);
  return /^\p{Lu}/u.test(line) && !endsLikeSentence(line) && wordCount(line) <= CROSSHEAD_MAX_WORDS;
}

/** True when a text holds a single sentence (no ". X" boundary inside). */
function isOneSentence(text: string): boolean {
  return !/[.!?]["'”’»]?\s+["'“‘]?\p{Lu}/u.test(text.slice(0, -1));
}

/**
 * Finds the blocks of an article: every non-empty line belongs to exactly one block, blocks are
 * sorted, do not overlap and cover trimmed text (no leading or trailing white space). Handles LF,
 * CRLF and CR line breaks and a missing final newline.
 */
export function detectBlocks(text: string): Block[] {
  const paragraphs = groupParagraphs(splitLines(text));
  const kinds: BlockKind[] = paragraphs.map((p) => (p.role === 'prose' ? 'paragraph' : p.role));
  const firstProse = paragraphs.findIndex((p) => p.role === 'prose');
  const nextProse = nextProseIndices(paragraphs);

  // The head: a headline (and its repeats), then standfirsts, until the story starts.
  let storyStart = firstProse;
  if (firstProse >= 0 && isHeadlineLike(paragraphs[firstProse].text)) {
    const headline = paragraphs[firstProse].text;
    kinds[firstProse] = 'headline';
    storyStart = firstProse + 1;
    let standfirsts = 0;
    for (let i = firstProse + 1; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      if (p.role !== 'prose') continue;
      const restHasProse = nextProse[i] >= 0;
      if (p.text === headline) kinds[i] = 'headline';
      else if (standfirsts === 0 && restHasProse && findDateline(p.text) === 0 && !isMarkdownHeading(p.text) && (isHeadlineLike(p.text) || (wordCount(p.text) <= STANDFIRST_MAX_WORDS && (bylineFollows(paragraphs, i) || (isOneSentence(p.text) && paragraphs[nextProse[i]].text.length >= p.text.length * 0.8 && !isCrossheadLike(paragraphs[nextProse[i]].text)))))) {
        kinds[i] = 'standfirst';
        standfirsts++;
      } else break;
      storyStart = i + 1;
    }
  }

  // The story: crossheads between paragraphs.
  for (let i = Math.max(storyStart, 1); i < paragraphs.length; i++) {
    if (kinds[i] !== 'paragraph' || !isCrossheadLike(paragraphs[i].text)) continue;
    if (nextProse[i] >= 0) kinds[i] = 'crosshead';
  }

  const blocks: Block[] = [];
  let datelineSeen = false;
  paragraphs.forEach((p, i) => {
    if (kinds[i] === 'paragraph' && !datelineSeen) {
      datelineSeen = true;
      const length = findDateline(p.text);
      if (length > 0) {
        const datelineEnd = p.start + p.text.slice(0, length).trimEnd().length;
        blocks.push({ start: p.start, end: datelineEnd, kind: 'dateline' });
        blocks.push({ start: p.start + length, end: p.end, kind: 'paragraph' });
        return;
      }
    }
    blocks.push({ start: p.start, end: p.end, kind: kinds[i] });
  });
  return blocks;
}

/**
 * True when a byline comes right after paragraph i: the story starts after it, so a short
 * paragraph between the headline and the byline sums the story up, in one sentence or two ("The
 * first tanker in 14 months docks …" / "Published On 18 Jun 2026").
 */
function bylineFollows(paragraphs: Paragraph[], i: number): boolean {
  return paragraphs[i + 1]?.role === 'byline';
}

/** For each paragraph, the index of the next prose paragraph after it, or -1. */
function nextProseIndices(paragraphs: Paragraph[]): number[] {
  const next = new Array<number>(paragraphs.length).fill(-1);
  for (let i = paragraphs.length - 2; i >= 0; i--) next[i] = paragraphs[i + 1].role === 'prose' ? i + 1 : next[i + 1];
  return next;
}

/** The text-bearing kinds: what a reader reads as the story (sentences, quotes and claims live here). */
export function isTextBlock(kind: BlockKind): boolean {
  return kind === 'headline' || kind === 'standfirst' || kind === 'paragraph' || kind === 'crosshead';
}
