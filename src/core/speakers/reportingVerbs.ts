/**
 * The verbs news English uses to credit words to someone ("said", "told", "warned", "tweeted"),
 * and the wider set of stance verbs that govern a quoted fragment inside the reporter's sentence
 * ("called for “unhindered access”", "pledged a “continued flow”"). Every inflected form is listed
 * (base, -s, past, -ing), so a lookup does not depend on the tagger's lemma.
 */
import { wordTable } from '../text/wordTable';

/** Verbs of saying: base form → its irregular forms (regular ones are generated). */
const SAYING: Record<string, string[]> = wordTable({
  say: ['said', 'says', 'saying'],
  tell: ['told', 'tells', 'telling'],
  add: [], state: [], note: [], warn: [], emphasise: [], emphasize: [], insist: [], argue: [], explain: [],
  write: ['wrote', 'written', 'writes', 'writing'], tweet: [], post: [], claim: [], assert: [], admit: ['admitted', 'admitting'],
  acknowledge: [], concede: [], declare: [], announce: [], reply: ['replied', 'replies', 'replying'], ask: [], urge: [],
  stress: [], remark: [], comment: [], observe: [], point: [], recall: [], reveal: [], confirm: [], deny: ['denied', 'denies', 'denying'],
  respond: [], answer: [], continue: [], conclude: [], suggest: [], predict: [], maintain: [], contend: [], allege: [],
  report: [], testify: ['testified', 'testifies', 'testifying'], shout: [], cry: ['cried', 'cries', 'crying'],
  whisper: [], quip: ['quipped', 'quipping'], joke: [], boast: [], complain: [], lament: [], caution: [], underline: [],
  underscore: [], reiterate: [], affirm: [], reaffirm: [], inform: [], recount: [], describe: [], agree: [],
  counter: [], retort: [], plead: ['pled'], proclaim: [], pledge: [], promise: [], vow: [], threaten: [], demand: [],
  hint: [], estimate: [], forecast: ['forecast', 'forecasts', 'forecasting'], indicate: [], specify: ['specified', 'specifies', 'specifying'],
  mention: [], highlight: [], signal: ['signalled', 'signaled', 'signalling', 'signaling'],
});

/** Verbs that make a speaker of their subject when they govern a quoted fragment. */
const STANCE: Record<string, string[]> = wordTable({
  call: [], slam: ['slammed', 'slamming'], criticise: [], criticize: [], condemn: [], denounce: [], praise: [], hail: [],
  welcome: [], reject: [], dismiss: [], discuss: [], express: [], voice: [], speak: ['spoke', 'spoken', 'speaks', 'speaking'],
  refer: ['referred', 'referring'], accuse: [], blame: [], brand: [], label: ['labelled', 'labeled', 'labelling', 'labeling'],
  term: [], dub: ['dubbed', 'dubbing'], seek: ['sought', 'seeks', 'seeking'], propose: [], support: [], back: [], oppose: [],
  favour: [], favor: [], defend: [], describe: [], characterise: [], characterize: [], decry: ['decried', 'decries', 'decrying'],
  attack: [], blast: [], lambast: [], applaud: [], thank: [], commit: ['committed', 'committing'], stand: ['stood', 'stands', 'standing'],
  expect: [], hope: [], fear: [], want: [], wish: [], believe: [], regret: ['regretted', 'regretting'], vote: [],
  // Verbs of judgement: a court, panel or critic that finds or rules something "unduly lenient" says so.
  find: ['found', 'finds', 'finding'], rule: [], deem: [], judge: [],
});

/** Verbs of belief and wish: their subject holds a view, but the words that put it are the reporter's. */
const ATTITUDE: Record<string, string[]> = wordTable({
  believe: [], want: [], hope: [], expect: [], fear: [], wish: [], seek: ['sought', 'seeks', 'seeking'],
});

/** Forms of a regular verb: -s, -ed, -ing, with the usual spelling changes (a stray form like "sayed" is harmless). */
function regularForms(base: string): string[] {
  const stem = base;
  if (stem.endsWith('e')) return [stem, `${stem}s`, `${stem}d`, `${stem.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(stem)) return [stem, `${stem.slice(0, -1)}ies`, `${stem.slice(0, -1)}ied`, `${stem}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(stem)) return [stem, `${stem}es`, `${stem}ed`, `${stem}ing`];
  return [stem, `${stem}s`, `${stem}ed`, `${stem}ing`];
}

function formsOf(table: Record<string, string[]>): Set<string> {
  const forms = new Set<string>();
  for (const [base, irregular] of Object.entries(table)) {
    for (const f of [...regularForms(base), ...irregular]) forms.add(f);
  }
  return forms;
}

const SAYING_FORMS = formsOf(SAYING);
const ATTITUDE_FORMS = formsOf(ATTITUDE);
const STANCE_FORMS = new Set([...formsOf(STANCE), ...SAYING_FORMS]);

/** True for any form of a verb of saying ("said", "tells", "warning", "tweeted"); case-insensitive. */
export function isReportingVerb(word: string): boolean {
  return SAYING_FORMS.has(word.toLowerCase());
}

/** True for a verb of saying or of stance ("called", "pledged", "slams", "highlighted"); case-insensitive. */
export function isStanceVerb(word: string): boolean {
  return STANCE_FORMS.has(word.toLowerCase());
}

/**
 * True for a verb of belief or wish ("believed", "wants", "hoped"): in "X said Jakarta wanted
 * “…”", the quoted words are X's, not Jakarta's. Case-insensitive.
 */
export function isAttitudeVerb(word: string): boolean {
  return ATTITUDE_FORMS.has(word.toLowerCase());
}

/** True for an -ing form ("stating", "adding"): its subject is the subject of the main clause. */
export function isParticiple(word: string): boolean {
  return /ing$/i.test(word) && isStanceVerb(word);
}
