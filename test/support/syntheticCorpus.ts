/**
 * The one generator of synthetic news coverage, for the benchmark (`npm run bench` bundles it) and
 * for tests that need many stories at once. A story is an event with its people, an organisation,
 * a place, numbers, statements and facts; several outlets tell it in their own house styles, so a
 * set of articles has what real coverage has: the same quote reworded or trimmed, numbers that
 * differ between outlets, facts only one outlet reports, datelines, bylines, curly and straight
 * quotation marks, partial and scare quotes.
 *
 * Unrelated stories must not look alike, as unrelated reports in a real newspaper do not: each
 * story draws its statements and facts from a vocabulary of its own (words picked from large
 * pools of everyday news English and put into varied sentence frames), and each outlet's own
 * background sentences are new combinations, never stock sentences repeated across stories. Only
 * what news English really repeats is shared: reporting verbs, function words, roles, days.
 *
 * Same seed, same articles.
 */
import { analyzeArticle } from '../../src/core/analyzeArticle';
import type { SourceInput } from '../../src/core/types';

/** What to generate. */
export interface GenerateOptions {
  /** Number of articles. */
  count: number;
  /** Words per article, roughly (default 800). */
  targetWords?: number;
  /** Outlets telling each story (default 8); the first n articles are whole sets of coverage. */
  perStory?: number;
  /** Random seed (default 20240501). */
  seed?: number;
}

/** One generated article: `story-N/outlet.txt` names its story before the slash. */
export interface GeneratedArticle {
  id: string;
  text: string;
}

type Random = () => number;

/** A small, fast, seeded PRNG (mulberry32) returning numbers in [0, 1). */
function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'John', 'Aisha', 'Sergey', 'Chen', 'Fatima', 'Oliver', 'Priya', 'Kwame', 'Elena', 'Tomás', 'Hiroshi', 'Amara', 'Lars', 'Nadia', 'David', 'Ngozi', 'Rafael', 'Ingrid', 'Omar', 'Sofia', 'Mehmet', 'Grace', 'Pavel', 'Lucia', 'Ahmed', 'Hannah', 'Viktor', 'Mei', 'Samuel', 'Leila', 'Jonas', 'Carmen', 'Ibrahim', 'Anna', 'Kenji', 'Zainab', 'Marco', 'Olga', 'Daniel'];
/**
 * Surnames and the names of companies, clubs and institutes are coined from syllables, so that
 * two unrelated stories rarely share a name (as in a real paper): 4,000 of them.
 */
const NAME_STARTS = ['Kel', 'Mar', 'Tor', 'Vel', 'Ash', 'Brin', 'Cal', 'Dor', 'Fen', 'Gal', 'Har', 'Ios', 'Jor', 'Kas', 'Lun', 'Mor', 'Nor', 'Ost', 'Pel', 'Quen', 'Ros', 'Sal', 'Tev', 'Ul', 'Var', 'Wen', 'Yar', 'Zol'];
const NAME_MIDDLES = ['', 'a', 'e', 'i', 'o', 'an', 'er', 'il'];
const NAME_ENDS = ['ova', 'sson', 'ini', 'ez', 'ford', 'berg', 'ski', 'enko', 'ides', 'ura', 'etti', 'wood', 'ani', 'aki', 'ou', 'ić', 'sen', 'ley'];
const PLACES: Array<[string, string]> = [
  ['Lagos', 'Nigeria'], ['Stockholm', 'Sweden'], ['Madrid', 'Spain'], ['Kazan', 'Russia'], ['Shenzhen', 'China'], ['Beirut', 'Lebanon'], ['Dublin', 'Ireland'], ['Pune', 'India'],
  ['Accra', 'Ghana'], ['Naples', 'Italy'], ['Osaka', 'Japan'], ['Lyon', 'France'], ['Gdansk', 'Poland'], ['Nairobi', 'Kenya'], ['Porto', 'Portugal'], ['Hamburg', 'Germany'],
  ['Ankara', 'Turkey'], ['Manchester', 'Britain'], ['Quito', 'Ecuador'], ['Brno', 'Czech Republic'], ['Valparaíso', 'Chile'], ['Tampere', 'Finland'], ['Cebu', 'Philippines'], ['Mombasa', 'Kenya'],
  ['Rosario', 'Argentina'], ['Surabaya', 'Indonesia'], ['Aarhus', 'Denmark'], ['Kraków', 'Poland'], ['Seville', 'Spain'], ['Leeds', 'Britain'], ['Halifax', 'Canada'], ['Perth', 'Australia'],
];
const OUTLETS = [
  { name: 'Reuters', style: 'wire', marks: ['"', '"'] },
  { name: 'Associated Press', style: 'wire', marks: ['"', '"'] },
  { name: 'The Guardian', style: 'paper', marks: ['“', '”'] },
  { name: 'BBC News', style: 'broadcast', marks: ['"', '"'] },
  { name: 'Al Jazeera', style: 'paper', marks: ['“', '”'] },
  { name: 'TASS', style: 'agency', marks: ['"', '"'] },
  { name: 'The Local Courier', style: 'paper', marks: ['“', '”'] },
  { name: 'Daily Ledger', style: 'paper', marks: ['‘', '’'] },
] as const;
type Outlet = (typeof OUTLETS)[number];

/** Everyday news English: the pools a story's own vocabulary is drawn from. */
const NOUNS = ['budget', 'bridge', 'harbour', 'pension', 'contract', 'vaccine', 'pipeline', 'railway', 'election', 'factory', 'hospital', 'school', 'tariff', 'drought', 'flood', 'wildfire', 'merger', 'strike', 'verdict', 'inquiry', 'treaty', 'ceasefire', 'harvest', 'airport', 'reservoir', 'mine', 'refinery', 'subsidy', 'loan', 'audit', 'festival', 'museum', 'stadium', 'license', 'permit', 'scandal', 'protest', 'referendum', 'curfew', 'blockade', 'shipment', 'cargo', 'ferry', 'tunnel', 'motorway', 'housing', 'rent', 'wage', 'salary', 'bonus', 'dividend', 'shares', 'bond', 'currency', 'inflation', 'mortgage', 'grant', 'scholarship', 'curriculum', 'exam', 'clinic', 'ward', 'ambulance', 'outbreak', 'quarantine', 'trial', 'appeal', 'warrant', 'lawsuit', 'settlement', 'fine', 'penalty', 'transfer', 'league', 'tournament', 'championship', 'coach', 'squad', 'fixture', 'telescope', 'satellite', 'laboratory', 'genome', 'species', 'glacier', 'coastline', 'forest', 'river', 'dam', 'turbine', 'reactor', 'battery', 'software', 'network', 'outage', 'breach', 'border', 'embassy', 'parliament', 'cabinet', 'coalition', 'manifesto', 'ballot', 'census', 'cathedral', 'pilgrimage', 'synod', 'monastery', 'charity', 'donation', 'volunteer', 'shelter', 'orchard', 'vineyard', 'fishery', 'quota', 'warehouse', 'depot', 'terminal',
  'canal', 'lighthouse', 'quarry', 'sawmill', 'brewery', 'bakery', 'tramline', 'cable car', 'footbridge', 'viaduct', 'sewer', 'landfill', 'incinerator', 'substation', 'wind farm', 'solar park', 'gas field', 'oil rig', 'shipyard', 'dockyard', 'marina', 'lido', 'library', 'archive', 'gallery', 'theatre', 'opera house', 'concert hall', 'zoo', 'aquarium', 'botanical garden', 'nature reserve', 'national park', 'ski resort', 'campsite', 'hostel', 'prison', 'courthouse', 'police station', 'fire station', 'barracks', 'airbase', 'checkpoint', 'customs post', 'visa scheme', 'asylum policy', 'minimum wage', 'sugar tax', 'carbon levy', 'toll road', 'parking fee', 'speed limit', 'smoking ban', 'dress code', 'school meal', 'bus route', 'night train', 'cycle lane', 'flood barrier', 'sea wall', 'irrigation scheme', 'grain silo', 'cattle market', 'fish market', 'flower show', 'book fair', 'film festival', 'marathon', 'regatta', 'derby', 'transfer fee', 'stadium lease', 'broadcast deal', 'sponsorship', 'doping test', 'vaccine rollout', 'blood bank', 'maternity unit', 'cancer ward', 'mental health service', 'care home', 'nursery', 'kindergarten', 'university campus', 'research grant', 'patent', 'copyright claim', 'data centre', 'chip plant', 'car plant', 'steelworks', 'textile mill', 'paper mill', 'cement works', 'pharmacy chain', 'supermarket chain', 'airline', 'rail operator', 'ferry operator', 'water utility', 'power grid', 'gas network', 'phone network', 'postal service', 'tax office', 'land registry', 'voter roll', 'border fence', 'refugee camp', 'food bank', 'soup kitchen', 'homeless shelter'];
/** Nouns of one word: a story's topic words (two stories sharing "voter roll" share two terms at once). */
const SIMPLE_NOUNS = NOUNS.filter((noun) => !noun.includes(' '));
const VERBS = ['approved', 'rejected', 'delayed', 'cancelled', 'expanded', 'suspended', 'funded', 'blocked', 'reviewed', 'challenged', 'inspected', 'relocated', 'rebuilt', 'privatised', 'nationalised', 'audited', 'extended', 'postponed', 'doubled', 'halved', 'restored', 'closed', 'reopened', 'merged', 'sold', 'leased', 'banned', 'licensed', 'taxed', 'subsidised', 'evacuated', 'repaired', 'modernised', 'dismantled', 'investigated', 'overturned', 'upheld', 'renegotiated', 'scrapped', 'launched', 'unveiled', 'shelved', 'revived', 'downsized', 'rebranded', 'insured', 'mortgaged', 'auctioned', 'demolished', 'flooded', 'vandalised', 'occupied', 'picketed', 'boycotted', 'rerouted', 'rationed', 'capped', 'frozen', 'indexed', 'outsourced', 'insourced', 'digitised', 'certified', 'decommissioned', 'fenced off', 'handed over'];
const ADJECTIVES = ['costly', 'controversial', 'ageing', 'temporary', 'regional', 'municipal', 'coastal', 'rural', 'overcrowded', 'underfunded', 'ambitious', 'fragile', 'disputed', 'landmark', 'outdated', 'renewable', 'seasonal', 'crumbling', 'flagship', 'informal', 'provisional', 'unpaid', 'overdue', 'experimental', 'northern', 'southern', 'eastern', 'western', 'historic', 'private', 'public', 'federal', 'voluntary', 'compulsory', 'illegal', 'emergency', 'bankrupt', 'abandoned', 'listed', 'unfinished', 'oversubscribed', 'indebted', 'medieval', 'colonial', 'modest', 'lavish', 'secretive', 'popular', 'neglected', 'cherished', 'notorious'];
const TIMES = ['on Monday', 'this week', 'last month', 'in March', 'in 2019', 'last year', 'overnight', 'on Friday', 'in the spring', 'in October', 'since January', 'at dawn'];
const GROUPS = ['Residents', 'Lawmakers', 'Unions', 'Diplomats', 'Investors', 'Campaigners', 'Officials', 'Witnesses', 'Economists', 'Neighbours', 'Employers', 'Teachers', 'Farmers', 'Shopkeepers', 'Parents', 'Engineers', 'Councillors', 'Fishermen', 'Students', 'Pensioners', 'Doctors', 'Landlords', 'Tenants', 'Drivers'];
const REACTIONS = ['questioned', 'welcomed', 'opposed', 'criticised', 'backed', 'defended', 'praised', 'challenged', 'condemned', 'supported', 'doubted', 'endorsed', 'resisted', 'ignored', 'applauded', 'disputed'];
const SAYS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'noted', 'said in a statement', 'told the BBC'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Beats: what kind of event, who speaks, and what numbers matter. */
interface Beat {
  beat: string;
  /** The story's organisation, around a coined name. */
  org: (name: string) => string;
  roles: string[];
  /** Ways to open a story: the person, the organisation, the numbers and the story's topic. */
  events: Array<(person: string, org: string, n: Numbers, topic: string) => string>;
  numbers: (r: Random) => Numbers;
  unit: string;
}
interface Numbers {
  a: number;
  b?: number;
  money?: string;
  pct?: string;
  count: number;
}

const BEATS: Beat[] = [
  {
    beat: 'courts', org: (name) => `${name} Crown Court`, roles: ['Judge', 'prosecutor', 'defence lawyer'],
    events: [
      (p, o, n, t) => `${p} was sentenced to ${n.a} years in prison by ${o} for a fraud worth ${n.money} involving the ${t}`,
      (p, o, n, t) => `${o} found ${p} guilty over the ${t}, a scheme that cost ${n.money}`,
      (p, o, n, t) => `${p} must serve ${n.a} years after the ${t} collapsed owing ${n.money}, ${o} ruled`,
    ],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 12), money: `£${(1 + r() * 40).toFixed(1)}m`, count: 50 + Math.floor(r() * 900) }),
    unit: 'victims',
  },
  {
    beat: 'business', org: (name) => `${name} Holdings`, roles: ['chief executive', 'finance director', 'analyst at Barclays'],
    events: [
      (p, o, n, t) => `${o} reported quarterly profit of ${n.money}, up ${n.pct}% on a year earlier, helped by its ${t}, ${p} said`,
      (p, o, n, t) => `shares in ${o} rose ${n.pct}% after ${p} said the ${t} had brought in ${n.money}`,
      (p, o, n, t) => `${o} will spend ${n.money} on the ${t}, ${p} announced`,
    ],
    numbers: (r) => ({ a: 3 + Math.floor(r() * 20), money: `$${(0.2 + r() * 9).toFixed(2)} billion`, pct: (1 + r() * 30).toFixed(1), count: 200 + Math.floor(r() * 5000) }),
    unit: 'jobs',
  },
  {
    beat: 'sport', org: (name) => `${name} United`, roles: ['manager', 'captain', 'striker'],
    events: [
      (p, o, n, t) => `${o} won ${n.a}-${n.b} after a late goal from ${p}, days after the row over the ${t}`,
      (p, o, n, t) => `${p} scored twice as ${o} came from behind to win ${n.a}-${n.b} and dedicated it to the ${t}`,
      (p, o, n, t) => `${o} were held ${n.a}-${n.a} by their neighbours, and ${p} blamed the ${t}`,
    ],
    numbers: (r) => ({ a: 1 + Math.floor(r() * 4), b: Math.floor(r() * 2), count: 20000 + Math.floor(r() * 60000) }),
    unit: 'spectators',
  },
  {
    beat: 'science', org: (name) => `the ${name} Institute`, roles: ['professor', 'lead author', 'researcher'],
    events: [
      (p, o, n) => `researchers at ${o} led by ${p} said a trial of ${n.count} patients cut relapse rates by ${n.pct}%`,
      (p, o, n, t) => `${p} of ${o} published a study of the ${t} covering ${n.count} sites`,
      (p, o, n, t) => `a team from ${o} under ${p} found the ${t} ${n.pct}% larger than thought`,
    ],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 8), pct: (5 + r() * 40).toFixed(0), count: 100 + Math.floor(r() * 3000) }),
    unit: 'patients',
  },
  {
    beat: 'religion', org: (name) => `the Diocese of ${name}`, roles: ['Archbishop', 'spokesman', 'Imam'],
    events: [
      (p, o, n) => `${p} of ${o} called for peace in a sermon attended by ${n.count} people`,
      (p, o, n, t) => `${p} of ${o} opened the restored ${t} before ${n.count} pilgrims`,
      (p, o, n, t) => `${o} under ${p} said the ${t} would be sold to pay ${n.count} debts`,
    ],
    numbers: (r) => ({ a: 1 + Math.floor(r() * 5), count: 1000 + Math.floor(r() * 80000) }),
    unit: 'worshippers',
  },
  {
    beat: 'politics', org: (name) => `the ${name} Party`, roles: ['Foreign Minister', 'spokesperson', 'Secretary General'],
    events: [
      (p, o, n, t) => `${p} of ${o} warned that talks on the ${t} could collapse within ${n.a} weeks`,
      (p, o, n, t) => `${o} left the coalition over the ${t} after ${n.a} months, its leader ${p} said`,
      (p, o, n, t) => `${p} won the leadership of ${o} by ${n.count} votes after a row over the ${t}`,
    ],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 10), count: 10 + Math.floor(r() * 200) }),
    unit: 'delegates',
  },
];

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
/** A coined name ("Kelford", "Marenko", "Ostilides"). */
const coinName = (r: Random): string => `${pick(r, NAME_STARTS)}${pick(r, NAME_MIDDLES)}${pick(r, NAME_ENDS)}`;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;
/** `k` distinct items of `xs`, in random order. */
const sample = <T>(r: Random, xs: readonly T[], k: number): T[] => {
  const copy = [...xs];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(r() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, k);
};

/** A story's own words: what its statements and facts are about. */
interface Vocabulary {
  nouns: string[];
  verbs: string[];
  adjectives: string[];
}

interface Person {
  name: string;
  role: string;
}

interface Story {
  beat: Beat;
  vocabulary: Vocabulary;
  /** How every outlet opens the story, and what it is about. */
  lead: Beat['events'][number];
  topic: string;
  people: Person[];
  org: string;
  city: string;
  country: string;
  day: string;
  n: Numbers;
  /** What the story's people say: every outlet quotes from these. */
  lines: string[];
  /** What happened, in the reporter's words: every outlet picks some of these. */
  facts: string[];
}

/** A statement in the first person, from the story's own words (frames of few fixed words). */
function statement(r: Random, v: Vocabulary): string {
  const [n1, n2] = sample(r, v.nouns, 2);
  const [a1, a2] = sample(r, v.adjectives, 2);
  const [verb, verb2] = sample(r, v.verbs, 2);
  switch (Math.floor(r() * 5)) {
    case 0: return `we will not accept a ${a1} ${n1} and a ${a2} ${n2}`;
    case 1: return `the ${n1} must be ${verb} before the ${n2} is ${verb2}`;
    case 2: return `nobody asked for a ${a1} ${n1}, and the ${n2} cannot be ${verb} now`;
    case 3: return `this ${n1} was ${verb} without a ${a1} ${n2}`;
    default: return `we must act on the ${a1} ${n1} and the ${a2} ${n2}`;
  }
}

/** A fact in the reporter's words, from the story's own words and people. */
function fact(r: Random, v: Vocabulary, story: Omit<Story, 'facts' | 'lines'>): string {
  const [n1, n2] = sample(r, v.nouns, 2);
  const [a1, a2] = sample(r, v.adjectives, 2);
  const [verb, verb2] = sample(r, v.verbs, 2);
  switch (Math.floor(r() * 5)) {
    case 0: return `The ${a1} ${n1} near ${story.city} was ${verb} ${pick(r, TIMES)}.`;
    case 1: return `${pick(r, story.people).name} ${verb} a ${a1} ${n2} in ${story.country} ${pick(r, TIMES)}.`;
    case 2: return `Plans for a ${a2} ${n1} were ${verb} after the ${n2} was ${verb2}.`;
    case 3: return `${cap(story.org)} ${verb} the ${a1} ${n1} and the ${a2} ${n2}.`;
    default: return `${pick(r, GROUPS)} ${pick(r, REACTIONS)} the ${a1} ${n1} in ${story.city}.`;
  }
}

/**
 * A reporter's sentence of background for one outlet: a new combination of the story's topic
 * words with the common pools, about its town, organisation or people (as an outlet's own detail
 * is).
 */
function background(r: Random, story: Story): string {
  const [noun, noun2] = sample(r, story.vocabulary.nouns, 2);
  switch (Math.floor(r() * 3)) {
    case 0: return `${pick(r, GROUPS)} in ${story.city} ${pick(r, REACTIONS)} the ${pick(r, ADJECTIVES)} ${noun} ${pick(r, TIMES)}.`;
    case 1: return `A ${pick(r, ADJECTIVES)} ${noun} run by ${story.org} was ${pick(r, VERBS)} ${pick(r, TIMES)}.`;
    default: return `${pick(r, story.people).name} said the ${pick(r, ADJECTIVES)} ${noun} and the ${noun2} were ${pick(r, VERBS)} ${pick(r, TIMES)}.`;
  }
}

/** A story: the facts every outlet reports from, with people, an organisation and numbers. */
function makeStory(r: Random, place: [string, string]): Story {
  const beat = pick(r, BEATS);
  const people = Array.from({ length: 3 }, () => ({ name: `${pick(r, FIRST)} ${coinName(r)}`, role: pick(r, beat.roles) }));
  const [city, country] = place;
  const vocabulary = { nouns: sample(r, SIMPLE_NOUNS, 12), verbs: sample(r, VERBS, 6), adjectives: sample(r, ADJECTIVES, 6) };
  const topic = `${pick(r, vocabulary.adjectives)} ${pick(r, vocabulary.nouns)}`;
  const base = { beat, vocabulary, lead: pick(r, beat.events), topic, people, org: beat.org(coinName(r)), city, country, day: pick(r, DAYS), n: beat.numbers(r) };
  return {
    ...base,
    lines: Array.from({ length: 10 }, () => statement(r, vocabulary)),
    facts: Array.from({ length: 45 }, () => fact(r, vocabulary, base)),
  };
}

/** Rewords a statement the way another outlet's translation or trim would. */
function reword(r: Random, line: string): string {
  const swaps = [['we must', 'we have to'], ['will not', "won't"], ['cannot', 'can not'], ['proper', 'serious'], ['nobody', 'no one'], ['any longer', 'much longer'], ['act now', 'move now']];
  let out = line;
  for (const [a, b] of swaps) if (r() < 0.5 && out.includes(a)) out = out.replace(a, b);
  if (r() < 0.3) out = out.split(' ').slice(0, Math.max(4, Math.floor(out.split(' ').length * 0.7))).join(' ');
  return out;
}

/** One outlet's article about a story, of about `targetWords` words. */
function tellStory(r: Random, story: Story, outlet: Outlet, targetWords: number): string {
  const [open, close] = outlet.marks;
  const [main, second, third] = story.people;
  const n = { ...story.n };
  if (r() < 0.25) n.count = Math.round(n.count * (0.8 + r() * 0.4));
  const surname = (who: Person): string => who.name.split(' ')[1];
  const quote = (line: string, who: Person, i: number): string => {
    const said = pick(r, SAYS);
    const text = cap(i % 2 ? reword(r, line) : line);
    switch (i % 4) {
      case 0: return `${open}${text},${close} ${who.name}, the ${who.role}, ${said}.`;
      case 1: return `${surname(who)} ${said}: ${open}${text}.${close}`;
      case 2: return `${open}${text},${close} ${pick(r, ['said', 'added'])} ${surname(who)}. ${open}${cap(reword(r, pick(r, story.lines)))}.${close}`;
      default: return `According to ${who.name}, it was ${open}${line.split(' ').slice(-3).join(' ')}${close}.`;
    }
  };
  const counted = (who: Person): string => {
    const figure = n.count.toLocaleString('en-GB');
    switch (Math.floor(r() * 3)) {
      case 0: return `The ${story.beat.unit} numbered ${figure}, ${who.name} ${pick(r, SAYS)}, a figure ${r() < 0.5 ? 'disputed by' : 'confirmed by'} ${story.org}.`;
      case 1: return `${cap(story.org)} put the number of ${story.beat.unit} at ${figure}.`;
      default: return `Some ${figure} ${story.beat.unit} were affected, according to ${who.name}.`;
    }
  };
  const paragraphs: string[] = [];
  const headline = cap(r() < 0.5 ? `${story.org} and the ${story.topic}: ${surname(main)} speaks` : `${surname(main)} on the ${story.topic}`);
  const dateline = outlet.style === 'wire' ? `${story.city.toUpperCase()}, ${story.country} (${outlet.name}) - ` : outlet.style === 'agency' ? `${story.city.toUpperCase()}, ${story.day.toLowerCase()}. /${outlet.name}/. ` : '';
  paragraphs.push(`${dateline}${cap(story.lead(`${main.role} ${main.name}`, story.org, n, story.topic))} on ${story.day}, in ${story.city}.`);
  let written = wordCount(paragraphs[0]);
  // An outlet reports some of the story's statements and facts, each once and in its own order;
  // the rest of its article is detail of its own.
  const lines = sample(r, story.lines, Math.ceil(story.lines.length * (0.6 + r() * 0.3)));
  const facts = sample(r, story.facts, Math.ceil(story.facts.length * (0.5 + r() * 0.3)));
  for (let i = 0; written < targetWords; i++) {
    const who = [main, second, third][i % 3];
    const roll = r();
    if (roll < 0.35 && lines.length > 0) paragraphs.push(quote(lines.pop() as string, who, i + Math.floor(r() * 4)));
    else if (roll < 0.42) paragraphs.push(counted(who));
    else if (roll < 0.48) paragraphs.push(`${who.name}, ${who.role} at ${story.org}, called the ${story.topic} ${open}${pick(r, ['historic', 'unacceptable', 'shameful', 'overdue', 'welcome', 'reckless', 'disappointing', 'courageous', 'cynical', 'premature', 'pragmatic', 'baffling', 'timid', 'bold', 'careless', 'brave'])}${close}.`);
    else if (roll < 0.88 && facts.length > 0) paragraphs.push(facts.splice(0, r() < 0.5 ? 2 : 1).join(' '));
    else paragraphs.push(`${background(r, story)} ${background(r, story)}`);
    written += wordCount(paragraphs[paragraphs.length - 1]);
  }
  const byline = outlet.style === 'paper' ? `By ${pick(r, FIRST)} ${coinName(r)}\n\n` : '';
  const credit = outlet.style === 'broadcast' ? `\n\nAdditional reporting by ${pick(r, FIRST)} ${coinName(r)}` : '';
  return `${headline}\n\n${byline}${paragraphs.join('\n\n')}${credit}\n`;
}

/**
 * `count` articles of about `targetWords` words: stories told by `perStory` outlets each, story
 * after story, so that the first n articles are whole sets of coverage (what a user compares).
 * An article's id is `story-N/outlet.txt`. Deterministic for a given seed.
 */
export function generateArticles({ count, targetWords = 800, perStory = 8, seed = 20240501 }: GenerateOptions): GeneratedArticle[] {
  const r = seededRandom(seed);
  const out: GeneratedArticle[] = [];
  // Stories take the places in turn, so that neighbouring stories do not share a town.
  const places = sample(r, PLACES, PLACES.length);
  for (let id = 0; out.length < count; id++) {
    const story = makeStory(r, places[id % places.length]);
    for (let k = 0; k < perStory && out.length < count; k++) {
      const outlet = OUTLETS[(id + k) % OUTLETS.length];
      out.push({ id: `story-${id}/${outlet.name.toLowerCase().replace(/\W+/g, '-')}.txt`, text: tellStory(r, story, outlet, targetWords) });
    }
  }
  return out;
}

/** The generated articles (see {@link generateArticles}), each analysed by the real pipeline. */
export function syntheticCorpus(options: GenerateOptions): SourceInput[] {
  return generateArticles(options).map((article) => ({ id: article.id, analysis: analyzeArticle(article.text) }));
}
