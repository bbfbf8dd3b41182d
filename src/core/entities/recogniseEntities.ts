/**
 * Recognises every entity mention of one article: people, organisations, places and nationalities
 * (recogniseNames + resolveNameKeys) and dates, numbers, money and percentages
 * (recogniseValues), merged into one sorted list of non-overlapping mentions; the names' types are
 * the rules' where the learned typer is not confident that they are wrong (retypeByModel).
 */
import type { TokenizedText } from '../nlp/engine';
import type { Block, Entity } from '../types';
import { recogniseValues } from '../values/recogniseValues';
import { joinHyphenatedNames } from './joinHyphenatedNames';
import { addNameCues } from './nameCues';
import { retypeByModel } from './learned/entityTyper';
import { buildNameWords } from './nameWords';
import { recogniseNames } from './recogniseNames';
import { resolveNameKeys } from './resolveNameKeys';
import type { RuledEntity } from './rulesEvidence';

/**
 * Every entity mention of `text`, sorted by start and non-overlapping (a name wins over a value it
 * overlaps). `key` is the same for every mention of one entity ("sergey lavrov" for "Lavrov" and
 * "Sergey Lavrov"); `canonical` is the fullest form the text gives. `blocks` are accepted for the
 * layout (the recogniser also finds Title Case lines itself, so it works without them).
 */
export function recogniseEntities(text: string, tokens: TokenizedText, _blocks: Block[]): Entity[] {
  return retypeByModel(text, recogniseEntitiesByRules(text, tokens), tokens.tokens);
}

/**
 * The entity mentions of `text` as recogniseEntities gives them, with the names typed by the
 * hand-written rules alone, each with what its type rests on and what the words around it
 * suggest: what the learned typer is trained on and corrects.
 */
export function recogniseEntitiesByRules(text: string, tokens: TokenizedText): RuledEntity[] {
  const words = joinHyphenatedNames(text, buildNameWords(text, tokens));
  const names = resolveNameKeys(text, recogniseNames(text, words));
  addNameCues(names, words);
  const values = recogniseValues(text, tokens);
  const all = [...names, ...values].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RuledEntity[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}
