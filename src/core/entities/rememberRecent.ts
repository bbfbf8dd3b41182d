/**
 * The recogniser asks the same questions about the same words again and again (is "Ruiz" a given
 * name? what does "Ministry" fold to?): an article's names recur in many mentions. This remembers
 * the recent answers of such a question, forgetting them all once it holds too many, so that
 * memory stays bounded however many texts are read.
 */

/** How many answers are kept before they are all forgotten. */
const MOST_REMEMBERED = 20000;

/**
 * A function that gives the same answers as `answer`, each word's computed once and remembered
 * while no more than MOST_REMEMBERED others are. `answer` must never return undefined.
 */
export function rememberRecent<T>(answer: (word: string) => T): (word: string) => T {
  const recent = new Map<string, T>();
  return (word) => {
    let value = recent.get(word);
    if (value === undefined) {
      if (recent.size > MOST_REMEMBERED) recent.clear();
      value = answer(word);
      recent.set(word, value);
    }
    return value;
  };
}
