/**
 * Law firms and partnerships are written as lists of partners closed by an ampersand ("Baker,
 * Finch & Lowe"); the recogniser reads them as separate names, and this joins them back.
 */
import { lookupName } from './gazetteer';
import type { NameMention } from './recogniseNames';

/**
 * Joins the partners listed before an ampersand firm into it: "Baker, Finch & Lowe" is one law
 * firm, read first as "Baker" and "Finch & Lowe". Only unknown single words join (a known place
 * or a nationality in a list stays apart).
 */
export function joinPartnerships(text: string, mentions: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const m of mentions) {
    let firm = m;
    if (m.type === 'ORG' && m.text.includes('&')) {
      while (out.length) {
        const partner = out[out.length - 1];
        if (text.slice(partner.end, firm.start) !== ', ' || partner.words.length !== 1 || partner.canonical !== null || partner.type === 'OTHER' || lookupName(partner.text)) break;
        out.pop();
        firm = { ...firm, start: partner.start, text: text.slice(partner.start, firm.end), words: [...partner.words, ...firm.words], initial: partner.initial };
      }
    }
    out.push(firm);
  }
  return out;
}
