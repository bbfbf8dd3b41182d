/**
 * A building that houses a body is named like the body ("Unity Fountain", "Iraq Museum", "Chase
 * Center", "First Baptist Church", "Harare Sports Club", "Parliament House", "Kaneshie Market"), and the head word alone cannot tell which one the text means.
 * The sentence can: what happens "at the X", "outside the X" or "in the courtyard of the X" happens
 * at a place ("told reporters at the Capitol Annex", "play at Chase Center every night"), while
 * people who work "at" a body ("a curator at the Iraq Museum", "flight controllers at the …
 * Centre") and a body that speaks or owns ("the museum said", "the centre's director") make it an
 * organisation. A name the text only ever sets somewhere is a place in every mention.
 */
import { isRoleNoun } from './gazetteer';
import { foldKey } from './entityKey';
import { isOrganisationHead } from './headWords';
import type { NameMention } from './recogniseNames';
import { isTitleHead } from './titles';

/** Last words of the names of buildings and sites that a body may also be named after. */
const VENUE_HEADS = /^(Centre|Center|Church|Museum|Library|Gallery|Secretariat|Annex|Fountain|Cathedral|Club|House|Theatre|Theater|Market|Messe|Ground)$/;
/** Heads of buildings that another body's head may qualify and still name the building: "Harare Sports Club", "Parliament House", "Lahore Press Club". */
const QUALIFIED_VENUE_HEADS = /^(Club|House|Theatre|Theater|Market|Messe|Ground)$/;
/** A preposition of place right before the name: "at (the)", "outside the", "in front of the", "the courtyard of the". */
const PLACED_BEFORE = /\b(at|outside|inside|in front of|(courtyard|steps|gates|grounds|forecourt) of)\s(the\s)?$/;
/**
 * The two words before "at", when the name follows "at": a person's noun or a verb of work or
 * study right before "at" makes the name an employer, unless the person is the object of a verb
 * of speaking or meeting ("told reporters at the …", "met residents at the …": where it happened).
 */
const WORDS_BEFORE_AT = /(\S+)\s+(\S+)\s+at\s(the\s)?$/;
/** Verbs whose object is the people spoken to or met: the place is where it happened. */
const ADDRESS_VERB = /^(told|tell|tells|telling|briefed|addressed|met|meets|greeted|thanked|urged|assured|showed|shown|gathered)$/;
/** Verbs that make "at X" a body one works or studies for: "works at", "studied at", "taught at". */
const WORK_VERB = /^(work|works|worked|working|study|studies|studied|studying|teach|teaches|taught|teaching|employed|volunteers|volunteered|based)$/;
/** What after a name makes it a body: it speaks, owns or acts ("said", "'s", "has announced"). */
const BODY_AFTER = /^(['’]s?\b|\s(said|says|told|announced|confirmed|added|stated|warned|has|had|will|would)\b)/;

/**
 * True when a name closes with a building's head and holds no other body's head, which would make
 * it an institution housed there ("Yopougon University Hospital Centre" treats patients); a club's,
 * a house's or a market's building may hold one ("Harare Sports Club", "Parliament House").
 */
function isVenueName(words: string[]): boolean {
  const head = words[words.length - 1] ?? '';
  return VENUE_HEADS.test(head) && (QUALIFIED_VENUE_HEADS.test(head) || !words.slice(0, -1).some((w) => isOrganisationHead(w)));
}

/**
 * What the words before a mention make of it: 'place' after a preposition of place, 'body' after
 * "at" and someone who works or studies there ("a curator at the", "studied at"), else null.
 */
function placement(text: string, m: NameMention): 'place' | 'body' | null {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (!PLACED_BEFORE.test(before)) return null;
  const [, verb = '', worker = ''] = WORDS_BEFORE_AT.exec(before) ?? [];
  const person = isRoleNoun(worker) || isRoleNoun(worker.replace(/s$/, '')) || isTitleHead(worker);
  const works = (person && !ADDRESS_VERB.test(verb)) || WORK_VERB.test(worker.toLowerCase());
  return works ? 'body' : 'place';
}

/**
 * Retypes as places the organisations named like a building ("… Museum", "… Center") that some
 * mention sets somewhere and none shows to be a body, in every mention.
 */
export function typeVenuesByPlacement(text: string, mentions: NameMention[]): NameMention[] {
  const placed = new Set<string>();
  const bodies = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.canonical !== null || !isVenueName(m.words)) continue;
    const key = foldKey(m.text);
    const where = BODY_AFTER.test(text.slice(m.end, m.end + 12)) ? 'body' : placement(text, m);
    if (where === 'body') bodies.add(key);
    else if (where === 'place') placed.add(key);
  }
  if (!placed.size) return mentions;
  return mentions.map((m) => {
    const key = m.type === 'ORG' && m.canonical === null ? foldKey(m.text) : '';
    return placed.has(key) && !bodies.has(key) ? { ...m, type: 'PLACE', hint: null, weak: false } : m;
  });
}
