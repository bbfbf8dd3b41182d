/**
 * A news article repeats its own quotes. The headline gives a few words of the remark the body
 * quotes whole (Growers say drought aid 'a drop in the ocean'), the standfirst or the lead runs a
 * clause of it into the reporter's sentence, and the body then quotes it with its reporting clause. Each
 * echo is the same utterance as the remark it repeats, however differently another outlet
 * translated the remark or its headline: so an echo joins the group of its remark, and a remark
 * no other outlet's wording reached joins the group its echo found (see groupQuotes.ts).
 *
 * An echo is a shorter quote of the same article whose words run, in order and without a gap,
 * inside one longer quote elsewhere in the article (word by word, by spelling or by sense: "don't
 * need" for "do not need"), credited to the same speaker or to nobody; a quote inside a quote is
 * no echo but what someone told the speaker. A quote of one content word echoes only a
 * remark credited to the same named speaker: alone, one word could come from anywhere. A quote
 * that runs inside two remarks, neither inside the other, belongs to neither: the speaker used
 * the phrase twice.
 */
import type { Word } from './readWords';

/** What an echo is recognised by: a quote's source, its words and whether it has a speaker. */
export interface EchoQuote {
  source: number;
  words: Word[];
  hasSpeaker: boolean;
}

/** Content words below which a quote is an echo only of a named speaker's remark. */
const NAMED_ONLY_BELOW = 2;

/** True when two words say the same in one article's wordings: one spelling or one sense. */
function sameWord(a: Word, b: Word): boolean {
  return a.spelling === b.spelling || a.sense === b.sense;
}

/** True when `short` runs, in order and without a gap, inside `long` (see {@link sameWord}). */
function runsWithin(short: Word[], long: Word[]): boolean {
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((w, k) => sameWord(w, long[start + k]))) return true;
  }
  return false;
}

/**
 * True when quote `host` may hold quote `echo`: longer, or as long and later in the article, and
 * not around it (a quote inside a quote is what someone told the speaker: another utterance).
 */
function mayHold(quotes: EchoQuote[], echo: number, host: number): boolean {
  const e = quotes[echo].words;
  const h = quotes[host].words;
  if (e[0].start >= h[0].start && e[e.length - 1].end <= h[h.length - 1].end) return false;
  return h.length > e.length || (h.length === e.length && h[0].start > e[0].start);
}

/**
 * The remark each echo repeats, as indices into `quotes`: echo → host (see the file comment).
 * `sameSpeaker(i, j)` tells whether two quotes of one source may be one speaker's: credited to
 * one speaker, or one of them to nobody.
 */
export function findEchoes(quotes: EchoQuote[], sameSpeaker: (i: number, j: number) => boolean): Map<number, number> {
  // Each quote's distinct content senses, read once for both passes.
  const sensesOf = quotes.map((q) => [...new Set(q.words.filter((w) => w.content).map((w) => w.sense))]);
  // Quotes by source and content sense: an echo's host shares its rarest sense in the article.
  const bySense = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const sense of sensesOf[i]) {
      const key = `${q.source}\u0000${sense}`;
      const list = bySense.get(key);
      if (list) list.push(i);
      else bySense.set(key, [i]);
    }
  });
  const echoes = new Map<number, number>();
  quotes.forEach((q, i) => {
    const content = sensesOf[i];
    if (content.length === 0) return;
    const named = content.length < NAMED_ONLY_BELOW;
    const lists = content.map((sense) => bySense.get(`${q.source}\u0000${sense}`) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    const hosts = rarest.filter(
      (h) =>
        h !== i && mayHold(quotes, i, h) && (!named || (q.hasSpeaker && quotes[h].hasSpeaker)) && sameSpeaker(i, h) && runsWithin(q.words, quotes[h].words),
    );
    if (hosts.length === 0) return;
    const longest = hosts.reduce((a, b) => (quotes[b].words.length > quotes[a].words.length ? b : a));
    if (hosts.every((h) => h === longest || runsWithin(quotes[h].words, quotes[longest].words))) echoes.set(i, longest);
  });
  return echoes;
}
