/**
 * Common words that tell a person's gender: forms of address ("Mr", "Dame"), family and royal
 * titles ("father", "queen") and gendered role nouns ("spokeswoman", "chairman"). A description or
 * a name's titles holding one give the gender a later "he" or "she" must match.
 */

const MALE_WORDS = /^(?:mr\.?|sir|lord|king|prince|father|brother|son|husband|man|boy|pope|emir|sultan|sheikh|spokesman|chairman|businessman)$/i;
const FEMALE_WORDS = /^(?:mrs\.?|ms\.?|miss|dame|lady|queen|princess|mother|sister|daughter|wife|woman|girl|actress|spokeswoman|chairwoman|businesswoman)$/i;

/** The gender a single word tells ("spokeswoman" → female, "Sir" → male), or null when it tells none. */
export function genderOfWord(word: string): 'male' | 'female' | null {
  if (MALE_WORDS.test(word)) return 'male';
  if (FEMALE_WORDS.test(word)) return 'female';
  return null;
}
