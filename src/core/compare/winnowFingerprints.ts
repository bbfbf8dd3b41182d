/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): hash every run of K consecutive words,
 * then keep, in each window of W consecutive hashes, the smallest one. Two texts that share a
 * verbatim run of at least K + W - 1 words are guaranteed to share a kept fingerprint, while only
 * about 2 / (W + 1) of the hashes are kept. It finds copied wording (agency copy reused, a quote
 * printed identically) however common its words are, where term weights would not.
 */

/** Words per hashed run. */
export const SHINGLE_WORDS = 4;
/** Hashes per window; shared runs of SHINGLE_WORDS + WINDOW - 1 = 8 words are always caught. */
export const WINDOW = 5;

/** The 32-bit FNV-1a offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** The FNV-1a hash of `SHINGLE_WORDS` words from `first`, joined by spaces, without building the string. */
function hashShingle(words: string[], first: number): number {
  let h = FNV_OFFSET;
  for (let k = first; k < first + SHINGLE_WORDS; k++) {
    if (k > first) h = Math.imul(h ^ 0x20, FNV_PRIME);
    const word = words[k];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** The winnowed fingerprints of a word sequence (folded words), without repeats. */
export function winnowFingerprints(words: string[]): number[] {
  if (words.length < SHINGLE_WORDS) return [];
  const hashes = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashShingle(words, i);
  const kept = new Set<number>();
  if (hashes.length <= WINDOW) {
    kept.add(Math.min(...hashes));
    return [...kept];
  }
  for (let i = 0; i + WINDOW <= hashes.length; i++) {
    let min = hashes[i];
    for (let j = i + 1; j < i + WINDOW; j++) if (hashes[j] < min) min = hashes[j];
    kept.add(min);
  }
  return [...kept];
}
