/**
 * Natural features listed before one plural head share it: "the Totten and Denman glaciers", "the
 * Tigris and Euphrates rivers", "the Indian and Pacific Oceans"; so do administrative areas before
 * their plural in lower case: "the Central, Uva and Southern provinces". Each listed name is a
 * place of its own, whatever its look alone says ("Indian" is no nationality there, "Ross" no
 * person, "Central" no adjective).
 */
import { isPluralArea, isPluralFeature } from './headWords';
import { isCapitalisedWord, startsLowerCase } from './letterCase';
import type { NameWord } from './nameWords';
import type { NameMention } from './recogniseNames';

/** True for a capitalised word of letters ("Denman", "Euphrates"). */
function isCapitalisedNameWord(w: NameWord | undefined): boolean {
  return w !== undefined && isCapitalisedWord(w.text);
}

/**
 * The mentions with every name listed before a plural natural feature typed PLACE: each name word
 * of "A and B glaciers" or "A, B and C rivers" becomes a place (the last one keeps a capitalised
 * head: "Pacific Oceans"), replacing whatever mention covered it.
 */
export function joinSharedFeatureHeads(text: string, words: NameWord[], mentions: NameMention[]): NameMention[] {
  const places: NameWord[] = [];
  for (let k = 0; k + 3 < words.length; k++) {
    const head = words[k + 3].text;
    if (words[k + 1].text !== 'and' || !isCapitalisedNameWord(words[k]) || !isCapitalisedNameWord(words[k + 2]) || !(isPluralFeature(head) || isPluralArea(head))) continue;
    const listed = [words[k]];
    for (let j = k - 2; j >= 0 && words[j + 1].text === ',' && isCapitalisedNameWord(words[j]); j -= 2) listed.push(words[j]);
    // A lower-case head leaves the last name alone ("Denman"); a capitalised one is part of it ("Pacific Oceans").
    if (startsLowerCase(head)) listed.push(words[k + 2]);
    places.push(...listed);
  }
  if (!places.length) return mentions;
  const covered = (m: NameMention): boolean => places.some((w) => m.start <= w.start && w.end <= m.end);
  const out = mentions.filter((m) => !covered(m));
  for (const w of places) out.push({ start: w.start, end: w.end, text: text.slice(w.start, w.end), type: 'PLACE', canonical: null, words: [w.text], hint: null, initial: w.sentenceInitial, weak: false });
  return out.sort((a, b) => a.start - b.start);
}
