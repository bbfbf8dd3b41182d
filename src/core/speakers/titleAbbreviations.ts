/**
 * Abbreviated titles, spelled out as the words an article gives in full: those headlines use for
 * people ("Russian FM slams …", "PM defends …"), and those that stand before a name ("Gov. Ana
 * Reyes", "Fr. Tomás Ibarra", "Det Supt Ian Cole"), which a later "the governor", "the priest" or
 * "the superintendent" points back at.
 */
import { wordTable } from '../text/wordTable';

const ABBREVIATIONS: Record<string, string[]> = wordTable({
  fm: ['foreign', 'minister'],
  pm: ['prime', 'minister'],
  ceo: ['chief', 'executive'],
  sg: ['secretary', 'general'],
});

/** The words an abbreviated title stands for ("fm" → ["foreign", "minister"]), or null. Case-insensitive. */
export function expandTitleAbbreviation(word: string): string[] | null {
  return ABBREVIATIONS[word.toLowerCase()] ?? null;
}

/** Abbreviated titles before a name (AP's dotted forms and British undotted ones), without the full stop. */
const NAME_TITLES: Record<string, string[]> = wordTable({
  gov: ['governor'],
  sen: ['senator'],
  rep: ['representative'],
  fr: ['father', 'priest'],
  rev: ['reverend'],
  revd: ['reverend'],
  gen: ['general'],
  lt: ['lieutenant'],
  col: ['colonel'],
  maj: ['major'],
  capt: ['captain'],
  sgt: ['sergeant'],
  cpl: ['corporal'],
  adm: ['admiral'],
  cdr: ['commander'],
  cmdr: ['commander'],
  insp: ['inspector'],
  supt: ['superintendent'],
  det: ['detective'],
  prof: ['professor'],
  atty: ['attorney'],
  amb: ['ambassador'],
  cllr: ['councillor'],
  sec: ['secretary'],
  usec: ['undersecretary'],
  engr: ['engineer'],
  arch: ['architect'],
  hon: ['honourable'],
  pres: ['president'],
  pvt: ['private'],
  brig: ['brigadier'],
  msgr: ['monsignor'],
  bp: ['bishop'],
});

/**
 * The words an abbreviated title before a name stands for ("Gov." → ["governor"], "Fr" →
 * ["father", "priest"]), or null. Case-insensitive; a full stop after it is ignored.
 */
export function spellOutNameTitle(word: string): string[] | null {
  // Asked of every word a speaker phrase or a clause's end reads: no pattern is run to drop the stop.
  const folded = word.toLowerCase();
  return NAME_TITLES[folded.endsWith('.') ? folded.slice(0, -1) : folded] ?? null;
}
