/**
 * What the words around each name mention suggest it is, as the rules' own readings of context
 * (nameContext.ts) give it, kept beside the mention for the learned typer: the rules use these
 * readings only where a name's own words say nothing, the typer weighs them against everything
 * else it reads.
 */
import { appositionAfter, hintAfter, hintBefore, reportingVerbAfter } from './nameContext';
import type { NameWord } from './nameWords';
import type { RuledEntity } from './rulesEvidence';

/** The index of the first word that starts at or after `offset` (words.length when none does). */
function firstWordFrom(words: readonly NameWord[], offset: number): number {
  let [low, high] = [0, words.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The cues of one mention spanning words `first` to `last` (inclusive): what hintBefore,
 * hintAfter and appositionAfter read around it, and whether a reporting verb follows.
 */
function cuesAround(words: NameWord[], first: number, last: number): string[] {
  const cues: string[] = [];
  const before = hintBefore(words, first);
  if (before) cues.push(`before:${before}`);
  const after = hintAfter(words, last);
  if (after) cues.push(`after:${after}`);
  const apposition = appositionAfter(words, last);
  if (apposition) cues.push(`apposition:${apposition}`);
  if (reportingVerbAfter(words, last)) cues.push('speaks');
  return cues;
}

/**
 * The name mentions (PERSON, ORG, PLACE) of `entities` whose type the rules did not read from the
 * words, in place, given their cues read from `words` (the name words the rules read the text as);
 * other entities are left as they are (the typer never retypes a name the rules read, so it never
 * needs their cues).
 */
export function addNameCues(entities: RuledEntity[], words: NameWord[]): void {
  for (const entity of entities) {
    if ((entity.type !== 'PERSON' && entity.type !== 'ORG' && entity.type !== 'PLACE') || entity.evidence === 'read') continue;
    const first = firstWordFrom(words, entity.start);
    const last = firstWordFrom(words, entity.end) - 1;
    if (first >= words.length || last < first) continue;
    entity.cues = cuesAround(words, first, last);
  }
}
