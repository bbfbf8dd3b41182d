/**
 * Synonyms from Princeton WordNet 3.1 (generated at build time by scripts/generate-synonyms.mjs;
 * data under the WordNet licence, see THIRD_PARTY_NOTICES.md). Two outlets translating one remark
 * pick different words of one meaning: a minister's "catastrophe" is another paper's "tragedy",
 * "ready" another's "prepared". Two words are synonyms here when they share a synset that is among
 * the first two senses of each (WordNet orders a word's senses most frequent first), so that a rare
 * sense ("fire" as dismissing someone) makes no synonym of a common word.
 *
 * Words are looked up by stem ({@link stemWord}), as quotes are compared: "prepared", "prepares" and
 * "preparing" meet "ready" through the verb "prepare". The data is read as a JSON module (no file
 * system at run time: the core runs in a browser too) and indexed on first use.
 */
import data from './generated/synonyms.json';
import type { Word } from './readWords';
import { stemWord } from './stemWord';

/** Synset numbers by stem, built on first use. */
let synsetsByStem: Map<string, readonly number[]> | undefined;

/** The index of synsets by stem (see the file comment). */
function index(): Map<string, readonly number[]> {
  if (synsetsByStem) return synsetsByStem;
  const byStem = new Map<string, number[]>();
  data.synsets.split('\n').forEach((line, synset) => {
    // Members of one stem ("abandon" / "abandonment") make no synonym of each other.
    const stems = new Set(line.split(' ').map(stemWord));
    if (stems.size < 2) return;
    for (const stem of stems) {
      const list = byStem.get(stem);
      if (list) list.push(synset);
      else byStem.set(stem, [synset]);
    }
  });
  synsetsByStem = byStem;
  return byStem;
}

/** The one empty list every word without synsets shares: comparing articles asks for it millions of times. */
const NO_SYNSETS: readonly number[] = Object.freeze([]);

/** The WordNet synsets a word's stem holds among its first senses (empty when none). */
export function synsetsOf(word: Word): readonly number[] {
  return index().get(word.stem) ?? NO_SYNSETS;
}

/** True when two content words of different stems share a synset among their first senses. */
export function areSynonyms(a: Word, b: Word): boolean {
  if (!a.content || !b.content || a.stem === b.stem) return false;
  const sa = synsetsOf(a);
  if (sa.length === 0) return false;
  const sb = synsetsOf(b);
  // A plain loop: this runs for every pair of content words two quotes compare, and a closure per call adds up.
  for (const s of sa) if (sb.includes(s)) return true;
  return false;
}
