/**
 * Titles and roles that stand before (or instead of) a person's name in news English:
 * "Russian Foreign Minister Sergey Lavrov", "NATO Secretary General Jens Stoltenberg",
 * "U.S. Ambassador Linda Thomas-Greenfield", "spokesperson Mao Ning", "Pope Francis".
 * A title is never part of a name: the recogniser strips it and the reader uses it to find the
 * person a description ("the Russian minister") stands for.
 */
import { rememberRecent } from './rememberRecent';

/** Words that make a title on their own ("President", "spokesperson", "Judge", "Mr"). */
const TITLE_HEADS = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'fm', 'secretary', 'secretary-general', 'spokesperson', 'spokesman', 'spokeswoman',
  'chancellor', 'premier', 'ambassador', 'envoy', 'senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.',
  'governor', 'gov.', 'mayor', 'judge', 'justice', 'magistrate', 'prosecutor', 'attorney', 'counsel', 'lawyer', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'co-founder', 'director', 'director-general',
  'head', 'chief', 'leader', 'commissioner', 'commander', 'commander-in-chief', 'general', 'gen.', 'admiral', 'colonel',
  'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'marshal', 'brigadier', 'officer',
  'inspector', 'detective', 'superintendent', 'constable', 'sheriff', 'king', 'queen', 'prince', 'princess', 'emperor',
  'empress', 'emir', 'sultan', 'sheikh', 'pope', 'cardinal', 'archbishop', 'bishop', 'patriarch', 'metropolitan',
  'rabbi', 'imam', 'ayatollah', 'cleric', 'reverend', 'rev.', 'father', 'sister', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'dr', 'dr.', 'prof', 'prof.', 'professor', 'rev', 'fr', 'fr.', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl', 'pte', 'sen', 'gov', 'rep', 'hon', 'hon.', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'mp', 'mep', 'mla', 'msp', 'mpp', 'mha', 'td', 'adviser',
  'advisor', 'aide', 'official', 'negotiator', 'coordinator', 'rapporteur', 'undersecretary', 'under-secretary', 'deputy',
  'coach', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'skipper', 'captain',
  'economist', 'analyst', 'researcher', 'scientist', 'author', 'correspondent', 'editor', 'reporter', 'columnist',
  'presenter', 'host', 'spokesperson', 'treasurer', 'auditor', 'executive', 'regulator', 'governor-general', 'viceroy',
  'regent', 'dean', 'rector', 'principal', 'provost', 'chaplain', 'vicar', 'pastor', 'deacon', 'monsignor', 'nuncio',
  'speaker', 'substitute', 'midfielder', 'batsman', 'bowler', 'pitcher', 'quarterback', 'sprinter', 'champion',
  'defendant', 'plaintiff', 'witness', 'councillor', 'councilor', 'alderman', 'assemblyman', 'assemblywoman', 'whip',
  'secretary-of-state', 'boss', 'owner', 'farmer', 'teacher', 'student', 'resident', 'mother', 'writer', 'photographer',
  'contributor', 'commentator', 'producer', 'publisher', 'novelist', 'poet', 'artist', 'singer', 'actor', 'actress',
  'director-general',
  // Honorifics of other languages that English news keeps before a name (not those that are also
  // names or surnames: "Sri Lanka", "Canon", "Shamima Begum", "Mehbooba Mufti").
  'hafiz', 'rebbetzin', 'rebbe', 'rav', 'ibu', 'bapak', 'sayyid', 'sayyida', 'sheikha', 'shaikh', 'maulana',
  'swami', 'shri', 'smt', 'datuk', 'dato', 'haji', 'hajji', 'ustaz', 'ustad', 'mullah',
  'effendi', 'tengku', 'tunku', 'maharaja', 'monsieur', 'madame', 'señor', 'señora', 'herr', 'frau',
  // The Irish head of government and deputy, as English-language news writes them ("An Taoiseach Micheál Martin").
  'taoiseach', 'tánaiste', 'tanaiste',
  // West African honorifics ("Alhaji Sani Garba", "Hajia Amina Bello") and the lawyer's title Nigerian
  // and Ghanaian papers put before a name ("Barrister Uchenna Obi").
  'alhaji', 'alhaja', 'hajia', 'barrister', 'grandmaster',
  // Abbreviated ranks and offices of British, Irish and Commonwealth police, forces, councils and churches.
  'cllr', 'cllr.', 'supt', 'supt.', 'insp', 'insp.', 'det', 'det.', 'dci', 'dcs', 'cdr', 'cdr.', 'cmdr',
  'lt-col', 'brig', 'brig.', 'adm', 'adm.', 'gen.', 'cpt', 'cpt.', 'pte.', 'cpl.', 'l/cpl', 'revd', 'rt', 'msgr', 'msgr.', 'fr.',
  'archimandrite', 'archdeacon', 'abbot', 'abbess', 'hegumen', 'archpriest', 'protopresbyter',
  'atty', 'atty.', 'engr', 'engr.', 'arch.', 'sec.', 'usec', 'usec.', 'asec', 'asec.', 'dir.',
]);

/** The honorifics that open a person's name: "Mr", "Mrs.", "Ms", "Dr", "Prof.". */
const HONORIFIC = /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;

/** True for an honorific, which opens a person's name and qualifies no body's or place's head ("Ms Park", "Dr Hall"). */
export function isHonorific(word: string): boolean {
  return HONORIFIC.test(word);
}

/** Honours and suffixes written after a name, never part of it: "Martin Ferrier KC", "John Smith MP". */
const POST_NOMINALS = new Set([
  'kc', 'qc', 'sc', 'sc.', 'mp', 'mep', 'msp', 'td', 'mla', 'mpp', 'mha', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'phd', 'ph.d.', 'md', 'jr', 'jr.',
  'sr', 'sr.', 'ii', 'iii', 'iv', 'esq', 'esq.', 'cpa', 'rn', 'dds', 'sj', 's.j.', 'op', 'ofm',
]);

/** True for an honour or suffix written after a name ("KC", "MP", "Jr."). */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.toLowerCase());
}

/** Words that only qualify a title ("Foreign", "Prime", "Deputy", "Acting", "Defence"). */
const TITLE_MODIFIERS = new Set([
  'foreign', 'prime', 'deputy', 'vice', 'acting', 'former', 'interim', 'first', 'second', 'assistant', 'associate',
  'senior', 'junior', 'state', 'defence', 'defense', 'interior', 'finance', 'economy', 'economic', 'trade', 'health',
  'justice', 'education', 'energy', 'environment', 'culture', 'sports', 'agriculture', 'transport', 'labour', 'labor',
  'home', 'treasury', 'development', 'security', 'national', 'general', 'chief', 'executive', 'managing', 'special',
  'high', 'permanent', 'supreme', 'grand', 'crown', 'attorney', 'solicitor', 'lead', 'top', 'opposition', 'party',
  'army', 'military', 'police', 'fire', 'news', 'press', 'communications', 'digital', 'science', 'technology',
  'information', 'intelligence', 'emergency', 'emergencies', 'humanitarian', 'immigration', 'housing', 'industry',
  'commerce', 'tourism', 'women', "women's", 'youth', 'family', 'social', 'public', 'presidential', 'royal', 'federal',
  'regional', 'provincial', 'local', 'city', 'county', 'district', 'shadow', 'outgoing', 'incoming', 'late', 'then',
  'oil', 'gas', 'mining', 'petroleum', 'infrastructure', 'minerals', 'fisheries', 'forestry', 'aviation', 'climate',
  'electricity', 'planning', 'pensions', 'welfare', 'heritage', 'water', 'irrigation', 'telecommunications',
  'cabinet', 'co', 'joint', 'affairs', 'staff', 'con', 'con.', 'management', 'circuit', 'appeals', 'appeal', 'district', 'minority', 'majority', 'sports', 'business', 'political', 'diplomatic', 'legal', 'crime',
]);

/** Normalises a word for the title lexicons: lower case, typographic apostrophes and hyphens unified. */
function normalise(word: string): string {
  const lower = word.toLowerCase();
  return /[’‐‑–]/.test(lower) ? lower.replace(/’/g, "'").replace(/[‐‑–]/g, '-') : lower;
}

/**
 * A word's title kind: 2 for a head ("Minister"), 1 for a qualifier only ("Foreign"), 0 for none
 * (remembered: the recogniser asks about the same words again and again).
 */
const titleKind = rememberRecent((word): number => {
  const w = normalise(word);
  return TITLE_HEADS.has(w) || isPluralTitle(w) || isPrefixedTitle(w) || isDottedTitle(w) ? 2 : TITLE_MODIFIERS.has(w) ? 1 : 0;
});

/**
 * True for a short title written with the full stop of an abbreviation that the lexicon lists
 * without it ("Smt. Anuradha Iyer", "Shri. Pradeep Kumar", "Datuk. …" as house styles vary).
 */
function isDottedTitle(w: string): boolean {
  return w.length <= 8 && w.endsWith('.') && TITLE_HEADS.has(w.slice(0, -1));
}

/** Prefixes joined by a hyphen to a title: "Vice-Premier", "Deputy-Governor", "Co-Chair", "Ex-President". */
const TITLE_PREFIX = /^(vice|deputy|co|ex|acting|assistant|under|lieutenant)-/;

/** True for a title head behind a hyphenated prefix ("vice-premier", "co-chair", "ex-minister"). */
function isPrefixedTitle(w: string): boolean {
  const prefix = TITLE_PREFIX.exec(w);
  return prefix !== null && TITLE_HEADS.has(w.slice(prefix[0].length));
}

/**
 * True when a word can be part of a title before a name, as head ("President", "Minister",
 * "spokesperson", "Judge") or as qualifier ("Foreign", "Prime", "Deputy", "General" in
 * "Secretary General"). Case-insensitive.
 */
export function isTitleWord(word: string): boolean {
  return titleKind(word) > 0;
}

/** True for the plural of a title head ("Presidents Biden and Xi", "Ministers"). */
function isPluralTitle(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1));
}

/** True when a word is a title on its own ("Minister", "spokesperson", "Pope"), not only a qualifier. */
export function isTitleHead(word: string): boolean {
  return titleKind(word) === 2;
}
