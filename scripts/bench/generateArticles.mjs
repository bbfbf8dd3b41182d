// A seeded generator of news-like articles for the benchmark: stories (an event with people,
// organisations, places, numbers and statements) told by several outlets in their own house
// styles, so that a set of articles has what real coverage has: the same quote in other words or
// trimmed, numbers that differ between outlets, facts only one outlet reports, datelines, bylines,
// curly and straight quotation marks, partial and scare quotes. Same seed, same articles.

/** A small, fast, seeded PRNG (mulberry32) returning numbers in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'John', 'Aisha', 'Sergey', 'Chen', 'Fatima', 'Oliver', 'Priya', 'Kwame', 'Elena', 'Tomás', 'Hiroshi', 'Amara', 'Lars', 'Nadia', 'David', 'Ngozi', 'Rafael', 'Ingrid', 'Omar', 'Sofia', 'Mehmet', 'Grace', 'Pavel'];
const LAST = ['Okafor', 'Lindqvist', 'Hernández', 'Petrov', 'Wang', 'Haddad', 'Brennan', 'Sharma', 'Mensah', 'Rossi', 'Tanaka', 'Dubois', 'Kowalski', 'Nakamura', "O'Neill", 'Fischer', 'Abubakar', 'Santos', 'Johansson', 'Khalil', 'Moreau', 'Yilmaz', 'Thompson-Reid', 'Novak'];
const PLACES = ['Lagos', 'Stockholm', 'Madrid', 'Kazan', 'Shenzhen', 'Beirut', 'Dublin', 'Pune', 'Accra', 'Naples', 'Osaka', 'Lyon', 'Gdansk', 'Nairobi', 'Porto', 'Hamburg', 'Ankara', 'Manchester', 'Quito', 'Brno'];
const COUNTRIES = ['Nigeria', 'Sweden', 'Spain', 'Russia', 'China', 'Lebanon', 'Ireland', 'India', 'Ghana', 'Italy', 'Japan', 'France', 'Poland', 'Kenya', 'Portugal', 'Germany', 'Turkey', 'Britain', 'Ecuador', 'Czech Republic'];
const OUTLETS = [
  { name: 'Reuters', style: 'wire', marks: ['"', '"'] },
  { name: 'Associated Press', style: 'wire', marks: ['"', '"'] },
  { name: 'The Guardian', style: 'paper', marks: ['“', '”'] },
  { name: 'BBC News', style: 'broadcast', marks: ['"', '"'] },
  { name: 'Al Jazeera', style: 'paper', marks: ['“', '”'] },
  { name: 'TASS', style: 'agency', marks: ['"', '"'] },
  { name: 'The Local Courier', style: 'paper', marks: ['“', '”'] },
  { name: 'Daily Ledger', style: 'paper', marks: ['‘', '’'] },
];

/** Beats: what kind of event, who speaks, what about, and what numbers matter. */
const BEATS = [
  {
    beat: 'courts', orgs: ['the High Court', 'the Crown Prosecution Service', 'the Court of Appeal'], roles: ['Judge', 'prosecutor', 'defence lawyer'],
    event: (p, o, n) => `${p} was sentenced to ${n.a} years in prison by ${o} for a fraud worth ${n.money}`,
    lines: ['the scale of this deception was breathtaking', 'my client will appeal against both the verdict and the sentence', 'the victims lost their savings and, in some cases, their homes', 'justice has finally been done for hundreds of families'],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 12), money: `£${(1 + r() * 40).toFixed(1)}m`, count: 50 + Math.floor(r() * 900) }),
    unit: 'victims',
  },
  {
    beat: 'business', orgs: ['Northwind Holdings', 'Atlas Logistics', 'Helios Energy', 'Meridian Bank'], roles: ['chief executive', 'finance director', 'analyst at Barclays'],
    event: (p, o, n) => `${o} reported quarterly profit of ${n.money}, up ${n.pct}% on a year earlier, chief executive ${p} said`,
    lines: ['demand held up better than we feared', 'we expect margins to remain under pressure in the second half', 'this is a solid set of results in a difficult market', 'we will cut about 1,200 jobs as part of the restructuring'],
    numbers: (r) => ({ a: 3 + Math.floor(r() * 20), money: `$${(0.2 + r() * 9).toFixed(2)} billion`, pct: (1 + r() * 30).toFixed(1), count: 200 + Math.floor(r() * 5000) }),
    unit: 'jobs',
  },
  {
    beat: 'sport', orgs: ['Real Porto', 'Kazan United', 'Manchester Rovers', 'FC Accra'], roles: ['manager', 'captain', 'striker'],
    event: (p, o, n) => `${o} won ${n.a}-${n.b} after a late goal from ${p}`,
    lines: ['the boys showed real character in the second half', 'we were not good enough and I take responsibility', 'the referee had a difficult night but that is football', 'winning the league is still in our hands'],
    numbers: (r) => ({ a: 1 + Math.floor(r() * 4), b: Math.floor(r() * 2), count: 20000 + Math.floor(r() * 60000) }),
    unit: 'spectators',
  },
  {
    beat: 'science', orgs: ['the University of Lyon', 'the European Space Agency', 'the Karolinska Institute'], roles: ['professor', 'lead author', 'researcher'],
    event: (p, o, n) => `researchers at ${o} led by ${p} said a trial of ${n.count} patients cut relapse rates by ${n.pct}%`,
    lines: ['these results are encouraging but they need to be replicated', 'we did not expect the effect to be this large', 'it is too early to say whether this will change treatment', 'the data speak for themselves'],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 8), pct: (5 + r() * 40).toFixed(0), count: 100 + Math.floor(r() * 3000) }),
    unit: 'patients',
  },
  {
    beat: 'religion', orgs: ['the Vatican', 'the Church of England', 'the Muslim Council'], roles: ['Archbishop', 'spokesman', 'Imam'],
    event: (p, o, n) => `${p} of ${o} called for peace in a sermon attended by ${n.count} people`,
    lines: ['we must not let fear divide our communities', 'the poor cannot wait any longer', 'dialogue is the only way forward', 'faith asks us to welcome the stranger'],
    numbers: (r) => ({ a: 1 + Math.floor(r() * 5), count: 1000 + Math.floor(r() * 80000) }),
    unit: 'worshippers',
  },
  {
    beat: 'politics', orgs: ['the Foreign Ministry', 'the European Commission', 'the United Nations', 'NATO'], roles: ['Foreign Minister', 'spokesperson', 'Secretary General'],
    event: (p, o, n) => `${p} of ${o} warned that talks could collapse within ${n.a} weeks`,
    lines: ['the more countries take unilateral measures, the greater the risk of escalation', 'we remain open to dialogue but not at any price', 'sanctions have never solved a conflict of this kind', 'we must act on the basis of our collective potential'],
    numbers: (r) => ({ a: 2 + Math.floor(r() * 10), count: 10 + Math.floor(r() * 200) }),
    unit: 'delegates',
  },
];

const FILLER = [
  'The decision comes after months of uncertainty that have weighed on the region.',
  'Officials did not immediately respond to a request for comment.',
  'Critics say the move does little to address the underlying problems.',
  'The announcement was welcomed by some, but others described it as a missed opportunity.',
  'Local media reported that the meeting lasted more than three hours.',
  'Similar measures were introduced in several other countries last year, with mixed results.',
  'Observers noted that the timing was unlikely to be a coincidence.',
  'The figures could not be independently verified.',
  'It was the first such statement since the crisis began in the spring.',
  'Analysts expect further details to be published next week.',
  'Supporters gathered outside the building, some carrying banners and flags.',
  'A final decision is expected before the end of the year.',
];

const SUBJECTS = ['Residents', 'Opposition lawmakers', 'Union leaders', 'Diplomats', 'Investors', 'Campaigners', 'Regional officials', 'Several witnesses', 'Economists', 'Neighbouring governments', 'Business groups', 'Teachers and doctors'];
const PREDICATES = ['have questioned the timing of', 'expressed cautious support for', 'called for an independent review of', 'said they had not been consulted about', 'warned of the costs of', 'are expected to challenge', 'welcomed the broad outline of', 'raised concerns over the funding of', 'demanded more transparency about', 'were divided over'];
const OBJECTS = ['the plan', 'the new rules', 'the agreement', 'the proposed budget', 'the investigation', 'the reforms', 'the deal', 'the ruling', 'the programme', 'the changes'];
const TAILS = ['', ' in recent weeks', ' at a meeting on Tuesday', ', according to people familiar with the matter', ' in a letter published this week', ' during a televised debate', ' amid rising prices', ' despite assurances from the government'];

/** A reporter's sentence of background, combined from parts so that articles vary. */
const background = (r) => (r() < 0.3 ? pick(r, FILLER) : `${pick(r, SUBJECTS)} ${pick(r, PREDICATES)} ${pick(r, OBJECTS)}${pick(r, TAILS)}.`);

const SAYS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'noted', 'said in a statement', 'told the BBC'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s) => (s.match(/\S+/g) ?? []).length;

/** A story: the facts every outlet reports from, with people, an organisation and numbers. */
function makeStory(r, id) {
  const b = pick(r, BEATS);
  const people = Array.from({ length: 3 }, () => ({ name: `${pick(r, FIRST)} ${pick(r, LAST)}`, role: pick(r, b.roles) }));
  const place = Math.floor(r() * PLACES.length);
  return { id, b, people, org: pick(r, b.orgs), city: PLACES[place], country: COUNTRIES[place], day: pick(r, DAYS), n: b.numbers(r), lines: [...b.lines].sort(() => r() - 0.5) };
}

/** Rewords a statement the way another outlet's translation or trim would. */
function reword(r, line) {
  const swaps = [['we must', 'we have to'], ['the greater', 'the higher'], ['will', 'are going to'], ['cannot', 'can not'], ['real', 'genuine'], ['difficult', 'hard'], ['only', 'sole']];
  let out = line;
  for (const [a, b] of swaps) if (r() < 0.5 && out.includes(a)) out = out.replace(a, b);
  if (r() < 0.3) out = out.split(' ').slice(0, Math.max(4, Math.floor(out.split(' ').length * 0.7))).join(' ');
  return out;
}

/** One outlet's article about a story, of about `targetWords` words. */
function tellStory(r, story, outlet, targetWords) {
  const [open, close] = outlet.marks;
  const [main, second, third] = story.people;
  const n = { ...story.n };
  if (r() < 0.25) n.count = Math.round(n.count * (0.8 + r() * 0.4));
  const quote = (line, who, i) => {
    const said = pick(r, SAYS);
    const text = cap(i % 2 ? reword(r, line) : line);
    switch (i % 4) {
      case 0: return `${open}${text},${close} ${who.name}, the ${who.role}, ${said}.`;
      case 1: return `${who.name.split(' ')[1]} ${said}: ${open}${text}.${close}`;
      case 2: return `${open}${text},${close} ${pick(r, ['said', 'added'])} ${who.name.split(' ')[1]}. ${open}${cap(reword(r, pick(r, story.lines)))}.${close}`;
      default: return `According to ${who.name}, the situation was ${open}${line.split(' ').slice(0, 4).join(' ')}${close}, and more talks would follow.`;
    }
  };
  const paragraphs = [];
  const headline = `${cap(story.b.beat === 'sport' ? `${story.org} edge rivals in ${story.city}` : `${main.name.split(' ')[1]}: ${story.lines[0].split(' ').slice(0, 6).join(' ')}`)}`;
  const dateline = outlet.style === 'wire' ? `${story.city.toUpperCase()}, ${story.country} (${outlet.name}) - ` : outlet.style === 'agency' ? `${story.city.toUpperCase()}, ${story.day.toLowerCase()}. /${outlet.name}/. ` : '';
  paragraphs.push(`${dateline}${cap(story.b.event(`${main.role} ${main.name}`, story.org, n))} on ${story.day}, in ${story.city}.`);
  let written = words(paragraphs[0]);
  for (let i = 0; written < targetWords; i++) {
    const who = [main, second, third][i % 3];
    const roll = r();
    if (roll < 0.45) paragraphs.push(quote(story.lines[i % story.lines.length], who, i + Math.floor(r() * 4)));
    else if (roll < 0.6) paragraphs.push(`The ${story.b.unit} numbered ${n.count.toLocaleString('en-GB')}, ${who.name} ${pick(r, SAYS)}, a figure ${r() < 0.5 ? 'disputed by' : 'confirmed by'} ${story.org}.`);
    else if (roll < 0.7) paragraphs.push(`${who.name}, ${who.role} at ${story.org}, described the outcome as ${open}${pick(r, ['historic', 'unacceptable', 'a step forward', 'disappointing'])}${close}.`);
    else paragraphs.push(`${background(r)} ${background(r)}${r() < 0.5 ? ` ${background(r)}` : ''}`);
    written += words(paragraphs[paragraphs.length - 1]);
  }
  const byline = outlet.style === 'paper' ? `By ${pick(r, FIRST)} ${pick(r, LAST)}\n\n` : '';
  const credit = outlet.style === 'broadcast' ? `\n\nAdditional reporting by ${pick(r, FIRST)} ${pick(r, LAST)}` : '';
  return `${headline}\n\n${byline}${paragraphs.join('\n\n')}${credit}\n`;
}

/**
 * `count` articles of about `targetWords` words: stories told by `perStory` outlets each, story
 * after story, so that the first n articles are whole sets of coverage (what a user compares).
 * Deterministic for a given seed.
 */
export function generateArticles({ count, targetWords = 800, perStory = 8, seed = 20240501 }) {
  const r = seededRandom(seed);
  const out = [];
  for (let id = 0; out.length < count; id++) {
    const story = makeStory(r, id);
    for (let k = 0; k < perStory && out.length < count; k++) {
      const outlet = OUTLETS[(id + k) % OUTLETS.length];
      out.push({ id: `story-${id}-${outlet.name.toLowerCase().replace(/\W+/g, '-')}.txt`, text: tellStory(r, story, outlet, targetWords) });
    }
  }
  return out;
}
