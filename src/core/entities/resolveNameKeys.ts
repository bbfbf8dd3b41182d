/**
 * Gives every name mention of one document its entity key and canonical name.
 *
 * A person is keyed by the fullest form the text gives: "Lavrov" and "Sergey Lavrov" both become
 * "sergey lavrov", "Lula" joins "Luiz Inacio Lula da Silva" — but only when exactly one full name
 * contains the word, so two Johnsons stay apart. Places and organisations take the gazetteer's
 * canonical name ("US" → United States), and an acronym set in parentheses after a name
 * ("Russian Ministry of Emergency Situations (EMERCOM)") takes that name's key. A lone word that
 * no rule typed is typed by the entity it joins, else by its context, else dropped.
 */
import type { Entity, EntityType } from '../types';
import { foldKey } from './entityKey';
import type { NameMention } from './recogniseNames';

interface Resolved {
  key: string;
  canonical: string;
  type: EntityType;
}

/** Resolves keys, canonical names and pending types; returns entities in text order. */
export function resolveNameKeys(text: string, mentions: NameMention[]): Entity[] {
  const fullPeople = mentions.filter((m) => m.type === 'PERSON' && m.words.length >= 2);
  // The distinct full names containing a word (by folded word), to link partial mentions.
  const peopleByWord = new Map<string, Set<string>>();
  const fullest = new Map<string, NameMention>();
  for (const m of fullPeople) {
    const key = foldKey(m.words.join(' '));
    const current = fullest.get(key);
    if (!current || m.text.length > current.text.length) fullest.set(key, m);
  }
  // A full name inside a longer one ("Lula da Silva" in "Luiz Inacio Lula da Silva") is the longer one.
  const fullKeys = [...fullest.keys()].filter((k) => ![...fullest.keys()].some((o) => o !== k && ` ${o} `.includes(` ${k} `)));
  for (const key of fullKeys) {
    for (const word of key.split(' ')) {
      if (!peopleByWord.has(word)) peopleByWord.set(word, new Set());
      peopleByWord.get(word)?.add(key);
    }
  }
  const personFor = (m: NameMention): string | null => {
    let candidates: string[] | null = null;
    for (const word of m.words.map(foldKey)) {
      const holders = peopleByWord.get(word) ?? new Set<string>();
      candidates = candidates === null ? [...holders] : candidates.filter((c) => holders.has(c));
    }
    return candidates !== null && candidates.length === 1 ? candidates[0] : null;
  };

  // Names of organisations and places by their folded text, to type later lone mentions.
  const known = new Map<string, Resolved>();
  const out: Entity[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let resolved: Resolved | null = null;
    if (m.type === 'PERSON' || m.type === null) {
      const person = personFor(m);
      if (person) {
        const full = fullest.get(person) as NameMention;
        resolved = { key: foldKey(full.text), canonical: full.text, type: 'PERSON' };
      }
    }
    if (!resolved && m.type !== null && m.type !== 'PERSON') resolved = known.get(foldKey(m.text)) ?? null;
    if (!resolved && m.type !== null && m.type !== 'PERSON') {
      const canonical = m.canonical ?? m.text;
      resolved = { key: foldKey(canonical), canonical, type: m.type };
      const previous = mentions[i - 1];
      // "Full Name (ACRONYM)": the acronym stands for the name just before it.
      if (previous && previous.type === m.type && /^\s*\($/.test(text.slice(previous.end, m.start)) && m.words.length === 1 && /^\p{Lu}{2,}$/u.test(m.text)) {
        const prior = known.get(foldKey(previous.canonical ?? previous.text));
        if (prior) resolved = { ...prior };
      }
    }
    if (!resolved && m.type === null) resolved = known.get(foldKey(m.text)) ?? null;
    if (!resolved && m.type === 'PERSON') resolved = { key: foldKey(m.text), canonical: m.text, type: 'PERSON' };
    if (!resolved && m.hint) resolved = { key: foldKey(m.text), canonical: m.text, type: m.hint };
    if (!resolved) continue;
    if (!known.has(foldKey(m.text))) known.set(foldKey(m.text), resolved);
    out.push({ start: m.start, end: m.end, text: m.text, type: resolved.type, key: resolved.key, canonical: resolved.canonical });
  }
  return out;
}
