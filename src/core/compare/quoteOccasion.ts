/**
 * When and where a quote was said, as far as the paragraph around it tells: the days of the week
 * the reporter names there ("On Wednesday he ordered all ferries to stay in port. 'No boat will
 * leave…'", "the minister, who toured the site on Tuesday, said"), whether it was before or after
 * the match, the race or the vote ("speaking before the match", "told reporters after the game"),
 * the part of the day ("at an evening briefing", "on Monday morning"), and the setting ("told a
 * press conference", "told local radio", "said in an interview", "told the Senate", "said at the
 * scene": only where the speaker spoke, not where others were). A running story quotes one speaker
 * again and again on one topic, and the remarks of two occasions are worded alike ("we have
 * confirmed 15 dead", then "we have now found 17 dead"; "we can win here" before the match, "we
 * knew we could win here" after it); two outlets quoting one remark place it on one occasion, or
 * one of them says nothing of it. So two quotes whose paragraphs both tell one thing of the
 * occasion (the day, the phase, the part of the day or the setting), and tell it differently, were
 * said on different occasions and are not one utterance.
 *
 * Only the reporter's words count: a day or a match inside a quote is what the speaker talked
 * about ("the port reopens on Monday"), not when they spoke. A paragraph ends at a blank line.
 */
import type { Span } from '../types';

/**
 * What the reporter's words may tell of an occasion, each one thing (the day, the phase, the part
 * of the day, the setting) and the patterns that give its values: the first group of a match, or
 * the value named after the pattern.
 */
const ASPECTS: Array<{ aspect: string; patterns: Array<[RegExp, string | null]> }> = [
  { aspect: 'day', patterns: [[/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, null]] },
  {
    aspect: 'phase',
    patterns: [
      [/\b(?:before|ahead of|on the eve of)\s+(?:the|this|their|his|her|Sunday's|Saturday's)?\s*(?:match|game|race|fight|final|kick-off|tie|vote|verdict)\b/gi, 'before'],
      [/\bpre-(?:match|game|race|fight)\b/gi, 'before'],
      [/\b(?:after|following)\s+(?:the|this|their|his|her)?\s*(?:match|game|race|fight|final|final whistle|win|victory|defeat|loss|draw|vote|verdict)\b/gi, 'after'],
      [/\bpost-(?:match|game|race|fight)\b/gi, 'after'],
    ],
  },
  {
    aspect: 'time',
    patterns: [
      [/\b(morning|afternoon|evening)\b/gi, null],
      [/\b(?:last|that|on \w+day|at) night\b/gi, 'evening'],
    ],
  },
  {
    aspect: 'setting',
    patterns: [
      [/\b(?:press|news) conference\b|\bbriefing\b/gi, 'conference'],
      // Radio as where one spoke ("told local radio", "on state radio", "to a radio station"), not
      // a set on board ("the ferry had no working radio").
      [/\b(?:told|on|to|with)\s+(?:(?:a|the|local|state|national|public|provincial|regional|community)\s+)*radio\b|\bradio interview\b/gi, 'radio'],
      [/\b(?:an|the|this|a television|a TV|a radio) interview\b|\binterview with\b/gi, 'interview'],
      // A chamber addressed ("told parliament", "before the Senate committee", "at the hearing"),
      // not a word of another sense ("an assembly plant", "hearing voices").
      [/\b(?:told|in|before|to|addressing|at)\s+(?:the\s+)?(?:parliament|senate|congress|national assembly|committee|hearing)\b/gi, 'chamber'],
      // The scene as where one spoke ("told reporters at the scene", "speaking at the site"), not
      // where others were ("60 firefighters were still at the scene", "relatives arrived at the site").
      [/\b(?:said|says|told|tells|spoke|speaks|speaking|talking|talked|added|warned)\b(?:\s+[\p{L}'’]+){0,3}?\s+at the (?:scene|site)\b/giu, 'scene'],
    ],
  },
];

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** The offsets where the paragraphs of `text` start, in order (the first at 0). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/**
 * What the reporter's words (`text` from `start` to `end`, outside every one of `quotes`) tell of
 * the occasion, as "aspect:value" marks ("day:monday", "phase:after", "setting:radio").
 */
function marksIn(text: string, start: number, end: number, quotes: readonly Span[]): Set<string> {
  const slice = text.slice(start, end);
  const marks = new Set<string>();
  for (const { aspect, patterns } of ASPECTS) {
    for (const [pattern, value] of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
        const at = start + m.index;
        if (!quotes.some((q) => q.start <= at && at < q.end)) marks.add(`${aspect}:${(value ?? m[1]).toLowerCase()}`);
      }
    }
  }
  return marks;
}

/**
 * For each of `quotes` (the quotes of `text`), what the reporter's words of its paragraph tell of
 * the occasion it was said on (see the file comment), as "aspect:value" marks in lower case.
 */
export function occasionMarks(text: string, quotes: readonly Span[]): Array<Set<string>> {
  const starts = paragraphStarts(text);
  // The marks of each paragraph, read once however many quotes it holds.
  const byParagraph = new Map<number, Set<string>>();
  const marksOf = (p: number): Set<string> => {
    let marks = byParagraph.get(p);
    if (!marks) {
      marks = marksIn(text, starts[p], starts[p + 1] ?? text.length, quotes);
      byParagraph.set(p, marks);
    }
    return marks;
  };
  return quotes.map((quote) => {
    let p = 0;
    while (p + 1 < starts.length && starts[p + 1] <= quote.start) p++;
    return marksOf(p);
  });
}

/** The aspects of an occasion a set of marks tells something of. */
function aspectsOf(marks: ReadonlySet<string>): Set<string> {
  return new Set([...marks].map((mark) => mark.slice(0, mark.indexOf(':'))));
}

/**
 * True when two quotes' occasion marks ({@link occasionMarks}) tell one aspect of the occasion
 * both, with no value in common: two days, before and after the match, morning and evening, radio
 * and a press conference (see the file comment).
 */
export function differentOccasions(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const inB = aspectsOf(b);
  for (const aspect of aspectsOf(a)) {
    if (!inB.has(aspect)) continue;
    const prefix = `${aspect}:`;
    if (![...a].some((mark) => mark.startsWith(prefix) && b.has(mark))) return true;
  }
  return false;
}
