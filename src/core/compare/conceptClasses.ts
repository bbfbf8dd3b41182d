/**
 * A light synonym lexicon for news: words that report one fact in different outlets' wording
 * ("killed" / "died" / "dead", "rose" / "climbed" / "grew", "homes" / "houses", "tremor" /
 * "quake"). Each class is a small set of common news verbs and nouns of one meaning, chosen
 * so that no member often means something else in reporting; a word outside every class keeps
 * its own stem. Number words stand for their digits ("fifteen" / "15"); currency codes and names
 * are one sense ("DKK" / "crowns").
 *
 * Classes whose words name what a figure counts (deaths, injuries, people, homes, jobs, money,
 * attendance, survivors, the missing, the displaced, arrests) are measure classes: "12 dead", "12 people were killed" and "a dozen
 * fatalities" all count deaths. Some words name a measure only right after a number ("800
 * posts"): they are in {@link measureOf} but not in {@link senseOf}.
 */
import { CURRENCY_NAMES, CURRENCY_SIGNS } from '../values/units';
import { spellingKey } from './spellingKey';
import { stemWord } from './stemWord';
import { wordTable } from '../text/wordTable';

/** Classes of words of one meaning in news reports, by class name. */
const CLASSES: Record<string, string[]> = wordTable({
  death: ['kill', 'killed', 'killing', 'kills', 'dead', 'die', 'died', 'dies', 'dying', 'death', 'deaths', 'fatal', 'fatalities', 'fatality', 'toll', 'perished', 'bodies'],
  injury: ['injure', 'injured', 'injuries', 'injury', 'injuring', 'wounded', 'wounding', 'wounds', 'hurt'],
  home: ['home', 'homes', 'house', 'houses', 'housing', 'dwellings', 'dwelling'],
  job: ['job', 'jobs'],
  rise: ['rise', 'rose', 'risen', 'rising', 'rises', 'climb', 'climbed', 'climbing', 'grow', 'grew', 'grown', 'growing', 'increase', 'increased', 'increasing', 'jump', 'jumped', 'gain', 'gained'],
  fall: ['fall', 'fell', 'fallen', 'falling', 'falls', 'drop', 'dropped', 'dropping', 'decline', 'declined', 'slump', 'slumped', 'slid', 'tumbled'],
  cut: ['cut', 'cuts', 'cutting', 'shed', 'shedding', 'axe', 'axed', 'slash', 'slashed'],
  quake: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'],
  revenue: ['revenue', 'revenues', 'sales', 'turnover'],
  forecast: ['forecast', 'forecasts', 'guidance', 'outlook'],
  aid: ['aid', 'assistance', 'help', 'relief'],
  jail: ['jail', 'jailed', 'imprisoned', 'prison', 'sentenced', 'sentence'],
  admit: ['admit', 'admitted', 'admitting', 'pleaded', 'confessed'],
  attendance: ['crowd', 'spectators', 'attendance'],
  child: ['child', 'children', 'kids'],
  begin: ['begin', 'began', 'begun', 'start', 'started'],
  end: ['end', 'ended', 'ends', 'finish', 'finished'],
  money: ['money', 'funds', 'cash', 'savings'],
  people: ['people', 'persons', 'residents', 'inhabitants', 'civilians', 'citizens'],
});

/**
 * Members matched as written, not by stem, whose stem would take in other words ("lower" and
 * "low", "down" and "download").
 */
const EXACT: Record<string, string> = wordTable({ lower: 'fall', lowered: 'fall', down: 'fall', up: 'rise', higher: 'rise' });

/**
 * Words that name a measure only as what a number counts ("800 posts", "1,200 positions", "23
 * survivors", "45 people were detained"), not as a synonym of the class's other words when facts
 * are matched ("displaced" and "fled" report one fact only as counts).
 */
const COUNTED_ONLY: Record<string, string[]> = wordTable({
  job: ['post', 'posts', 'positions', 'roles', 'workers', 'employees', 'staff'],
  death: ['victims', 'lives'],
  people: ['individuals'],
  attendance: ['fans', 'supporters', 'onlookers', 'protesters', 'protestors', 'demonstrators'],
  survivor: ['survivor', 'survivors'],
  displaced: ['evacuated', 'evacuation', 'evacuees', 'displaced', 'flee', 'fled', 'fleeing', 'flees', 'homeless'],
  arrest: ['arrest', 'arrested', 'arrests', 'detained', 'detain'],
});

/** Measure words matched as written: their stems take in other words ("rescuers", "miss"). */
const COUNTED_EXACT: Record<string, string> = wordTable({ rescued: 'survivor', missing: 'missing', unaccounted: 'missing' });

/**
 * The classes whose members name what a figure counts. Measures read as units (area, distance,
 * percentage, currencies: "hectares", "km", "per cent", "kroner") are normalised by parseQuantity.
 */
const MEASURES = new Set(['death', 'injury', 'people', 'home', 'job', 'money', 'attendance', 'survivor', 'missing', 'displaced', 'arrest']);

const BY_STEM = new Map<string, string>();
for (const [name, words] of Object.entries(CLASSES)) for (const w of words) BY_STEM.set(stemWord(w), name);
const COUNTED_BY_STEM = new Map<string, string>(BY_STEM);
for (const [name, words] of Object.entries(COUNTED_ONLY)) for (const w of words) COUNTED_BY_STEM.set(stemWord(w), name);

/**
 * The key under which a word matches words of the same meaning: `~class` for a member of a class,
 * the digits of a number word, else the word's stem.
 */
export function senseOf(folded: string, stem: string): string {
  const cls = EXACT[folded] ?? BY_STEM.get(stem);
  if (cls) return `~${cls}`;
  if (folded in CURRENCY_NAMES || (folded.length === 3 && folded in CURRENCY_SIGNS)) return '~currency';
  const spelled = spellingKey(folded);
  return /^\d+$/.test(spelled) && !/\d/.test(folded) ? spelled : stem;
}

/**
 * The measure class of a counted noun ("fatalities" → "death", "posts" → "job"), or undefined;
 * `stem` is the word's stem when the caller has it already.
 */
export function measureOf(folded: string, stem = stemWord(folded)): string | undefined {
  const cls = COUNTED_EXACT[folded] ?? COUNTED_BY_STEM.get(stem);
  return cls && MEASURES.has(cls) ? cls : undefined;
}
