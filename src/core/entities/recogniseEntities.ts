/**
 * Recognises every entity mention of one article: people, organisations, places and nationalities
 * (recogniseNames + resolveNameKeys) and dates, numbers, money and percentages
 * (recogniseValues), merged into one sorted list of non-overlapping mentions.
 */
import type { TokenizedText } from '../nlp/engine';
import type { Block, Entity } from '../types';
import { recogniseValues } from '../values/recogniseValues';
import { joinHyphenatedNames } from './joinHyphenatedNames';
import { buildNameWords } from './nameWords';
import { recogniseNames } from './recogniseNames';
import { resolveNameKeys } from './resolveNameKeys';

/**
 * Every entity mention of `text`, sorted by start and non-overlapping (a name wins over a value it
 * overlaps). `key` is the same for every mention of one entity ("sergey lavrov" for "Lavrov" and
 * "Sergey Lavrov"); `canonical` is the fullest form the text gives. `blocks` are accepted for the
 * layout (the recogniser also finds Title Case lines itself, so it works without them).
 */
export function recogniseEntities(text: string, tokens: TokenizedText, _blocks: Block[]): Entity[] {
  const names = resolveNameKeys(text, recogniseNames(text, joinHyphenatedNames(text, buildNameWords(text, tokens))));
  const values = recogniseValues(text, tokens);
  const all = [...names, ...values].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
