/**
 * The past forms of English irregular verbs, by the verb they inflect. A translation of a remark
 * often changes its tense or voice: one outlet has a minister say "we will not sell", another "will
 * not be sold"; "they took the town" comes back as "the town was taken". A suffix stemmer cannot
 * see that "sold" is "sell" or "taken" is "take"; this table can. Quotes are compared through it
 * (groupQuotes.ts), not reporters' sentences: there another tense is often another fact (one
 * source says a firm "sold" the plant, another that it will "sell" it).
 *
 * Forms that are as often another word are left out: "left" (the side, the political left),
 * "found" (to found a party), "lay", "saw", "bound", "ground", "wound", "lit", "bit", "bore",
 * "lent" (Lent), "fed" (the Fed), "met" (the Met), "won" (Korea's currency). A form a sense class
 * already takes ("slid" with "fell", "dropped") keeps its class; forms only such classes read
 * ("built", "slept", "rose") are not listed.
 */
import { senseOf } from './conceptClasses';
import { senseWord, type Word } from './readWords';
import { stemWord } from './stemWord';
import { wordTable } from '../text/wordTable';

/** Base form → its irregular past tense and past participle forms. */
const FORMS: Record<string, string[]> = wordTable({
  arise: ['arose', 'arisen'],
  awake: ['awoke', 'awoken'],
  beat: ['beaten'],
  become: ['became'],
  bend: ['bent'],
  bleed: ['bled'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  breed: ['bred'],
  bring: ['brought'],
  burn: ['burnt'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  cling: ['clung'],
  come: ['came'],
  creep: ['crept'],
  deal: ['dealt'],
  dig: ['dug'],
  draw: ['drew', 'drawn'],
  drink: ['drank', 'drunk'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  feel: ['felt'],
  fight: ['fought'],
  flee: ['fled'],
  fling: ['flung'],
  fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'],
  forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  hang: ['hung'],
  hear: ['heard'],
  hide: ['hid', 'hidden'],
  hold: ['held'],
  keep: ['kept'],
  kneel: ['knelt'],
  know: ['knew', 'known'],
  lead: ['led'],
  leap: ['leapt'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  mistake: ['mistook'],
  overcome: ['overcame'],
  overtake: ['overtook', 'overtaken'],
  pay: ['paid'],
  ride: ['rode', 'ridden'],
  ring: ['rang', 'rung'],
  run: ['ran'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  shake: ['shook', 'shaken'],
  shine: ['shone'],
  shoot: ['shot'],
  show: ['shown'],
  shrink: ['shrank', 'shrunk'],
  sing: ['sang', 'sung'],
  sink: ['sank', 'sunk'],
  sit: ['sat'],
  slide: ['slid'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  spin: ['spun'],
  spring: ['sprang', 'sprung'],
  stand: ['stood'],
  steal: ['stole', 'stolen'],
  stick: ['stuck'],
  sting: ['stung'],
  strike: ['struck', 'stricken'],
  strive: ['strove', 'striven'],
  swear: ['swore', 'sworn'],
  sweep: ['swept'],
  swim: ['swam', 'swum'],
  swing: ['swung'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tear: ['tore', 'torn'],
  think: ['thought'],
  throw: ['threw', 'thrown'],
  undergo: ['underwent', 'undergone'],
  understand: ['understood'],
  undertake: ['undertook', 'undertaken'],
  uphold: ['upheld'],
  wake: ['woke', 'woken'],
  wear: ['wore', 'worn'],
  weep: ['wept'],
  withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld'],
  write: ['wrote', 'written'],
});

const BASE_OF = new Map<string, string>();
for (const [base, forms] of Object.entries(FORMS)) for (const form of forms) BASE_OF.set(form, base);

/**
 * The words with each irregular past form given the sense of its base form ("sold" that of "sell",
 * "taken" that of "take"); other words as they are.
 */
export function withBaseForms(words: Word[]): Word[] {
  return words.map((w) => {
    const base = w.sense.startsWith('~') ? undefined : BASE_OF.get(w.folded);
    return base ? senseWord(w.start, w.end, w.folded, base, senseOf(base, stemWord(base))) : w;
  });
}
