/**
 * Words as names are written, rebuilt from wink's tokens: wink splits "Thomas-Greenfield",
 * "el-Arish" and "Il-76" at the hyphen, and a name is read word by word, so tokens written with
 * nothing between them around a hyphen are joined back into one word (but "London-based" is a
 * name and a word). A hyphen between two
 * known places or nationalities ("Armenia-Azerbaijan", "Israeli-Palestinian") is a compound of
 * two names, not one name, and is left split, unless the whole is known too ("Guinea-Bissau").
 */
import type { Token, TokenizedText } from '../nlp/engine';
import { isDemonym, isGivenNameAbbreviation, lookupName } from './gazetteer';
import { startsLowerCase, startsUpperCase } from './letterCase';
import { isTitleWord } from './titles';

/** One word of the text with what the recogniser needs to know about it. */
export interface NameWord {
  start: number;
  end: number;
  text: string;
  /** wink's part of speech of the word's first token. */
  pos: string;
  /** True for the first word of a sentence or line (its capital says nothing). */
  sentenceInitial: boolean;
  /** True when the word stands in a line written in Title Case (a headline or crosshead). */
  inTitleCaseLine: boolean;
  /** True when the word stands in a line written all in capitals, where case tells nothing. */
  inCapitalsLine: boolean;
}

// Regular expressions with Unicode classes, made once: a bundle for Node turns a literal into a
// `new RegExp` at each evaluation.
const LETTER = /\p{L}/u;
const STARTS_LETTER_OR_DIGIT = /^[\p{L}\d]/u;
/**
 * A sentence's last characters: a full stop, question or exclamation mark after a word or a
 * number, and perhaps a closing quotation mark. Tested on a line's last four characters once its
 * blanks are trimmed (see {@link endsLikeSentence}), never scanned over the whole line.
 */
const SENTENCE_END = /[\p{L}\d)][.!?]["”’']?$/u;
const HYPHENS = new Set(['-', '‐', '‑']);
/** The dashes that close a dateline ("LONDON, March 3 (Reuters) -"): single characters, as OPENS_SENTENCE's. */
const DASHES = new Set(['-', '–', '—']);
/** Lower-case links inside hyphenated place names ("Hay-on-Wye", "Châlons-en-Champagne", "Bouches-du-Rhône"). */
const HYPHEN_LINKS = new Set(['on', 'upon', 'en', 'sur', 'sous', 'le', 'la', 'lès', 'les', 'am', 'an', 'der', 'in', 'by', 'under', 'de', 'du', 'des', 'del', 'di']);

/** True when the link token at `at` is followed, glued, by a hyphen and a capitalised word ("-on-Wye"). */
function gluedLink(tokens: TokenizedText['tokens'], at: number): boolean {
  const hyphen = tokens[at + 1];
  const word = tokens[at + 2];
  return hyphen !== undefined && word !== undefined && hyphen.start === tokens[at].end && HYPHENS.has(hyphen.value) && word.start === hyphen.end && startsUpperCase(word.value);
}

/** The four points of the compass, which join into one word around a hyphen ("South-east"). */
const COMPASS = /^(north|south|east|west)$/i;
/** Two syllables of a Korean given name, the second in lower case ("Jong" + "un", "Seung" + "woo"). */
const KOREAN_SYLLABLES = /^\p{Lu}\p{Ll}{1,4}$/u;
/** Short English words written after a hyphen ("Iran-led", "Oslo-born", "Hamas-run"), never a name's syllable. */
const HYPHENATED_ENGLISH = /^(led|run|born|made|held|owned|era|wide|free|like|type|size|only|bred|fed|hit|tied|set)$/;

/**
 * True when the tokens from `at` are a Korean given name after a surname: "Kim Jong-un", "Lee
 * Jae-yong", "Moon Jae-in" (two short syllables, the second in lower case and no English word),
 * not "Iran-led" or "Oslo-born".
 */
function isKoreanGivenName(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  const second = tokens[at + 2]?.value ?? '';
  return before !== undefined && KOREAN_SYLLABLES.test(before.value) && before.end < tokens[at].start && KOREAN_SYLLABLES.test(tokens[at].value) && /^\p{Ll}{1,4}$/u.test(second) && !HYPHENATED_ENGLISH.test(second);
}

function isKnownPiece(piece: string): boolean {
  return isDemonym(piece) || lookupName(piece)?.type === 'PLACE';
}

/** True when the gazetteer knows two known pieces joined by their hyphen as one name: "Guinea-Bissau", "Austria-Hungary". */
function isKnownWhole(text: string, start: number, end: number): boolean {
  return lookupName(text.slice(start, end)) !== undefined;
}

/** Tokens after which a word opens a sentence: quotation marks, a colon, a full stop (single characters: a longer word is not looked up). */
const OPENS_SENTENCE = new Set(['"', '“', '‘', "'", '«', '„', ':', '.', '!', '?']);

/** True when only blanks and Markdown marks ("#", ">", "*", "+", "-") stand before `at` on its line (looking 8 characters back). */
function atLineStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '#' && c !== '>' && c !== '*' && c !== '+' && c !== '-' && ((c > ' ' && c < '\x7f') || !/\s/.test(c))) return false;
  }
  // Eight blanks or marks in a row count as a line's indentation.
  return true;
}

/** True when the character at `at` is a letter (ASCII answered without a regular expression). */
function isLetter(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  const c = code | 32;
  if (c >= 97 && c <= 122) return true;
  if (code < 128) return false;
  // A letter outside the Basic Multilingual Plane is a surrogate pair: test the whole pair.
  if (code >= 0xdc00 && code <= 0xdfff) return LETTER.test(s.slice(at - 1, at + 1));
  if (code >= 0xd800 && code <= 0xdbff) return LETTER.test(s.slice(at, at + 2));
  return LETTER.test(s.charAt(at));
}

/** A word of four letters or more, as a headline's words are counted. */
const HEADLINE_WORD = /[\p{L}][\p{L}'’-]{3,}/gu;
/** Short words that stay in lower case in Title Case headlines. */
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'over', 'that', 'this', 'after', 'about', 'amid', 'than', 'upon', 'onto', 'when', 'will', 'what', 'says', 'said']);

/**
 * A sentence's end inside a line, before the next one: "on Thursday. © Ole". The word of four
 * letters or more before the stop is read behind it: written as one pattern,
 * `(\p{L}{3}\p{Ll})[.!?]["”’']?\s+\S`, V8 takes about a second of CPU to compile it the first time
 * it meets a text outside Latin-1 (one with curly quotation marks: most news), against milliseconds
 * for this one.
 */
const INNER_SENTENCE_END = /(?<=(\p{L}{3}\p{Ll}))[.!?]["”’']?\s+\S/gu;

/**
 * True when a sentence ends inside the line, so that the line is prose, however many names it
 * holds (a caption and its credit: "Photo: … in Wolfsburg on Thursday. © Ole Brandstetter/dpa").
 * A title's abbreviation is no sentence's end ("Prof. Ada Lind Wins Award"); a word reaching back
 * into the end read before it is not read again ("Prof. Adam. Lind": the "A" went with "Prof.").
 */
function holdsSentenceEnd(line: string): boolean {
  let readTo = 0;
  INNER_SENTENCE_END.lastIndex = 0;
  for (let m = INNER_SENTENCE_END.exec(line); m; m = INNER_SENTENCE_END.exec(line)) {
    if (m.index - m[1].length < readTo) {
      INNER_SENTENCE_END.lastIndex = m.index + 1;
      continue;
    }
    if (!isTitleWord(`${m[1]}.`) && !/^Sept$/i.test(m[1])) return true;
    readTo = INNER_SENTENCE_END.lastIndex;
  }
  return false;
}

/**
 * True when a line ends after a full stop, question or exclamation mark that follows a word or a
 * number (blanks after it aside). Four characters hold such an end, a letter outside the Basic
 * Multilingual Plane and a closing quotation mark included.
 */
function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trimEnd().slice(-4));
}

/**
 * Marks the lines of a text set in Title Case: short lines (headlines, crossheads; not list items)
 * that do not end like a sentence and whose longer words are all capitalised (but for one in a longer line), or
 * mostly capitalised ("Lavrov: US Military Buildup in the Middle East will lead to a tightening…").
 */
function titleCaseLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    // (Three words of four letters or more, with a blank between each, need fourteen characters.)
    if (line.length > 160 || line.length < 14) {
      start += line.length + 1;
      continue;
    }
    // Sentences (even one ending in an acronym, "… in the BMJ."), list items and bylines ("By
    // Yolande Knell in Jerusalem", "Kassel, 20 November – By Katrin Ober") are not headlines.
    if (endsLikeSentence(line) || /^\s*([-*•]|By)\s/.test(line) || /[–—|]\s+By\s/.test(line) || holdsSentenceEnd(line)) {
      start += line.length + 1;
      continue;
    }
    const words = line.match(HEADLINE_WORD) ?? [];
    let lower = 0;
    let capitalised = 0;
    for (const w of words) {
      if (startsUpperCase(w)) capitalised++;
      else if (startsLowerCase(w) && !HEADLINE_LOWER.has(w)) lower++;
    }
    if (words.length >= 3 && (lower === 0 || (lower === 1 && words.length >= 6) || (capitalised >= 4 && capitalised >= lower))) {
      lines.push([start, start + line.length]);
    }
    start += line.length + 1;
  }
  return lines;
}

/** A dateline's town in capitals opening a line, with its province or date after a comma: "PARIS, 9 June ", "HALIFAX ". */
const DATELINE_BEFORE_DASH = /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'-]{2,}(?:,[^\n,]{1,30}){0,2}\s*$/u;

/** True when a dateline opens the line before the dash at `dash` ("VIRAC, Catanduanes —"). */
function datelineBefore(text: string, dash: number): boolean {
  const lineStart = text.lastIndexOf('\n', dash - 1) + 1;
  return dash - lineStart < 60 && DATELINE_BEFORE_DASH.test(text.slice(lineStart, dash));
}

/**
 * Rebuilds words from wink tokens: hyphenated names joined, each word marked as sentence-initial
 * (first of a wink sentence, of a line, or after an opening quotation mark or a colon) and as
 * standing in a Title Case line.
 */
export function buildNameWords(text: string, tokenized: TokenizedText): NameWord[] {
  const { tokens, sentences } = tokenized;
  const opensSentence = new Uint8Array(tokens.length + 1);
  for (const [first] of sentences) opensSentence[first] = 1;
  const titleLines = titleCaseLines(text);
  const capitalsLines = new Set(titleLines.filter(([a, b]) => !/\p{Ll}/u.test(text.slice(a, b))).map(([a]) => a));
  let line = 0;
  const words: NameWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let end = i;
    while (end + 1 < tokens.length && tokens[end + 1].start === tokens[end].end) {
      const next = tokens[end + 1].value;
      const after = tokens[end + 2];
      const glued = after !== undefined && after.start === tokens[end + 1].end;
      if (isLetter(tokens[end].value, tokens[end].value.length - 1) && isLetter(next, 0)) {
        // wink cuts some words at letters it does not know ("Sadikovi" + "ć").
        end += 1;
      } else if (
        glued &&
        HYPHENS.has(next) &&
        STARTS_LETTER_OR_DIGIT.test(after.value) &&
        !(isKnownPiece(tokens[end].value) && isKnownPiece(after.value) && !isKnownWhole(text, tokens[end].start, after.end)) &&
        // "London-based", "Kremlin-backed": a name and a lower-case word are two words
        // (but "South-east", "North-west" are one: a compass point).
        !(startsUpperCase(tokens[end].value) && startsLowerCase(after.value) && !(COMPASS.test(tokens[end].value) && COMPASS.test(after.value)) && !isKoreanGivenName(tokens, end))
      ) {
        end += 2;
      } else if (glued && HYPHENS.has(next) && HYPHEN_LINKS.has(after.value) && startsUpperCase(tokens[end].value) && gluedLink(tokens, end + 2)) {
        // Place names linked by "on", "upon", "en", "sur": "Hay-on-Wye", "Stratford-upon-Avon".
        end += 4;
      } else if (glued && /^['’]$/.test(next) && /\p{L}$/u.test(tokens[end].value) && /^\p{L}{2,}$/u.test(after.value) && !/^(re|ll|ve|nt)$/i.test(after.value)) {
        // An apostrophe inside a name: "Ong'wen", "O'Brien", "N'Djamena".
        end += 2;
      } else if (next === '.' && end === i && isGivenNameAbbreviation(`${tokens[end].value}.`) && after !== undefined && after.start > tokens[end + 1].end && startsUpperCase(after.value)) {
        // An abbreviated given name keeps its full stop: "Ma. Teresa Santos" (Maria), "Wm. Tate".
        end += 1;
      } else if (next === '.' && end === i && startsUpperCase(tokens[end].value) && isTitleWord(`${tokens[end].value}.`) && after !== undefined && after.start > tokens[end + 1].end && startsUpperCase(after.value)) {
        // An abbreviated title keeps its full stop, which ends no sentence: "Det. Ana Ruiz", "Adm.
        // Tom Hale", "Sec. Villacorta" (wink parts the stop from the abbreviations it does not know).
        end += 1;
      } else if (next === '.' && end === i && tokens[i - 1]?.value === ',' && lookupName(`${tokens[end].value}.`)?.type === 'PLACE') {
        // A state abbreviated after its town keeps its full stop: "Madison, Wis. (AP)", "Salem, Ore.".
        end += 1;
      } else if (glued && next === '/' && /^\p{Lu}{2,}$/u.test(tokens[end].value) && /^\p{Lu}{2,}$/u.test(after.value)) {
        // Joint acronyms: "CDU/CSU".
        end += 2;
      } else {
        break;
      }
    }
    const previous = words.length ? words[words.length - 1].text : '';
    // "LONDON, March 3 (Reuters) - Shares fell": the story starts after the dateline's dash.
    // (So it does after "PARIS, 9 June —", "HALIFAX —": a town in capitals opening the line, and a dash.)
    const afterDateline = previous.length === 1 && DASHES.has(previous) && (/\)\s*$/.test(text.slice(Math.max(0, (words[words.length - 2]?.end ?? 0) - 1), words[words.length - 2]?.end ?? 0)) || datelineBefore(text, words[words.length - 1].start));
    // An apostrophe glued to the word before it ends a plural possessive ("Firefighters' Association"), not a sentence.
    const afterPossessive = (previous === "'" || previous === '’') && t.start === words[words.length - 1].end + 1 && LETTER.test(text.charAt(words[words.length - 1].start - 1));
    const afterTitle = previous.length > 1 && previous.endsWith('.') && isTitleWord(previous) && t.start === words[words.length - 1].end + 1;
    const sentenceInitial =
      !afterPossessive && !afterTitle && (opensSentence[i] === 1 || i === 0 || (previous.length === 1 && OPENS_SENTENCE.has(previous)) || afterDateline || atLineStart(text, t.start));
    while (line < titleLines.length && titleLines[line][1] < t.start) line++;
    const inTitleCaseLine = line < titleLines.length && titleLines[line][0] <= t.start;
    const inCapitalsLine = inTitleCaseLine && capitalsLines.has(titleLines[line][0]);
    const value = end === i ? t.value : text.slice(t.start, tokens[end].end);
    words.push({ start: t.start, end: tokens[end].end, text: value, pos: t.pos, sentenceInitial, inTitleCaseLine, inCapitalsLine });
    i = end;
  }
  return words;
}
