/**
 * Numbers for the senses of a comparison's words (a word's `sense`, see readWords.ts), so that a
 * set of senses is a set of marks in a typed array and asking whether a word's sense is in it
 * reads two numbers instead of hashing a string. Singular readings ask it of every word of every
 * unit, against the senses of the unit's counterparts and of its source's peers: those sets, built
 * of strings afresh for each of tens of thousands of units and a thousand sources, were a fifth of
 * a large comparison's time.
 */
import type { CompareContext } from './compareContext';
import { senseWords } from './senseWords';
import type { TextUnit } from './splitIntoUnits';

/** The sense numbers of one comparison's words. */
export class SenseNumbers {
  private readonly numbers = new Map<string, number>();
  /** The number of each word's sense, unit after unit: unit u's words from `starts[u]`. */
  private readonly wordNumbers: Int32Array;
  private readonly starts: Int32Array;
  /** Each source's distinct content-word senses, made when first asked for. */
  private readonly contentBySource: Array<Int32Array | undefined>;
  /** The senses of the words of the units the paraphrase lexicon rewords, made when first asked for. */
  private readonly rewordedByUnit: Array<Int32Array | undefined>;
  /** The senses already taken while a source's are gathered. */
  private readonly seen = new SenseSet();

  constructor(private readonly ctx: CompareContext) {
    const { units } = ctx;
    this.starts = new Int32Array(units.length + 1);
    for (let u = 0; u < units.length; u++) this.starts[u + 1] = this.starts[u] + units[u].words.length;
    this.wordNumbers = new Int32Array(this.starts[units.length]);
    for (let u = 0; u < units.length; u++) {
      const words = units[u].words;
      for (let k = 0; k < words.length; k++) this.wordNumbers[this.starts[u] + k] = this.numberOf(words[k].sense);
    }
    this.contentBySource = new Array(ctx.sources.length);
    this.rewordedByUnit = new Array(units.length);
  }

  /** The number of a sense (a new one for a sense not met before). */
  numberOf(sense: string): number {
    let number = this.numbers.get(sense);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(sense, number);
    }
    return number;
  }

  /** The sense number of word `k` of the unit whose id is `unit`. */
  ofWord(unit: number, k: number): number {
    return this.wordNumbers[this.starts[unit] + k];
  }

  /**
   * The sense numbers of `unit`'s words read through the paraphrase lexicon ({@link senseWords}),
   * one for each of them, or null when the lexicon rewords nothing in it (its words' numbers stand).
   */
  rewordedOf(unit: TextUnit): Int32Array | null {
    const words = senseWords(this.ctx, unit);
    if (words === unit.words) return null;
    let numbers = this.rewordedByUnit[unit.id];
    if (!numbers) {
      numbers = Int32Array.from(words, (word) => this.numberOf(word.sense));
      this.rewordedByUnit[unit.id] = numbers;
    }
    return numbers;
  }

  /** The distinct senses of the content words of source `s`'s units. */
  contentOf(s: number): Int32Array {
    const known = this.contentBySource[s];
    if (known) return known;
    const seen = this.seen;
    seen.clear();
    const found: number[] = [];
    for (const unit of this.ctx.unitsBySource[s]) {
      unit.words.forEach((word, k) => {
        const number = this.ofWord(unit.id, k);
        if (word.content && !seen.has(number)) {
          seen.add(number);
          found.push(number);
        }
      });
    }
    const content = Int32Array.from(found);
    this.contentBySource[s] = content;
    return content;
  }
}

const NUMBERS = new WeakMap<CompareContext, SenseNumbers>();

/** The sense numbers of a comparison, made once. */
export function senseNumbers(ctx: CompareContext): SenseNumbers {
  let numbers = NUMBERS.get(ctx);
  if (!numbers) {
    numbers = new SenseNumbers(ctx);
    NUMBERS.set(ctx, numbers);
  }
  return numbers;
}

/**
 * A set of sense numbers that empties in constant time: a member is marked with the number of the
 * current round, and emptying starts a new round. Reused from unit to unit, it is never rebuilt.
 */
export class SenseSet {
  private marks = new Int32Array(1024);
  private round = 1;

  /** Empties the set. */
  clear(): void {
    this.round++;
  }

  /** Adds sense number `n`. */
  add(n: number): void {
    if (n >= this.marks.length) {
      const grown = new Int32Array(Math.max(n + 1, 2 * this.marks.length));
      grown.set(this.marks);
      this.marks = grown;
    }
    this.marks[n] = this.round;
  }

  /** True when sense number `n` was added since the set was last emptied. */
  has(n: number): boolean {
    return n < this.marks.length && this.marks[n] === this.round;
  }
}
