/**
 * A small paraphrase lexicon for reported speech. Two outlets translating or paraphrasing one
 * remark rarely keep its words: "the boat was overloaded" comes back as "the vessel carried far
 * too many people", "will answer for it" as "will be held to account", "the toll will go up" as
 * "the figure will rise", "far from sufficient" as "falls short", "right now" as "at present". Each
 * class below gathers words and short phrases that say one thing in spoken news English
 * (officials, rescuers, coaches, judges, ministers at a press conference: gravity, need, blame,
 * fear, haste, talks and deals, the "biggest" or "most important" day, aid that is "no charity" or
 * "not a handout"), and the verbs reporters vary from outlet to outlet (a minister
 * "resigned" or "stepped down", "visited" or "flew to" a site; flights "cancelled" or "scrapped";
 * water "receding" or "subsiding"; "no sign of" or "no evidence of" a cyberattack or a hack), so
 * that such wordings count as the same idea when quotes or facts are compared. Phrases are matched on whole folded words, longest first;
 * a phrase becomes one content word, so its function words ("to", "up", "too") stop diluting it.
 *
 * The lexicon serves quote linking, where a quote pair needs several shared ideas in order, and
 * the search for a reporter's sentence told elsewhere (senseWords.ts), where a passage must share
 * most of a sentence's weight: either way one class member that also means something else cannot
 * link two passages by itself. Singular readings use it only to find what a sentence's
 * counterparts say too, never to decide that a word is known to the other sources at all.
 */
import { placeOfDemonym } from '../entities/gazetteer';
import { readWords, senseWord, type Word } from './readWords';
import { wordTable } from '../text/wordTable';

/**
 * Classes of words and phrases of one meaning in reported speech, by class name. A word or phrase
 * is in one class only: were it listed twice, the first class would take it.
 */
const CLASSES: Record<string, string[]> = wordTable({
  accountable: [
    'answer for', 'answers for', 'answered for', 'held to account', 'hold to account', 'holds to account',
    'be held accountable', 'held accountable', 'hold accountable', 'brought to justice', 'bring to justice',
    'face justice', 'faces justice', 'face the consequences', 'pay the price', 'be punished', 'punished',
  ],
  overloaded: [
    'overloaded', 'overcrowded', 'overfilled', 'too many people', 'far too many people', 'too many passengers',
    'far too many passengers', 'beyond capacity', 'over capacity', 'more people than it could carry',
  ],
  rough: ['rough', 'agitated', 'choppy', 'stormy', 'turbulent'],
  vessel: ['boat', 'boats', 'vessel', 'vessels', 'ship', 'ships', 'ferry', 'ferries'],
  waters: ['water', 'waters', 'lake', 'sea', 'seas'],
  tally: ['figure', 'figures', 'number', 'numbers', 'toll', 'tally', 'count'],
  rise: ['go up', 'goes up', 'went up', 'gone up', 'going up', 'will climb', 'get bigger', 'grow bigger'],
  fall: [
    'go down', 'goes down', 'went down', 'gone down', 'going down', 'get smaller', 'gets smaller', 'getting smaller',
    'grow smaller', 'growing smaller', 'diminish', 'diminishes', 'diminishing', 'dwindle', 'dwindles', 'dwindling',
    'shrink', 'shrinks', 'shrinking', 'fade', 'fades', 'fading',
  ],
  goal: ['goal', 'goals', 'score', 'scored', 'scores', 'scoring', 'netted'],
  search: ['search', 'searching', 'searched', 'look for', 'looking for', 'comb', 'combing'],
  serious: ['serious', 'grave', 'dire', 'critical', 'severe', 'desperate'],
  crisis: ['crisis', 'emergency', 'catastrophe', 'disaster'],
  insufficient: [
    'not enough', 'is not enough', 'far from enough', 'insufficient', 'not sufficient', 'far from sufficient', 'inadequate',
    'not adequate', 'fall short', 'falls short', 'fell short', 'falls well short', 'falling short', 'too little',
  ],
  now: ['right now', 'at this moment', 'at the moment', 'at present', 'currently', 'for now', 'for the moment'],
  later: ['later', 'afterwards', 'in due course', 'in time'],
  devoted: ['committed', 'devoted', 'dedicated', 'focused', 'concentrated'],
  resources: ['resources', 'everything we have', 'all we have', 'all our means', 'all our strength', 'every means'],
  culprits: [
    'culprits', 'those to blame', 'who is to blame', 'who was to blame', 'who is responsible', 'those responsible',
    'the guilty', 'the people responsible', 'whoever is responsible',
  ],
  warned: ['warned', 'warn', 'warning', 'cautioned', 'alerted'],
  leaking: ['leaking', 'leaked', 'leaks', 'seeping', 'seeped', 'seeps', 'trickling'],
  crews: ['teams', 'crews', 'squads', 'rescuers', 'rescue workers', 'rescue teams'],
  doorToDoor: ['house to house', 'door to door', 'home to home'],
  roofs: ['roof', 'roofs', 'rooftop', 'rooftops'],
  strangers: ['foreigners', 'strangers', 'outsiders', 'aliens'],
  home: ['home', 'homes', 'house', 'houses', 'at home', 'in their own house', 'in their own home'],
  needed: ['necessity', 'necessary', 'needed', 'essential', 'indispensable', 'what the country needs', 'what is needed'],
  whim: ['whim', 'caprice', 'fancy', 'fad'],
  halt: ['halt', 'standstill', 'stop', 'stopping', 'stopped', 'suspend', 'suspended', 'suspending', 'suspends', 'paralyse', 'paralyze', 'paralysed', 'paralyzed', 'shut down'],
  turnAway: ['turn away', 'turned away', 'turning away', 'send back', 'sent back', 'sending back', 'push back', 'pushed back', 'refuse entry', 'refused entry'],
  afraid: ['afraid', 'fear', 'fears', 'feared', 'worried', 'concerned', 'anxious'],
  pleased: ['pleased', 'happy', 'delighted', 'glad', 'thrilled'],
  angry: ['angry', 'furious', 'outraged', 'livid', 'incensed'],
  difficult: ['difficult', 'hard', 'tough', 'challenging'],
  important: ['important', 'crucial', 'vital', 'key'],
  huge: ['huge', 'enormous', 'immense', 'massive', 'vast', 'tremendous'],
  quickly: ['quickly', 'fast', 'rapidly', 'swiftly', 'soon', 'as soon as possible'],
  rebuild: ['rebuild', 'rebuilt', 'reconstruct', 'reconstructed', 'restore', 'restored'],
  danger: ['danger', 'risk', 'threat', 'peril'],
  talks: ['talks', 'negotiations', 'dialogue', 'discussions'],
  deal: ['deal', 'agreement', 'accord', 'pact'],
  continue: ['continue', 'continues', 'carry on', 'carries on', 'keep going', 'go on', 'goes on'],
  reject: [
    'reject', 'rejects', 'rejected', 'unacceptable', 'will not accept', 'cannot accept', 'can not accept', 'do not accept',
    'does not accept', "won't accept", "can't accept", 'refuse', 'refuses', 'refused',
  ],
  conditions: ['conditions', 'terms', 'demands', 'requirements', 'strings attached'],
  protect: ['protect', 'protecting', 'look after', 'looking after', 'care for', 'caring for', 'take care of', 'safeguard', 'defend'],
  noNeed: ['do not need', 'does not need', "don't need", "doesn't need", 'has no need of', 'have no need of', 'no need for', 'need no'],
  anyCase: ['under any circumstances', 'in any circumstances', 'in any scenario', 'in any case', 'whatever happens', 'at any price'],
  lecture: ['tell us how', 'telling us how', 'teach us how', 'teaching us how', 'teach it how', 'tell it how', 'tell them how', 'teach them how', 'lecture us', 'lecturing us'],
  allow: ['allow', 'allows', 'allowed', 'permit', 'permits', 'permitted', 'tolerate', 'tolerated'],
  urge: ['urge', 'urged', 'urges', 'call on', 'called on', 'calls on', 'appeal to', 'appealed to', 'appeals to', 'implore'],
  expect: ['expect', 'expects', 'expected', 'anticipate', 'anticipates', 'anticipated', 'foresee', 'foresees'],
  nation: ['country', 'countries', 'nation', 'nations'],
  authorities: ['government', 'governments', 'authorities', 'administration', 'executive'],
  problem: ['problem', 'problems', 'issue', 'issues', 'difficulty', 'difficulties', 'challenge', 'challenges'],
  reform: ['reform', 'reforms', 'overhaul', 'change', 'changes', 'shake-up', 'transformation'],
  tariffs: ['tariffs', 'tariff', 'duties', 'levies', 'levy'],
  goods: ['goods', 'products', 'merchandise', 'wares'],
  ties: ['relations', 'relationship', 'ties', 'links'],
  strong: ['strong', 'solid', 'robust', 'firm'],
  fair: ['fair', 'just', 'equitable', 'even-handed'],
  cooperate: ['cooperate', 'co-operate', 'cooperation', 'co-operation', 'work together', 'working together', 'collaborate', 'collaboration', 'partnership'],
  war: ['war', 'conflict', 'fighting', 'hostilities'],
  rules: ['law', 'laws', 'legislation', 'rules', 'regulations'],
  plan: ['plan', 'plans', 'proposal', 'proposals', 'scheme', 'project'],
  cost: ['price', 'prices', 'cost', 'costs'],
  benefit: ['benefit', 'benefits', 'advantage', 'advantages'],
  chance: ['opportunity', 'opportunities', 'chance', 'chances'],
  mistake: ['mistake', 'mistakes', 'error', 'errors', 'blunder'],
  inquiry: ['investigation', 'inquiry', 'enquiry', 'probe', 'review'],
  safety: ['safety', 'security', 'safe', 'secure'],
  struggle: ['fight', 'battle', 'struggle'],
  victory: ['victory', 'triumph', 'win'],
  proud: ['proud', 'honoured', 'honored', 'privileged'],
  sorry: ['sorry', 'apologise', 'apologize', 'apologised', 'apologized', 'apologies', 'regret', 'regrets'],
  grateful: ['grateful', 'thankful', 'thank', 'thanks', 'appreciate'],
  hope: ['hope', 'hopeful', 'optimistic', 'confident'],
  sad: ['sad', 'saddened', 'devastated', 'heartbroken', 'grief', 'grieving'],
  shocked: ['shocked', 'stunned', 'appalled', 'horrified'],
  terrible: ['terrible', 'awful', 'horrible', 'dreadful', 'horrific', 'tragic'],
  immediately: ['immediately', 'at once', 'right away', 'without delay', 'straight away'],
  everyone: ['everyone', 'everybody', 'all of us', 'every one of us'],
  families: ['family', 'families', 'relatives', 'loved ones'],
  comeBack: ['return', 'returned', 'returning', 'come back', 'came back', 'go back', 'went back', 'coming back', 'going back'],
  build: ['build', 'built', 'building', 'construct', 'constructed', 'constructing'],
  destroy: ['destroy', 'destroyed', 'ruined', 'wrecked', 'flattened', 'razed'],
  damage: ['damage', 'damaged', 'harm', 'harmed'],
  repair: ['repair', 'repaired', 'fix', 'fixed', 'mend', 'mended'],
  save: ['save', 'saved', 'rescue', 'rescued'],
  disappeared: ['disappeared', 'vanished', 'unaccounted for'],
  cancelled: ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'scrap', 'scrapped', 'scrapping', 'call off', 'called off', 'calls off'],
  visited: ['visited', 'toured', 'went to', 'travelled to', 'traveled to', 'flew to'],
  subside: ['recede', 'recedes', 'receded', 'receding', 'subside', 'subsides', 'subsided', 'subsiding', 'ebb', 'ebbed', 'abate', 'abated'],
  evidence: ['evidence of', 'evidence that', 'sign of', 'signs of', 'indication of', 'indications of', 'indication that', 'proof of', 'proof that'],
  cyberattack: ['cyberattack', 'cyberattacks', 'cyber attack', 'cyber-attack', 'hack', 'hacked', 'hacking', 'hackers', 'malicious activity'],
  diverted: ['diverted', 'rerouted', 're-routed', 'redirected'],
  delayed: ['delayed', 'held up', 'postponed', 'put off'],
  resigned: ['resigned', 'resigns', 'stepped down', 'steps down', 'step down', 'quit', 'quits'],
  criticised: ['criticised', 'criticized', 'condemned', 'denounced', 'slammed', 'lambasted', 'rebuked'],
  priority: ['priority', 'top priority', 'first priority', 'came first', 'comes first', 'come first', 'main concern', 'first concern'],
  overnight: ['spent the night', 'spend the night', 'spending the night', 'slept', 'sleeping', 'sleep'],
  foremost: ['most important', 'greatest', 'biggest', 'most significant', 'single most important'],
  gift: ['gift', 'charity', 'handout', 'handouts', 'favour', 'favor', 'alms'],
});

/** Phrases by their first word, each as its words and class, longest first. */
const BY_FIRST = new Map<string, Array<{ words: string[]; sense: string }>>();
for (const [name, phrases] of Object.entries(CLASSES)) {
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = BY_FIRST.get(words[0]) ?? [];
    list.push({ words, sense: `~${name}` });
    BY_FIRST.set(words[0], list);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * A demonym as the place it belongs to ("European inspectors" / "inspectors from Europe",
 * "Brazilian forests" / "Brazil's forests"); other words as they are. Places of several words
 * ("American" for the United States) are left alone: one word cannot stand for them.
 */
function asPlace(word: Word): Word {
  const name = placeWordOf(word.folded);
  return name ? senseWord(word.start, word.end, word.folded, name.folded, name.sense) : word;
}

/** The one-word place of each folded word already looked up (null when it is no demonym). */
const PLACE_WORDS = new Map<string, Word | null>();
const MAX_CACHED = 100_000;

/** The place a folded demonym belongs to, as a word, when that place is one word; else null. */
function placeWordOf(folded: string): Word | null {
  let name = PLACE_WORDS.get(folded);
  if (name === undefined) {
    if (PLACE_WORDS.size >= MAX_CACHED) PLACE_WORDS.clear();
    const place = folded ? placeOfDemonym(folded[0].toUpperCase() + folded.slice(1)) : null;
    name = place && !place.includes(' ') ? readWords(place)[0] ?? null : null;
    PLACE_WORDS.set(folded, name);
  }
  return name;
}

/**
 * The words of a quote with each phrase of the lexicon made one content word of its class (see
 * the file comment) and each demonym made its place; other words are kept as they are.
 */
export function withParaphrases(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = BY_FIRST.get(words[i].folded)?.find((p) => p.words.every((w, k) => words[i + k]?.folded === w));
    if (!phrase) {
      out.push(asPlace(words[i]));
      continue;
    }
    const last = words[i + phrase.words.length - 1];
    const head = [...words.slice(i, i + phrase.words.length)].reverse().find((w) => w.content) ?? words[i];
    out.push(senseWord(words[i].start, last.end, phrase.words.join(' '), head.folded, phrase.sense));
    i += phrase.words.length - 1;
  }
  return out;
}
