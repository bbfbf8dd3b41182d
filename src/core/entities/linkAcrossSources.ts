/**
 * Gives one entity one key across the sources of a comparison, whatever spelling or form each
 * source uses, and carries the new keys over to quote and claim speakers.
 *
 * The story: within one article recogniseEntities has already keyed "Lavrov" by "Sergey Lavrov".
 * Across articles the same person may be "Sergei Lavrov" (another transliteration) or only
 * "Lavrov" (a source that never gives the first name); an organisation may be "UNSC" in one and
 * "United Nations Security Council (UNSC)" in another. So: every distinct entity key is gathered
 * with its type, its canonical name and how often it is mentioned; full personal names are
 * grouped by the skeletons of their words (nameSkeleton), a one-word person key joins the only
 * full name holding that word, an acronym joins the only organisation that either a source
 * spelled out beside it or whose initials it is, and a shortened organisation name joins the only
 * longer one it ends ("Security Council", "United Nations Security Council"). Each group takes the fullest canonical name
 * (the most mentioned among equals) and the key folded from it.
 */
import type { ArticleAnalysis, EntityType } from '../types';
import { foldKey } from './entityKey';
import { fullNameSkeleton, nameSkeleton } from './nameSkeleton';

interface KeyInfo {
  key: string;
  type: EntityType;
  canonical: string;
  mentions: number;
}

const NAMED: ReadonlySet<EntityType> = new Set<EntityType>(['PERSON', 'ORG', 'PLACE']);

/** Initials of an organisation's capitalised words ("United Nations Security Council" → "UNSC"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(The|Of|For|And)$/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Adds `value` to the list `map` holds under `key`, starting the list if need be. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A union-find over keys: each group ends up named by one representative key. */
class KeyGroups {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    if (root !== key) this.parent.set(key, root);
    return root;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Gathers every named entity key of the analyses with its type, fullest canonical and mention count. */
function gatherKeys(analyses: ArticleAnalysis[]): Map<string, KeyInfo> {
  const keys = new Map<string, KeyInfo>();
  for (const analysis of analyses) {
    for (const e of analysis.entities) {
      if (!NAMED.has(e.type)) continue;
      const id = `${e.type}|${e.key}`;
      const info = keys.get(id);
      if (!info) keys.set(id, { key: e.key, type: e.type, canonical: e.canonical, mentions: 1 });
      else {
        info.mentions++;
        if (e.canonical.length > info.canonical.length) info.canonical = e.canonical;
      }
    }
  }
  return keys;
}

/** A full personal name with the skeletons of its words, worked out once. */
interface FullName {
  id: string;
  skeleton: string;
  words: ReadonlySet<string>;
}

/**
 * Groups person keys: same skeleton of full name, then one-word keys to their only full name, then
 * a full name to the only longer one holding all its words. A comparison of a thousand articles
 * has tens of thousands of full names, so each name's skeleton is worked out once and names are
 * found through an index by skeleton word: only names sharing a word are ever compared.
 */
function groupPeople(people: KeyInfo[], groups: KeyGroups): void {
  const full: FullName[] = people
    .filter((p) => p.canonical.trim().includes(' '))
    .map((p) => {
      const skeleton = fullNameSkeleton(p.canonical);
      return { id: `PERSON|${p.key}`, skeleton, words: new Set(skeleton.split(' ')) };
    });
  const bySkeleton = new Map<string, string>();
  const byWord = new Map<string, FullName[]>();
  for (const name of full) {
    const first = bySkeleton.get(name.skeleton);
    if (first !== undefined) groups.join(first, name.id);
    else bySkeleton.set(name.skeleton, name.id);
    for (const word of name.words) addTo(byWord, word, name);
  }
  for (const p of people.filter((x) => !x.canonical.trim().includes(' '))) {
    const holders = new Set((byWord.get(nameSkeleton(p.canonical)) ?? []).map((f) => groups.find(f.id)));
    if (holders.size === 1) groups.join([...holders][0], `PERSON|${p.key}`);
  }
  // Two full names where one holds the other's words ("Lula da Silva", "Luiz Inacio Lula da Silva"):
  // the candidates are the names holding the shorter name's first word.
  for (const a of full) {
    const wordsA = [...a.words];
    const candidates = byWord.get(wordsA[0]) ?? [];
    const holders = new Set(candidates.filter((b) => b !== a && wordsA.every((w) => b.words.has(w))).map((b) => groups.find(b.id)));
    if (holders.size === 1) groups.join([...holders][0], a.id);
  }
}

/** Groups organisation keys: an acronym or a shortened name with the one organisation it stands for. */
function groupOrganisations(analyses: ArticleAnalysis[], orgs: KeyInfo[], groups: KeyGroups): void {
  // Acronyms a source spelled out itself ("… Situations (EMERCOM)" keyed by the ministry).
  const spelledOut = new Map<string, Set<string>>();
  for (const analysis of analyses) {
    for (const e of analysis.entities) {
      if (e.type === 'ORG' && /^\p{Lu}{2,}$/u.test(e.text) && e.key !== foldKey(e.text)) {
        const acronym = foldKey(e.text);
        if (!spelledOut.has(acronym)) spelledOut.set(acronym, new Set());
        spelledOut.get(acronym)?.add(`ORG|${e.key}`);
      }
    }
  }
  // Many-word names indexed by their initials and by their last folded word, each worked out once:
  // a thousand articles name thousands of organisations, too many to compare each with each.
  const multiWord = orgs.filter((o) => o.canonical.includes(' '));
  const byInitials = new Map<string, KeyInfo[]>();
  const foldedByLastWord = new Map<string, Array<{ info: KeyInfo; folded: string }>>();
  for (const m of multiWord) {
    addTo(byInitials, initials(m.canonical), m);
    const folded = foldKey(m.canonical);
    const last = folded.slice(folded.lastIndexOf(' ') + 1);
    addTo(foldedByLastWord, last, { info: m, folded });
  }
  for (const o of orgs.filter((x) => /^\p{Lu}{2,}$/u.test(x.canonical))) {
    const id = `ORG|${o.key}`;
    const named = spelledOut.get(o.key);
    if (named && named.size === 1) {
      groups.join([...named][0], id);
      continue;
    }
    const expansions = new Set((byInitials.get(o.canonical) ?? []).map((m) => groups.find(`ORG|${m.key}`)));
    if (expansions.size === 1) groups.join([...expansions][0], id);
  }
  // A shortened name that ends one longer name only ("Security Council" of "United Nations Security
  // Council"): the longer names ending it end with its last word.
  for (const short of multiWord) {
    const tail = ` ${foldKey(short.canonical)}`;
    const candidates = foldedByLastWord.get(tail.slice(tail.lastIndexOf(' ') + 1)) ?? [];
    const longer = new Set(candidates.filter((m) => m.info !== short && m.folded.endsWith(tail)).map((m) => groups.find(`ORG|${m.info.key}`)));
    if (longer.size === 1) groups.join([...longer][0], `ORG|${short.key}`);
  }
}

/**
 * Rewrites entity keys and canonical names (and the speaker keys and names of quotes and claims)
 * so that one person, organisation or place has one key across all the analyses: transliterations
 * (Sergey / Sergei Lavrov), surname-only mentions (Lavrov), short names (Lula) and acronyms
 * (UNSC, EMERCOM) join the full name when exactly one fits. Works in place.
 */
export function linkAcrossSources(analyses: ArticleAnalysis[]): void {
  const keys = gatherKeys(analyses);
  const groups = new KeyGroups();
  const all = [...keys.values()];
  groupPeople(all.filter((k) => k.type === 'PERSON'), groups);
  groupOrganisations(analyses, all.filter((k) => k.type === 'ORG'), groups);

  // Each group is named by its fullest canonical form (the most mentioned among equals).
  const members = new Map<string, KeyInfo[]>();
  for (const [id, info] of keys) addTo(members, groups.find(id), info);
  const renamed = new Map<string, { key: string; canonical: string }>();
  for (const infos of members.values()) {
    if (infos.length < 2) continue;
    const best = [...infos].sort((a, b) => b.canonical.length - a.canonical.length || b.mentions - a.mentions || a.canonical.localeCompare(b.canonical))[0];
    const target = { key: infos.some((i) => i.key === foldKey(best.canonical)) ? foldKey(best.canonical) : best.key, canonical: best.canonical };
    for (const info of infos) renamed.set(`${info.type}|${info.key}`, target);
  }
  if (renamed.size === 0) return;
  const byKey = new Map<string, { key: string; canonical: string }>();
  for (const [id, target] of renamed) byKey.set(id.slice(id.indexOf('|') + 1), target);

  for (const analysis of analyses) {
    for (const e of analysis.entities) {
      const target = renamed.get(`${e.type}|${e.key}`);
      if (target) {
        e.key = target.key;
        e.canonical = target.canonical;
      }
    }
    for (const speaking of [...analysis.quotes, ...analysis.claims]) {
      const target = speaking.speakerKey ? byKey.get(speaking.speakerKey) : undefined;
      if (target) {
        speaking.speakerKey = target.key;
        speaking.speaker = target.canonical;
      }
    }
  }
}
