/**
 * What the words around a name suggest it is when its own words cannot tell: a role or a
 * descriptor before it ("broker Berenberg", "the president, Zelensky"), a preposition ("in
 * Ladakh"), a reporting verb after it, or, for a lone unknown word, its shape.
 */
import { isSpokespersonWord } from '../speakers/readSpeakerPhrase';
import type { EntityType } from '../types';
import { isCommonWord, isGivenName, isRoleNoun, lookupName } from './gazetteer';
import { isOrganisationDescriptor, isOrganisationHead } from './headWords';
import { isDottedInitials, startsLowerCase, startsUpperCase } from './letterCase';
import type { NameWord } from './nameWords';
import { isTitleHead } from './titles';

/** Verbs that report speech: after a lone name they make it a speaker. */
const REPORTING_VERBS = /^(said|says|told|tells|added|adds|noted|notes|wrote|writes|warned|warns|stated|states|explained|insisted|argued|announced|claimed|stressed|declared|replied|asked|urged|tweeted|posted|recalled|admitted|acknowledged|emphasised|emphasized|continued|concluded|confirmed|denied|revealed|believes|thinks|agreed|suggested|predicted|cautioned|countered|responded|observed|commented)$/;
/** Prepositions that put a name in a place ("in Ladakh", "near Adre"). */
const PLACE_PREPOSITIONS = /^(in|at|from|near|into|across|outside|inside|towards|toward|via|around|throughout)$/i;
/** Nouns that introduce a place's name ("the village of Adre", "the town Busia"), or follow it ("the Bramall Way stadium"). */
const PLACE_NOUNS = /^(city|town|village|region|province|state|district|county|capital|port|island|municipality|suburb|neighbourhood|neighborhood|area|enclave|border|river|crossing|checkpoint|camp|base|airbase|plant|refinery|mine|oilfield|dam|basin|valley|coast|parish|canton|commune|constituency|emirate|governorate|prefecture|township|settlement|hamlet|borough|stadium|arena|racecourse|velodrome|circuit|estate|gardens)$/i;
/** True for a noun that introduces a place's name or follows it ("village", "stadium", "dam"), in any case. */
export function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS.test(word);
}
/** Nouns for vehicles and weapons: a name before them is a model ("a Typhoon jet", "Leopard tanks"). */
const MODEL_NOUNS = /^(jet|jets|aircraft|plane|planes|fighter|fighters|drone|drones|missile|missiles|rocket|rockets|tank|tanks|helicopter|helicopters|warship|submarine|vaccine|jab|phone|phones|car|cars|truck|trucks|probe|spacecraft|satellite|lander|rover|telescope|tanker|vessel|ferry|yacht)$/;

/** Nouns for craft that are given names of their own ("the probe Selene", "the frigate Hessen"). */
const CRAFT_NOUNS = /^(probe|spacecraft|satellite|lander|rover|telescope|tanker|vessel|ferry|yacht|ship|warship|submarine|frigate|destroyer|freighter|trawler)$/;

/** What the words before a run suggest its first name is: "broker Berenberg", "in Ladakh", "the village of Adre". */
export function hintBefore(words: NameWord[], first: number): EntityType | null {
  const previous = words[first - 1];
  const beforePrevious = words[first - 2];
  if (!previous) return null;
  // (At a sentence start too, when the descriptor heads no name itself: "Broker Liberum downgraded …".)
  if (isOrganisationDescriptor(previous.text) && (startsLowerCase(previous.text) || (previous.sentenceInitial && !isOrganisationHead(previous.text)))) return 'ORG';
  // "The manufacturer, Bharat Vaxcell, said …", "its lender, Corvane Savings,": a kind of body, then
  // its name in apposition (not a person's, whom a given name opens: "a spokeswoman for the agency, Rina Sari").
  if (previous.text === ',' && beforePrevious && startsLowerCase(beforePrevious.text) && isOrganisationDescriptor(beforePrevious.text) && /^(the|its|their|a|an)$/i.test(words[first - 3]?.text ?? '') && !isGivenName(words[first].text)) return 'ORG';
  // "the probe Selene", "the tanker Eagle S": a craft's name is a thing's.
  if (CRAFT_NOUNS.test(previous.text)) return 'OTHER';
  // "the president, Zelensky," / "spokesman Peskov": a role in lower case before a name.
  if (startsLowerCase(previous.text) && isTitleHead(previous.text)) return 'PERSON';
  if (previous.text === ',' && beforePrevious && startsLowerCase(beforePrevious.text) && isTitleHead(beforePrevious.text)) return 'PERSON';
  // "an analyst at Berenberg", "head of research at Peel Hunt": a workplace.
  if (previous.text === 'at' && titleBefore(words, first - 2)) return 'ORG';
  // "signed for Kelham Rovers", "played for Ardley City": a player's club.
  if (previous.text === 'for' && beforePrevious && /^(signed|signs|signing|played|plays|playing|scored|scores|starred|stars|featured|appeared|turned)$/.test(beforePrevious.text)) return 'ORG';
  // "shares in Quantix", "a stake in Veltora": an investment is in a company.
  if (/^(in|of)$/.test(previous.text) && beforePrevious && /^(shares|stake|stakes|stock|holdings|investment|investments|investors|owner|owners)$/i.test(beforePrevious.text)) return 'ORG';
  // "members of Moms Demand Action", "a member of Kelham Rovers": people are members of a body
  // (but of a person's family: "members of Ana Ruiz's family").
  if (previous.text === 'of' && beforePrevious && /^(member|members|membership)$/.test(beforePrevious.text) && !isGivenName(words[first].text)) return 'ORG';
  // "accounts at Corvane Savings", "a branch of Veltora": money is kept at a bank.
  if (/^(at|of)$/.test(previous.text) && beforePrevious && /^(account|accounts|branch|branches|deposits|customers|clients)$/i.test(beforePrevious.text)) return 'ORG';
  // "Kathmandu-based Himalayan Vertical Treks": what is based somewhere, named with no role noun
  // between and no given name first, is a firm or a body.
  if (previous.text === 'based' && /^[-‐]$/.test(beforePrevious?.text ?? '') && !isGivenName(words[first].text)) return 'ORG';
  // "told the Meridian", "told the Senate": people are told nothing with "the" before their name;
  // an outlet or a body is.
  if (previous.text === 'the' && beforePrevious && /^(told|tells|telling)$/.test(beforePrevious.text)) return 'ORG';
  // "was quoted as saying by Solwire Daily": an outlet.
  if (previous.text === 'by' && beforePrevious?.text === 'saying') return 'ORG';
  // "near the Berlaymont", "outside the Reichstag", "at the Hungaroring": what a preposition of
  // place sets after "the" is a place (not a workplace: "an analyst at the Bundesbank").
  if (previous.text === 'the' && beforePrevious && /^(at|near|outside|inside)$/i.test(beforePrevious.text) && !(beforePrevious.text === 'at' && titleBefore(words, first - 3))) return 'PLACE';
  // (Capitalised only because it opens the sentence too: "In Pandan, at the northern tip …".)
  const openingPreposition = previous.sentenceInitial && !previous.inTitleCaseLine && PLACE_PREPOSITIONS.test(previous.text);
  if ((PLACE_PREPOSITIONS.test(previous.text) && startsLowerCase(previous.text)) || openingPreposition) return 'PLACE';
  if (previous.text === 'of' && beforePrevious && PLACE_NOUNS.test(beforePrevious.text)) return 'PLACE';
  // "the mayor of Lunca Mare", "residents of Khan Younis", "the outskirts of Tarrow": people and parts of a place.
  if (previous.text === 'of' && beforePrevious && PEOPLE_AND_PARTS_OF_PLACES.test(beforePrevious.text)) return 'PLACE';
  if (PLACE_NOUNS.test(previous.text) && startsLowerCase(previous.text)) return 'PLACE';
  return null;
}

/** Nouns for a settlement or an administrative area, which name a place after "of". */
const SETTLEMENT_NOUNS = /^(city|town|village|hamlet|township|municipality|suburb|borough|island|province|county|district|region|parish|commune|canton|prefecture|governorate)$/;

/**
 * Nouns for a state or a country's part, which name a place after "of" ("the Mexican state of
 * Nuevo León", "the kingdom of Eswatini", "the territory of Nunavut"), though not in an apposition,
 * where they qualify another noun ("the state broadcaster").
 */
const STATE_NOUNS = /^(state|territory|republic|kingdom|emirate|sultanate|principality|archipelago|oblast|krai|atoll)$/;

/** The people and the parts of a place, which name it after "of" ("the mayor of", "residents of", "the outskirts of"). */
const PEOPLE_AND_PARTS_OF_PLACES = /^(mayor|mayors|governor|people|residents|inhabitants|outskirts|suburbs|streets|townspeople|villagers)$/;

/**
 * True when the run at word `first` follows "the village of", "the town of", "the province of",
 * "the state of", "the mayor of", "the people of": whatever its words look like, it names a place
 * ("the hamlet of Elk Bend", "the town of Fort Ross", "the state of Nuevo León", "the mayor of Lunca Mare").
 */
export function settlementOf(words: NameWord[], first: number): boolean {
  const noun = words[first - 2]?.text ?? '';
  return words[first - 1]?.text === 'of' && (SETTLEMENT_NOUNS.test(noun) || STATE_NOUNS.test(noun) || PEOPLE_AND_PARTS_OF_PLACES.test(noun));
}

/**
 * True when a lower-case title ends at word `last` ("an analyst"), or a title and its field do
 * ("head of research", "director of Asia rates strategy"): a person's post, whose "at" names the
 * employer.
 */
function titleBefore(words: NameWord[], last: number): boolean {
  // (Capitalised only because it opens the sentence: "Lawyers at Clifford Chance said …".)
  const lowerTitle = (k: number): boolean => k >= 0 && (startsLowerCase(words[k].text) || words[k].sentenceInitial) && (isTitleHead(words[k].text) || isRoleNoun(words[k].text));
  if (lowerTitle(last)) return true;
  // The field may take a few words, a region's name among them, but one in lower case at least
  // ("head of Asia rates strategy"; "the governor of Texas at …" names where the governor was).
  let lowerField = false;
  for (let k = last; k >= Math.max(1, last - 4); k--) {
    if (!/^\p{L}+$/u.test(words[k].text)) return false;
    if (words[k].text === 'of') return lowerField && lowerTitle(k - 1);
    lowerField ||= startsLowerCase(words[k].text);
  }
  return false;
}

/** True when a reporting verb follows the word at index `at` of the text ("Lula said", "Obi told"). */
export function reportingVerbAfter(words: NameWord[], at: number): boolean {
  const next = words[at + 1];
  if (next === undefined || !REPORTING_VERBS.test(next.text)) return false;
  // "Member states will vote", "Delivery notes were lost": a plural noun before a verb reports nothing.
  return !(/^(states|notes)$/.test(next.text) && AUXILIARIES.test(words[at + 2]?.text ?? ''));
}

/** Auxiliary and modal verbs, which follow a plural subject ("states will", "notes were"). */
const AUXILIARIES = /^(will|would|can|could|should|must|may|might|shall|have|had|are|were|do|did|need)$/;

/** The shape of a lone name: "Faro", "Ahmed-Khan", "Hay-on-Wye", "Val-d'Or". */
const LONE_NAME_SHAPE = /^\p{Lu}\p{Ll}+(-\p{Ll}+)?(-\p{Lu}\p{Ll}+|-[dl]['’]\p{Lu}\p{Ll}+)?$/u;
/** A hyphen and an elided French article inside a name: "Val-d'Or", "Fontaine-l'Évêque". */
const HYPHENATED_ELISION = /-[dl]['’]\p{Lu}/u;

/**
 * What the lone unknown capitalised word at `at` most likely names, judged by its shape: written
 * mid-sentence in letters only, it is a company or a body when it looks like one ("Ofcom",
 * "Bundeswehr", "Copa-Cogeca", "Metrolink"), a person when it ends like a surname ("Zelensky",
 * "Peskov"), and a place ("Ladakh", "Esbjerg") only where the words around say so; at the start
 * of a sentence, a plural ("MPs") or with digits ("Sh60", "Il-76") it is nothing.
 */
export function guessLoneWord(words: NameWord[], at: number, lowerWords: Set<string>): EntityType | null {
  const w = words[at];
  const previous = words[at - 1];
  if (w.sentenceInitial || w.inTitleCaseLine || w.text.length < 3 || !LONE_NAME_SHAPE.test(w.text)) return null;
  if (w.pos !== 'PROPN') return null;
  if (lowerWords.has(w.text.toLowerCase()) || lowerWords.has(w.text.toLowerCase().replace(/s$/, ''))) return null;
  // "the Bill", "the Cabinet", "the Gospel": an institution or a document, not a town; but a word
  // no dictionary holds, set by a preposition of place or motion after "the", is a river, a sea or
  // a region ("into the Warta", "along the Oder", "in the Burren"; not "in the Cabinet").
  if (/^the$/i.test(previous?.text ?? '')) return PLACE_BEFORE_ARTICLE.test(words[at - 2]?.text ?? '') && !isCommonWord(w.text) && !isGivenName(w.text) && !/(an|ese|ish|ic|ist|ism)$/.test(w.text) ? 'PLACE' : null;
  // "thanked God", "Maritime workers": a common English word capitalised names nothing by its look.
  if (isCommonWord(w.text) && !isGivenName(w.text)) return null;
  // Adjectives and group nouns ("Andean", "Catholics", "Marxist") describe; they do not name.
  if (/(an|ese|ish|ic|ics|ist|ists|ism)$/.test(w.text)) return null;
  // "Stratford-upon-Avon", "Châlons-en-Champagne": a hyphenated name with a lower-case link is a town.
  if (/-(on|upon|en|sur|sous|le|la|de|am|an|der|in|by|under)-/.test(w.text)) return 'PLACE';
  // Endings of company and brand names: Ofcom, Bundeswehr, Metrolink, Easyjet, Northzone; and
  // hyphenated names ("Hydro-Québec"), but for a given name ("Jean-Luc", "Seo-yeon") and a French
  // name through an elided article, a town's or a surname ("Val-d'Or", "Lefèvre-d'Orsay"), which
  // the words around must place.
  if (/(com|tech|soft|corp|wehr|rat|bond|link|space|zone|card|jet|ware|labs|hub)$/.test(w.text) || (w.text.includes('-') && !HYPHENATED_ELISION.test(w.text) && !isGivenName(w.text))) return 'ORG';
  // A given name alone is a person called by first name ("Callum", "Mette").
  if (isGivenName(w.text)) return 'PERSON';
  // Surname endings of many languages: Zelensky, Peskov, Shevchenko, Kovačević, Popescu, Andersson.
  if (/(sky|skyy|ski|skiy|ov|ova|ev|eva|enko|chuk|vić|vic|escu|sson|poulos|idis|ashvili|yan)$/.test(w.text)) return 'PERSON';
  // Else its shape says only "a name": a place where the words around say so ("flew to Faro",
  // "left Portsmouth", "in eastern Ladakh", "Kelowna, B.C.", "Velmoor Mayor Ana Ruiz"); elsewhere
  // its capital proves nothing ("a Ponzi scheme", "Anopheles mosquitoes").
  return placedByNeighbours(words, at) ? 'PLACE' : null;
}

/** Prepositions of place and motion before "the" that make the lone unknown name after it a place: "into the Warta". */
const PLACE_BEFORE_ARTICLE = /^(in|into|on|along|across|from|over|through|throughout|around|beyond|up|down|towards?|near|off|upstream|downstream)$/;

/** Words before a lone name that make it a place: prepositions of place and motion, verbs of travel, compass adjectives. */
const PLACE_BEFORE = /^(in|at|from|near|to|into|across|towards?|via|around|through|throughout|outside|inside|of|eastern|western|northern|southern|central|north|south|east|west|left|leave|leaves|leaving|reached|reach|reaches|visited|visit|visits|entered|fled|toured)$/;

/**
 * True when the words around the lone name at `at` make it a place: a preposition of place, a verb
 * of travel or a compass word before it, or after it a comma and a state's dotted initials or a
 * known place, a role noun in lower case or a title whose holder it is the town of (a firm's staff
 * noun names the employer instead: "Jefferies analyst").
 */
function placedByNeighbours(words: NameWord[], at: number): boolean {
  if (PLACE_BEFORE.test(words[at - 1]?.text ?? '')) return true;
  const next = words[at + 1]?.text ?? '';
  const after = words[at + 2]?.text ?? '';
  if (next === ',' && (isDottedInitials(after) || lookupName(after)?.type === 'PLACE')) return true;
  // "Mornington trainer Declan O'Halloran", "a Motueka farmer's son": people are described by their town.
  if (startsLowerCase(next) && isRoleNoun(next) && !STAFF_NOUNS.test(next) && !MEMBER_NOUNS.test(next)) return true;
  return isTitleHead(next) && startsUpperCase(next);
}

/** Nouns that, after a possessive, show the owner is a company or body ("Acme's shares", "Ofcom's chief executive"). */
const CORPORATE_AFTER_POSSESSIVE = /^(shares|stock|profits?|revenues?|earnings|sales|board|chief|ceo|executives?|spokes(man|woman|person)|employees|engineers|workforce|(co-)?founders?|staff|customers|shareholders|investors|subsidiary|headquarters|boss|chairman|chairwoman|brand|products?|platform|app|services?|factory|factories|branches|stores)$/i;

/** What the words after a name suggest: "Acme's shares" → a company; "the Tal al-Sultan area" → a place. */
export function hintAfter(words: NameWord[], last: number): EntityType | null {
  const next = words[last + 1];
  const after = words[last + 2];
  if (next && /^['’]s?$/.test(next.text) && after && CORPORATE_AFTER_POSSESSIVE.test(after.text)) return 'ORG';
  // "Baker McKenzie's London office", "Kemp Radley's Asia division": a firm's branch in a place.
  if (next && /^['’]s?$/.test(next.text) && after && startsUpperCase(after.text) && /^(office|offices|branch|branches|division|subsidiary|arm|operations)$/.test(words[last + 3]?.text ?? '')) return 'ORG';
  // "two former Vexagen engineers", "Jefferies analysts": a firm's staff, named by the firm; "Fine
  // Gael councillors", "Likud lawmakers": a party's elected members.
  if (next && /^(engineers|employees|executives|shareholders|staffers|analysts|strategists|economists|bankers|traders|brokers|members|councillors|councilors|lawmakers|legislators|MPs|MEPs|TDs|MSPs|senators)$/.test(next.text)) return 'ORG';
  // "the Datavox institute published", "the Kestrel group said", "the Bruegel think tank", "a former
  // Rabobank analyst said": a kind of body in lower case after the name, or one of its staff who is
  // not named after it, make it the body.
  // (Not before a name or a role it qualifies: "the Walloon union FWA", "the Green group leader".)
  const bodyNoun = next !== undefined && (BODY_AFTER_NAME.test(next.text) || (next.text === 'think' && after?.text === 'tank'));
  const qualifies = after !== undefined && (startsUpperCase(after.text) || isTitleHead(after.text) || isRoleNoun(after.text));
  if (bodyNoun && !qualifies) return 'ORG';
  if (next && STAFF_NOUNS.test(next.text) && !(after && startsUpperCase(after.text))) return 'ORG';
  // "the Hennessy family", "the Mbeki clan": a surname names the family's people.
  if (next && /^(family|families|clan|dynasty|household)$/.test(next.text)) return 'PERSON';
  // "the Tal al-Sultan area", "the Kherson region", "the Jabalia refugee camp": a place noun in
  // lower case after the name, or after one lower-case word that qualifies it.
  if (next && startsLowerCase(next.text) && PLACE_NOUNS.test(next.text)) return 'PLACE';
  if (next && MODEL_NOUNS.test(next.text)) return 'OTHER';
  // "an Ariane 5 rocket", "a Falcon 9 launch vehicle": a model number between name and noun.
  if (next && /^\d+$/.test(next.text) && after && MODEL_NOUNS.test(after.text)) return 'OTHER';
  if (next && after && /^\p{Ll}+$/u.test(next.text) && startsLowerCase(after.text) && PLACE_NOUNS.test(after.text) && !PLACE_NOUNS.test(next.text)) return 'PLACE';
  return null;
}

/** Kinds of body in lower case that follow a body's name: "the Datavox institute", "the Wagner group", "the Likud party". */
const BODY_AFTER_NAME = /^(institute|group|firm|company|agency|bank|party|union|consultancy|brokerage|lender|insurer|broadcaster|newspaper|tabloid|magazine|website|pollster|think-tank|thinktank|startup|start-up|charity)$/;

/** A firm's staff named in the singular before one of them: "Jefferies analyst Ana Ruiz", "Linklaters partner Tom Hale". */
const STAFF_NOUNS = /^(analyst|economist|strategist|banker|trader|broker|partner|lawyer|researcher|engineer|scientist)$/;

/**
 * True when a staff noun in lower case and a capitalised name follow the name ending at word
 * `last`: "Peel Hunt analyst Ravi Menon", "Clifford Chance partner Ana Ruiz". The name before the
 * noun is the employer (a firm), even when it opens with a given name.
 */
export function employerOfStaffAfter(words: NameWord[], last: number): boolean {
  return nounAndNameAfter(words, last, STAFF_NOUNS);
}

/** True when a noun of `nouns` and then a capitalised name, not opening a sentence, follow word `last`. */
function nounAndNameAfter(words: NameWord[], last: number, nouns: RegExp): boolean {
  const noun = words[last + 1];
  const name = words[last + 2];
  return noun !== undefined && name !== undefined && nouns.test(noun.text) && startsUpperCase(name.text) && !name.sentenceInitial;
}

/** A member of a team, party or body named in the singular before one of them: "Celtic manager", "Likud spokesman". */
const MEMBER_NOUNS = /^(manager|coach|boss|captain|skipper|striker|defender|midfielder|goalkeeper|winger|chairman|chairwoman|leader|spokesman|spokeswoman|spokesperson|owner)$/;

/**
 * True when a member's noun in lower case and a capitalised name follow the name ending at word
 * `last`: "Arsenal defender William Saliba", "Likud spokesman Omer Dank". The name before the noun
 * is the team, party or body the member belongs to (a town's name before it is no proof of place:
 * "Mornington trainer" is).
 */
export function bodyOfMemberAfter(words: NameWord[], last: number): boolean {
  return nounAndNameAfter(words, last, MEMBER_NOUNS);
}

/** Articles that open an apposition ("Meridale Capital, the Geneva-based bank,"). */
const APPOSITION_ARTICLES = /^(the|a|an)$/i;

/**
 * What an apposition after a name says it is: "Meridale Capital, the Geneva-based bank," and
 * "Vexagen, the Oslo drugmaker," name organisations. The apposition's head noun decides: a
 * noun followed by a possessive only owns the head ("Ada Reyes, the bank's chief economist"), and
 * a role noun makes the name a person's, which this leaves to the other rules.
 */
export function appositionAfter(words: NameWord[], last: number): EntityType | null {
  if (words[last + 1]?.text !== ',' || !APPOSITION_ARTICLES.test(words[last + 2]?.text ?? '')) return null;
  for (let k = last + 3; k < Math.min(words.length, last + 9); k++) {
    const w = words[k].text;
    const next = words[k + 1]?.text ?? '';
    if (!/^\p{L}/u.test(w)) return null;
    if (/^['’]s?$/.test(next)) {
      k++;
      continue;
    }
    // Capitalised words qualify the head ("the Norwegian finance union", "a Zurich consultancy").
    if (startsUpperCase(w)) continue;
    // A preposition opens the head's complement: the head came before it ("the three members of the council").
    if (/^(of|in|at|for|from|with|on|to|by)$/.test(w)) return null;
    // The descriptor must head the apposition: "a charity worker", "a union official" are people.
    if (isOrganisationDescriptor(w)) return isTitleHead(next) || isRoleNoun(next) ? null : 'ORG';
    // "Lunca Mare, the village closest to the dam", "Kalehe, a town in South Kivu": a place.
    if (SETTLEMENT_NOUNS.test(w)) return isTitleHead(next) || isRoleNoun(next) ? null : 'PLACE';
    if (isTitleHead(w) || isRoleNoun(w)) return null;
  }
  return null;
}

/** True when a name is followed by "said in a statement" (or a filing, a release, a note to clients): how bodies speak. */
export function statementAfter(words: NameWord[], last: number): boolean {
  const said = words[last + 1]?.text ?? '';
  if (!/^(said|says|announced|confirmed|wrote|writes)$/.test(said)) return false;
  // A broker or bank gives its view "in a note" or "in a research note" to clients.
  return words[last + 2]?.text === 'in' && /^(a|its)$/.test(words[last + 3]?.text ?? '') && /^(statement|filing|release|press|regulatory|stock|note|research|report)$/.test(words[last + 4]?.text ?? '');
}

/**
 * What the words before a lone name say of it as a source or a body: "told Solwire", "according
 * to Solwire", "a spokesperson for Vexagen", "operated by Vexagen", "investors including Vexagen",
 * "Photo: Photosport" name an outlet or an organisation (a person the text already named by full name is recognised
 * before this is asked).
 */
export function sourceBefore(words: NameWord[], first: number, single: boolean): EntityType | null {
  if (!single) return null;
  const previous = words[first - 1]?.text ?? '';
  const beforePrevious = words[first - 2]?.text ?? '';
  if (previous === 'told' || (previous === 'to' && /^according$/i.test(beforePrevious))) return 'ORG';
  if (previous === 'for' && isSpokespersonWord(beforePrevious)) return 'ORG';
  // "operated by Vexagen", "backed by Solwire": what runs, owns or funds a thing is a body.
  if (previous === 'by' && /^(operated|owned|backed|funded|acquired|bought|run|built|managed|sponsored)$/.test(beforePrevious)) return 'ORG';
  if (previous === 'including' && /^(investors|backers|lenders|shareholders|clients|customers|partners|sponsors)$/.test(beforePrevious)) return 'ORG';
  // "Photo: Photosport", "Picture: Inpho": a one-word picture credit is an agency (not the first
  // word of a caption: "Photo: Passengers wait at the gate").
  if (creditBefore(words, first) && closesCredit(words, first)) return 'ORG';
  return null;
}

/** True when a picture credit ("Photo:", "Picture:", "Image:") stands right before the word at `first`. */
export function creditBefore(words: NameWord[], first: number): boolean {
  return words[first - 1]?.text === ':' && CREDIT.test(words[first - 2]?.text ?? '');
}
const CREDIT = /^(photo|photograph|picture|image|photos|pictures|images|credit)$/i;

/** True when nothing but a line's or sentence's end, a bracket, a slash or an asterisk follows the word at `at`. */
function closesCredit(words: NameWord[], at: number): boolean {
  const next = words[at + 1];
  return next === undefined || next.sentenceInitial || /^[.)\]/*|]$/.test(next.text);
}
