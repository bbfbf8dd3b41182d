/**
 * Long names with function words and commas inside ("Intergovernmental Panel on Climate Change",
 * "National Union of Rail, Maritime and Transport Workers") are read by the recogniser in pieces,
 * because "on", "and" or a comma may as well separate two names. News English settles the
 * question when it introduces the whole: a bracketed acronym after it spells its initials
 * ("… Climate Change (IPCC)"). This joins the pieces of such a name into one organisation, there
 * and wherever the text repeats the whole name.
 */
import { isPlaceHead } from './headWords';
import { startsUpperCase } from './letterCase';
import type { NameMention } from './recogniseNames';

/** Small words that may stand inside a name without spelling a letter of its acronym. */
const LINK_WORDS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'del', 'di', 'da', 'und', 'et', 'y', '&']);

/** A word or comma before a bracketed acronym, with its place in the text. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

const WORD_OR_COMMA = /[\p{L}\p{M}][\p{L}\p{M}\p{Pd}'’.]*|,|&/gu;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,9}$/u;

/** The words and commas of the text from `from` to `to`, in order. */
function piecesBetween(text: string, from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  for (const m of text.slice(from, to).matchAll(WORD_OR_COMMA)) {
    const start = from + (m.index ?? 0);
    pieces.push({ text: m[0].replace(/['’]s?$/, ''), start, end: start + m[0].length });
  }
  return pieces;
}

/** The letters a word gives an acronym: its initial, and each capital after a hyphen ("Asia-Pacific" → AP). */
function lettersOf(word: string): string {
  return word
    .split(/\p{Pd}/u)
    .filter((part) => startsUpperCase(part))
    .map((part) => part.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * The start of the name a bracketed acronym introduces, when the capitalised words (and links and
 * commas between them) just before the bracket spell it, or -1. The search goes back word by word
 * and stops at the first lower-case word that is no link, so it never crosses into the sentence.
 */
function introducedNameStart(text: string, bracket: number, acronym: string): number {
  const pieces = piecesBetween(text, Math.max(0, bracket - 160), bracket);
  let letters = '';
  for (let k = pieces.length - 1; k >= 0; k--) {
    const word = pieces[k].text;
    if (word === ',' || (LINK_WORDS.has(word.toLowerCase()) && !startsUpperCase(word))) continue;
    if (!startsUpperCase(word)) return -1;
    letters = lettersOf(word) + letters;
    // The name opens on a capitalised word, with no link or comma left dangling before it.
    if (letters === acronym) return pieces[k].start;
    if (!acronym.endsWith(letters)) return -1;
  }
  return -1;
}

/**
 * Joins the pieces of names introduced by a bracketed acronym ("Intergovernmental Panel on Climate
 * Change (IPCC)") into one organisation mention, and the same pieces wherever the text repeats the
 * whole name. Mentions are returned in reading order.
 */
export function joinIntroducedNames(text: string, mentions: NameMention[]): NameMention[] {
  const wholes = new Set<string>();
  for (const m of mentions) {
    if (!ACRONYM.test(m.text) || !/\(\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) || !/^\s*\)/.test(text.slice(m.end, m.end + 3))) continue;
    const bracket = text.lastIndexOf('(', m.start);
    const start = introducedNameStart(text, bracket, m.text.replace(/&/g, ''));
    // (Emphasis or a quotation closing before the bracket is no part of the name: "*Journal of Ocean Health* (JOH)".)
    const whole = start < 0 ? '' : text.slice(start, bracket).replace(/[\s*_"”»]+$/u, '');
    // A name of one word needs no joining; two are joined whenever they were one piece, but a
    // person's shape may have typed them ("Pakatan Harapan (PH)"): nobody is introduced by initials.
    if (whole.split(/\s+/).length >= 2) wholes.add(whole);
  }
  let out = mentions;
  for (const whole of wholes) out = joinEvery(text, out, whole);
  return out;
}

/** Replaces the mentions inside every occurrence of `whole` in the text by one organisation mention. */
function joinEvery(text: string, mentions: NameMention[], whole: string): NameMention[] {
  let out = mentions;
  for (let at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + whole.length)) {
    const end = at + whole.length;
    const inside = out.filter((m) => m.start >= at && m.end <= end);
    const crossing = out.some((m) => m.start < end && m.end > at && !(m.start >= at && m.end <= end));
    // (A name the gazetteer or a place's closing head typed keeps its type: "United Arab Emirates
    // (UAE)", "Tarrow Bay (TB)"; one a place's opener typed is the body its initials say it is:
    // "Central Unitaria de Trabajadores (CUT)".)
    const placeByHead = inside[0]?.type === 'PLACE' && isPlaceHead(inside[0].words[inside[0].words.length - 1] ?? '');
    const known = inside.length === 1 && inside[0].text === whole && (inside[0].type === 'ORG' || placeByHead || inside[0].canonical !== null);
    if (crossing || inside.length === 0 || known) continue;
    const joined: NameMention = {
      start: at,
      end,
      text: whole,
      type: 'ORG',
      canonical: null,
      words: piecesBetween(text, at, end).map((p) => p.text).filter((w) => startsUpperCase(w)),
      hint: null,
      initial: inside[0].start === at && inside[0].initial,
      weak: false,
    };
    out = [...out.filter((m) => !inside.includes(m)), joined].sort((a, b) => a.start - b.start);
  }
  return out;
}
