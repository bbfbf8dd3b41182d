/**
 * Gives every name mention of one document its entity key and canonical name, and types the
 * mentions the recogniser left pending.
 *
 * A person is keyed by the fullest form the text gives: "Lavrov" and "Sergey Lavrov" both become
 * "sergey lavrov", "Lula" joins "Luiz Inacio Lula da Silva" — but only when exactly one full name
 * contains the word, so two Johnsons stay apart. Places and organisations take the gazetteer's
 * canonical name ("US" → United States); an acronym set in parentheses after a name
 * ("Russian Ministry of Emergency Situations (EMERCOM)") takes that name's key, and a lone word
 * of a longer organisation name ("Brightwater" after "Brightwater Telecom") joins it.
 * A pending word is typed by the entity it joins, else by the hint of its context, else like the
 * name it is listed with ("Achoma, Yanque and Tapay"), else it is dropped: better no entity
 * than a wrong one.
 */
import type { EntityType } from '../types';
import { foldKey } from './entityKey';
import { isGivenName } from './gazetteer';
import { isLocalInstitutionHead, isOrganisationHead, isOrganisationOpener } from './headWords';
import type { NameMention } from './recogniseNames';
import { rememberRecent } from './rememberRecent';
import type { RuledEntity, RulesEvidence } from './rulesEvidence';

/** foldKey, remembered for the words and names seen lately: an article's names recur in many mentions. */
const keyOf = rememberRecent(foldKey);

interface Resolved {
  key: string;
  canonical: string;
  type: EntityType;
  /** What the type rests on. */
  evidence: RulesEvidence;
}

/** Full personal names (two words or more) by key, each with its fullest written form. */
function fullPeople(mentions: NameMention[]): Map<string, string> {
  const fullest = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.words.length < 2) continue;
    const key = keyOf(m.text);
    if ((fullest.get(key)?.length ?? 0) < m.text.length) fullest.set(key, m.text);
  }
  // A full name inside a longer one ("Lula da Silva" in "Luiz Inacio Lula da Silva") is the longer one.
  for (const key of [...fullest.keys()]) {
    if ([...fullest.keys()].some((other) => other !== key && ` ${other} `.includes(` ${key} `))) fullest.delete(key);
  }
  return fullest;
}

/**
 * Multi-word organisations by their distinctive words (not head words like "Telecom" or openers
 * like "Atletico"), for lone mentions of such a word ("Brightwater", "Segura").
 */
function organisationsByWord(mentions: NameMention[]): Map<string, Set<string>> {
  const byWord = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.words.length < 2) continue;
    // "Northamptonshire" of "Northamptonshire Police", "Kalehe" of "Kalehe General Hospital",
    // "Eastfield" of "Friends of the Eastfield Library" and "Yopougon" of "Yopougon University
    // Hospital Centre" are the place the body serves, not the body.
    const last = m.words.length - 1;
    const local = isLocalInstitutionHead(m.words[last]);
    const localAfterFirst = m.words.some((w, k) => k > 0 && isLocalInstitutionHead(w));
    for (const [k, word] of m.words.entries()) {
      const servedPlace = (k === 0 && localAfterFirst) || (local && k === last - 1);
      if (servedPlace || isOrganisationOpener(word) || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
      const folded = keyOf(word);
      if (!byWord.has(folded)) byWord.set(folded, new Set());
      byWord.get(folded)?.add(m.canonical ?? m.text);
    }
  }
  return byWord;
}

/**
 * The multi-word organisations of a text by the acronym of their initials ("National
 * Transportation Safety Board" → "NTSB"), small words left out; one name per distinct form.
 */
function acronymsOfOrganisations(mentions: NameMention[]): Map<string, NameMention[]> {
  const byAcronym = new Map<string, NameMention[]>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.words.length < 3) continue;
    const initials = m.words.map((w) => w.charAt(0)).join('');
    if (!/^\p{Lu}+$/u.test(initials)) continue;
    const forms = byAcronym.get(initials) ?? [];
    if (!forms.some((f) => keyOf(f.canonical ?? f.text) === keyOf(m.canonical ?? m.text))) forms.push(m);
    byAcronym.set(initials, forms);
  }
  return byAcronym;
}

/** Words that are the only distinctive word, first or last, of a multi-word organisation ("Segura", "Brightwater"). */
function soleDistinctiveWords(mentions: NameMention[]): Set<string> {
  const sole = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.words.length < 2) continue;
    const distinctive = m.words.filter((w) => !isOrganisationHead(w) && !isOrganisationOpener(w) && /^\p{Lu}\p{Ll}/u.test(w));
    const at = m.words.indexOf(distinctive[0]);
    if (distinctive.length === 1 && (at === 0 || at === m.words.length - 1)) sole.add(keyOf(distinctive[0]));
  }
  return sole;
}

/**
 * The head of a natural feature's or a region's name, closing it ("… River", "… Lake", "… valley",
 * "… Province", "… Region"): the news names either without its head too.
 */
const FEATURE_HEAD = /\s(River|Lake|Mountains|Valley|Glacier|Creek|Reservoir|Canal|river|valley|mountains|glacier|Province|Region|Oblast|Governorate|Prefecture|Territory|province|region)$/;
/** The head of a river's, a lough's or an Irish county's name, opening it ("River …", "Lough …", "Co …"): the news names either without its head too. */
const FEATURE_OPENER = /^(River|Lough|Co\.?|County)\s/;

/**
 * The type the document gives each surface form on its best evidence: a type read from the name's
 * own words or from a title, a head word or a descriptor counts three times, a hint of context
 * once, and a type guessed from the name's shape alone not at all. A thing ("the probe Aurelia")
 * counts like the rest, so that a given name's shape does not make it a person elsewhere. "Brekke Aas" typed a person in a
 * headline is the bank that "Oslo private bank Brekke Aas" says it is.
 */
function documentTypes(mentions: NameMention[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (folded: string, type: EntityType, weight: number): void => {
    const tally = votes.get(folded) ?? new Map<EntityType, number>();
    tally.set(type, (tally.get(type) ?? 0) + weight);
    votes.set(folded, tally);
  };
  for (const m of mentions) {
    const type = m.type ?? m.hint;
    if (!type || m.weak) continue;
    vote(keyOf(m.text), type, m.type === null ? 1 : 3);
    // "the Crișul Repede" after "the Crișul Repede River", "the Copperbelt" after "Copperbelt Province".
    const head = FEATURE_HEAD.exec(m.text);
    if (m.type === 'PLACE' && head && m.words.length >= 2) vote(keyOf(m.text.slice(0, head.index)), 'PLACE', 3);
    // "the Mersey" after "the River Mersey", "Clare" after "Co Clare".
    const opener = FEATURE_OPENER.exec(m.text);
    if (m.type === 'PLACE' && opener && m.words.length >= 2) vote(keyOf(m.text.slice(opener[0].length)), 'PLACE', 3);
  }
  const best = new Map<string, EntityType>();
  for (const [folded, tally] of votes) best.set(folded, [...tally].sort((a, b) => b[1] - a[1])[0][0]);
  return best;
}

/** What parts two names of a list: "and", "or", a comma. */
const LIST_JOINT = /^(,? and |,? or )$/;

/**
 * Names only their shape made people, retyped by the document: the type it gives the same name
 * elsewhere, or an organisation when every word of the name is an organisation's ("Torvik
 * Sandberg" after "Torvik Bank" and "the lender Sandberg") or when it is listed with an
 * organisation ("advised by Harlow Quint and KDM Partners"), a place when listed with a place
 * ("between Brennan Falls and Little Fort").
 */
function retypeWeakNames(text: string, mentions: NameMention[], typed: Map<string, EntityType>, organisations: Map<string, Set<string>>): NameMention[] {
  // (The mention at `k` is listed with a neighbour of `type` when only "and", "or" or a comma parts them.)
  const listedWith = (type: EntityType, k: number): boolean => {
    const fellow = (other: NameMention | undefined): other is NameMention => other !== undefined && other.type === type && !other.weak;
    const [before, m, after] = [mentions[k - 1], mentions[k], mentions[k + 1]];
    return (fellow(after) && LIST_JOINT.test(text.slice(m.end, after.start))) || (fellow(before) && LIST_JOINT.test(text.slice(before.end, m.start)));
  };
  return mentions.map((m, k) => {
    if (!m.weak || m.type === null) return m;
    const elsewhere = typed.get(keyOf(m.text));
    if (elsewhere && elsewhere !== m.type) return { ...m, type: elsewhere, weak: false };
    const folded = m.words.map(keyOf);
    if (m.type === 'PERSON' && folded.every((w) => organisations.has(w) || typed.get(w) === 'ORG')) return { ...m, type: 'ORG', weak: false };
    if (m.type === 'PERSON' && listedWith('ORG', k)) return { ...m, type: 'ORG', weak: false };
    // "between Brennan Falls and Little Fort", "in Catanduanes, Albay and Camarines Sur": a place's fellow.
    // (Not a name a given name opens, "Tomas Berg and Norway" thanked, nor one placed itself:
    // "Yolande Knell in Jerusalem and Rushdi Abualouf in Istanbul".)
    const placed = /^\s(in|at|from|near)\s/.test(text.slice(m.end, m.end + 7));
    // (So is a name its closing common noun made a firm's: "between Lake Tarrow and Ardley Bend".)
    if ((m.type === 'PERSON' || m.type === 'ORG') && !isGivenName(m.words[0]) && !placed && listedWith('PLACE', k)) return { ...m, type: 'PLACE', weak: false };
    return m;
  });
}

/** A preposition that sets a thing inside a place, right before a word: "in ", "near ", "across ". */
const INSIDE_BEFORE = /\b(in|near|across|throughout|around|outside|inside)\s$/;

/**
 * The lone pending words the text sets something inside ("a synagogue in Prestwich", "farms
 * across Sunraysia"), owning nothing after ("in Pemberton's sale room" is a firm's), as folded keys.
 */
function wordsSetIn(text: string, mentions: NameMention[]): Set<string> {
  const placed = new Set<string>();
  for (const m of mentions) {
    if (m.type === null && m.words.length === 1 && INSIDE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && !/^['’]/.test(text.slice(m.end, m.end + 1))) placed.add(keyOf(m.text));
  }
  return placed;
}

/** A preposition that sets a thing at a place, right before a word: "in ", "from ", "to ". */
const PLACED_BEFORE = /\b(in|at|from|to|near|outside|across)\s$/;

/**
 * True for a name the gazetteer calls a place that is the surname of a person the text names in
 * full, and that nothing sets anything at: "Harold Beaumont, 68, … Beaumont said", "Sofía Ibarra
 * retired … said Ibarra had been assessed", "Santiago Ibarra de la Fuente … after Ibarra de la
 * Fuente lost" (towns share their names with families).
 */
function surnameOfPlace(text: string, m: NameMention, people: Map<string, string>): boolean {
  if (m.type !== 'PLACE' || PLACED_BEFORE.test(text.slice(Math.max(0, m.start - 9), m.start))) return false;
  const folded = keyOf(m.text);
  return [...people.keys()].some((key) => key.endsWith(` ${folded}`));
}

/** What a mention's own type rests on: the words the rules read, or its shape alone. */
const ownEvidence = (m: NameMention): RulesEvidence => (m.weak ? 'shape' : 'read');

/** Resolves keys, canonical names and pending types; returns entities in text order, each with what its type rests on. */
export function resolveNameKeys(text: string, read: NameMention[]): RuledEntity[] {
  const typed = documentTypes(read);
  const mentions = retypeWeakNames(text, read, typed, organisationsByWord(read));
  const people = fullPeople(mentions);
  const peopleByWord = new Map<string, string[]>();
  for (const key of people.keys()) {
    for (const word of key.split(' ')) peopleByWord.set(word, [...(peopleByWord.get(word) ?? []), key]);
  }
  const personFor = (m: NameMention): string | null => {
    let candidates: string[] | null = null;
    for (const word of m.words.map(keyOf)) {
      const holders = peopleByWord.get(word) ?? [];
      candidates = candidates === null ? holders : candidates.filter((c) => holders.includes(c));
    }
    return candidates !== null && candidates.length === 1 ? candidates[0] : null;
  };
  const organisations = organisationsByWord(mentions);
  const acronyms = acronymsOfOrganisations(mentions);
  const soleWords = soleDistinctiveWords(mentions);
  const placed = wordsSetIn(text, mentions);

  const known = new Map<string, Resolved>();
  const out: RuledEntity[] = [];
  let previous = null as { mention: NameMention; resolved: Resolved } | null;
  for (const [index, m] of mentions.entries()) {
    const folded = keyOf(m.text);
    const elsewhere = typed.get(folded);
    let resolved: Resolved | null = null;
    // "Full Name (Alias)": a word in parentheses right after an organisation is its short name ("(TfL)", "(Irena)").
    if (m.type !== 'PERSON' && previous?.resolved.type === 'ORG' && m.words.length === 1 && /^\s*\($/.test(text.slice(previous.mention.end, m.start)) && text[m.end] === ')') {
      resolved = { ...previous.resolved, evidence: 'document' };
    }
    if (!resolved && (m.type === 'PERSON' || m.type === null || surnameOfPlace(text, m, people))) {
      const person = personFor(m);
      if (person) resolved = { key: person, canonical: people.get(person) as string, type: 'PERSON', evidence: m.type === 'PERSON' ? ownEvidence(m) : 'document' };
    }
    // A surname two people share is a person, but which one the text does not say.
    if (!resolved && m.type === null && m.words.length === 1 && (peopleByWord.get(folded)?.length ?? 0) > 1) resolved = { key: folded, canonical: m.text, type: 'PERSON', evidence: 'document' };
    // At a sentence start the word may be a common one ("Civil …"): only an organisation's sole
    // distinctive word ("Segura" of "Atlético Segura") is trusted there.
    // A word the document sets a thing "in" ("a synagogue in Prestwich") is the place a body named
    // after it serves ("Prestwich Hebrew Congregation"), not that body ("at" proves less: "a
    // partner at Fairbrother").
    if (!resolved && m.type === null && m.words.length === 1 && organisations.get(folded)?.size === 1 && (!m.initial || soleWords.has(folded)) && !(placed.has(folded) && elsewhere === 'PLACE')) {
      const canonical = [...(organisations.get(folded) as Set<string>)][0];
      resolved = { key: keyOf(canonical), canonical, type: 'ORG', evidence: 'document' };
    }
    if (!resolved && m.type === null && elsewhere) resolved = known.get(folded)?.type === elsewhere ? (known.get(folded) as Resolved) : { key: folded, canonical: m.text, type: elsewhere, evidence: 'document' };
    if (!resolved && m.type !== 'PERSON' && m.type !== 'OTHER') resolved = known.get(folded) ?? null;
    if (!resolved && m.type !== null) {
      const canonical = m.type === 'PERSON' ? m.text : m.canonical ?? m.text;
      resolved = { key: keyOf(canonical), canonical, type: m.type, evidence: ownEvidence(m) };
      // "Full Name (ACRONYM)": the acronym stands for the name just before it.
      if (previous && previous.resolved.type === m.type && m.type === 'ORG' && /^\s*\($/.test(text.slice(previous.mention.end, m.start)) && /^\p{Lu}{2,}$/u.test(m.text)) {
        resolved = { ...previous.resolved, evidence: ownEvidence(m) };
      } else if (m.type === 'ORG' && m.canonical === null && acronyms.get(m.text)?.length === 1) {
        // "NTSB" anywhere in a text that names the National Transportation Safety Board.
        const long = (acronyms.get(m.text) as NameMention[])[0];
        const canonical = long.canonical ?? long.text;
        resolved = { key: keyOf(canonical), canonical, type: 'ORG', evidence: ownEvidence(m) };
      }
    }
    // Listed with a typed name ("Achoma, Yanque and Tapay"): the same kind of thing, whatever
    // the word's shape suggested (only a hint of context comes first).
    const gap = previous ? text.slice(previous.mention.end, m.start) : '';
    const listed = /^( and | or |, and |, or )$/.test(gap) || (gap === ', ' && /^(,| and | or )/.test(text.slice(m.end, m.end + 5)));
    if (!resolved && m.hint && !m.weak) resolved = { key: folded, canonical: m.text, type: m.hint, evidence: 'context' };
    if (!resolved && m.type === null && m.words.length === 1 && previous && previous.resolved.type !== 'OTHER' && listed) {
      resolved = { key: folded, canonical: m.text, type: previous.resolved.type, evidence: 'document' };
    }
    // Listed before a name its own words typed ("Lufthansa and Air Norvia cut flights").
    const next = mentions[index + 1];
    if (!resolved && m.type === null && m.words.length === 1 && next?.type && next.type !== 'OTHER' && !next.weak && /^(,? and |,? or )$/.test(text.slice(m.end, next.start))) {
      resolved = { key: folded, canonical: m.text, type: next.type, evidence: 'document' };
    }
    if (!resolved && m.hint) resolved = { key: folded, canonical: m.text, type: m.hint, evidence: 'context' };
    if (!resolved) continue;
    if (!known.has(folded)) known.set(folded, resolved);
    out.push({ start: m.start, end: m.end, text: m.text, type: resolved.type, key: resolved.key, canonical: resolved.canonical, evidence: resolved.evidence });
    previous = { mention: m, resolved };
  }
  return out;
}
