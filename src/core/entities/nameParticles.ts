/**
 * The small words that sit inside names: particles of personal and place names ("da", "bin",
 * "van der", "of"), links inside organisation names ("for", "the", "and", "&"), possessives and the
 * quotes around a nickname.
 */

/**
 * Links that only places take, naming their river, valley, sea or neighbour: German "Frankfurt am
 * Main", "St. Paul im Lavanttal"; Dutch "Capelle aan den IJssel", "Bergen op Zoom", "Wijk bij
 * Duurstede"; Polish, Czech and Slovak "Kostrzyn nad Odrą", "Ústí nad Labem", "Kamień pod Górą".
 */
export const PLACE_LINKS: ReadonlySet<string> = new Set(['am', 'im', 'aan', 'op', 'bij', 'nad', 'pod']);
/** Particles inside personal and place names: "Lula da Silva", "bin Salman", "van der Leyen", "Juan dela Cruz", "Bank of England", "Nia ap Dafydd". */
export const PARTICLES = new Set(['of', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'los', 'las', 'les', 'des', 'dei', 'degli', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'ben', 'bint', 'y', 'dela', 'delos', 'delas',
  // Malay patronymics ("Nurul Ain binti Hassan"), the Welsh one ("Nia ap Dafydd"), the Irish and
  // Scottish Gaelic articles ("Údarás na Gaeltachta", "Comhairle nan Eilean Siar").
  'binti', 'binte', 'bte', 'ap', 'na', 'nan',
  // Kenyan patronymics: Kalenjin "arap" ("Daniel Kiprono arap Sang"), Kikuyu "wa" ("Beatrice Nyawira wa Kamau").
  'arap', 'wa',
  // Dutch "ten" and "te" ("Erik ten Hag", "Jan te Kloeze").
  'ten', 'te',
  // Links inside the names of bodies in French, Dutch, German and Filipino: "Institut de Recherche
  // en Sciences de la Santé", "Moët et Chandon", "Bundesamt für Strahlenschutz", "Bangko Sentral
  // ng Pilipinas" (between two name words only, as every particle).
  'en', 'et', 'für', 'ng',
  ...PLACE_LINKS]);
/** Particles that can open a name written mid-sentence ("van der Linde said", the Welsh "ap Gwilym said"). */
export const OPENING_PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'du', 'al', 'el', 'bin', 'ibn', 'ter', 'le', 'la', 'dos', 'der', 'dela', 'ap', 'arap']);
/** Words that link the parts of an organisation's name ("Kiel Institute for the World Economy", "Royal Commission into Aged Care"). */
export const LINKS = new Set(['for', 'the', 'and', '&', 'on', 'into']);
/** Possessive endings as wink splits them off ("'s", "’s", and a bare apostrophe after a plural). */
export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** An elided French or Italian article glued to the name it stands before: "d'Urville", "l'Évêque", "dell'Orto". */
export const ELIDED_ARTICLE = /^(d|l|dell|dall|nell)['’]\p{Lu}/u;

/** Double quotes around a nickname inside a name ('Rodolfo "Bong" Dimaculangan'). */
export const NICKNAME_QUOTES = new Set(['"', '“', '”']);

/** True for a particle, link, possessive or nickname quote: a word that can stand inside a name but is not one. */
export function isInner(word: string): boolean {
  return PARTICLES.has(word) || LINKS.has(word) || POSSESSIVE.has(word) || NICKNAME_QUOTES.has(word);
}

