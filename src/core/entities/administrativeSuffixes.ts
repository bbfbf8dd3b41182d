/**
 * Korean and Japanese place names carry the kind of administrative unit as a suffix, which the
 * English news writes after a hyphen in lower case: a neighbourhood "Mangwon-dong", a district
 * "Jongno-gu", a village "Hahoe-ri", a city "Suwon-si", a county "Yangpyeong-gun", a town
 * "Gapyeong-eup", a township "Bongpyeong-myeon", a province "Gyeonggi-do"; a ward "Chiyoda-ku", a
 * city "Nagoya-shi", a town "Hakone-machi", "Nagata-cho", a village "Shirakawa-mura", a prefecture
 * "Aichi-ken". Such a name is one word and a place, whatever the word before the hyphen is.
 */

/** The lower-case suffixes of Korean and Japanese administrative units. */
const SUFFIXES = new Set(['dong', 'gu', 'ri', 'si', 'gun', 'eup', 'myeon', 'do', 'ku', 'shi', 'cho', 'machi', 'mura', 'ken']);

/** True when `part` is the suffix of a Korean or Japanese administrative unit ("dong", "gu", "ku"). */
export function isAdministrativeSuffix(part: string): boolean {
  return SUFFIXES.has(part);
}

/** True for a place's name closed by such a suffix after a hyphen: "Mangwon-dong", "Seocho-gu", "Chiyoda-ku". */
export function endsWithAdministrativeSuffix(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && isAdministrativeSuffix(word.slice(hyphen + 1));
}
