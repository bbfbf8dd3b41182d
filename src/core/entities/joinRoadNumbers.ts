/**
 * Roads are named by a head word and a number ("Route 9", "Highway 5", "State Route 14"); numbers
 * stand outside capitalised runs, so the recogniser reads the head alone, and this joins the number
 * back into the place's name.
 */
import type { NameMention } from './recogniseNames';

/** Head words of numbered roads. */
const ROAD_HEADS = new Set(['route', 'highway', 'motorway', 'freeway', 'interstate', 'expressway']);

/** A road's number written right after its head: "5", "14A", "401". */
const ROAD_NUMBER = /^ (\d{1,4}[A-Z]?)\b(?![.,]\d)/;

/**
 * Stretches a mention that ends in a road's head word over the number after it ("Highway" →
 * "Highway 5"), typed PLACE. A number that goes on as a decimal or a thousand ("Route 9.5") is no
 * road number.
 */
export function joinRoadNumbers(text: string, mentions: NameMention[]): NameMention[] {
  return mentions.map((m) => {
    const last = m.words[m.words.length - 1] ?? '';
    if (m.type === 'OTHER' || !ROAD_HEADS.has(last.toLowerCase())) return m;
    const number = ROAD_NUMBER.exec(text.slice(m.end, m.end + 8));
    if (!number) return m;
    const end = m.end + 1 + number[1].length;
    return { ...m, end, text: text.slice(m.start, end), type: 'PLACE', words: [...m.words, number[1]], weak: false };
  });
}
