/**
 * Clubs are named after their town with a word that elsewhere heads a place: "Bristol City",
 * "Stockport County", "Harwich Town", "Nottingham Forest", and college teams after their state
 * ("Ohio State"). In a news report such a name is a place ("Mexico City", "Orange County",
 * "Kano State") unless the report is about a match, a league or a
 * transfer: there it is the club. A report is a sports report when it uses several words only
 * sport uses.
 */
import type { NameMention } from './recogniseNames';

/** Words of sports reports, in lower case: a report using at least SPORTS_EVIDENCE of them is one. */
const SPORTS_WORDS = /\b(striker|midfielder|defender|goalkeeper|winger|relegation|relegated|fixtures?|play-offs?|squad|kick-off|goals|stadium|footballers?|scored|unbeaten|derby|referee|half-time|penalty|league|season|fans|manager|match|cup|draw|coach|tries|conversions?|fly-half|scrum|wickets|innings|tournament|semi-finals?|quarter-finals?)\b/g;
/** How many distinct sports words make a sports report. */
const SPORTS_EVIDENCE = 4;
/** Place heads that close clubs' names after their town. */
const CLUB_HEADS = /^(City|Town|County|Forest|State)$/;

/** True when a text uses at least SPORTS_EVIDENCE distinct words of sports reports. */
export function isSportsReport(text: string): boolean {
  const seen = new Set<string>();
  for (const match of text.matchAll(SPORTS_WORDS)) {
    seen.add(match[1]);
    if (seen.size >= SPORTS_EVIDENCE) return true;
  }
  return false;
}

/** In a sports report, retypes as clubs the place names closed by a club's head that the gazetteer does not know whole. */
export function typeClubsInSportsReports(text: string, mentions: NameMention[]): NameMention[] {
  const clubShaped = (m: NameMention): boolean => m.type === 'PLACE' && m.canonical === null && m.words.length >= 2 && CLUB_HEADS.test(m.words[m.words.length - 1]);
  if (!mentions.some(clubShaped) || !isSportsReport(text)) return mentions;
  return mentions.map((m) => (clubShaped(m) ? { ...m, type: 'ORG', weak: false } : m));
}
