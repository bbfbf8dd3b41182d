/**
 * A spelling-tolerant form of a name word, so that the transliterations newspapers use for one
 * name meet: Sergey / Sergei, Mohammed / Muhammad / Mohamed, Zelensky / Zelenskyy,
 * Yevgeny / Evgeny, Dmitry / Dmitri, Gaddafi / Qaddafi. The word is folded (case, accents),
 * common transliteration variants are unified (kh → h, ph → f, q → k, w → v, j/y openings), and
 * then only its first letter and its consonants are kept, with doubled letters collapsed.
 * Different names almost never share the skeletons of all their words, which is how it is used.
 */
import { foldKey } from './entityKey';

/** The skeleton of one name word ("Sergey" → "srg", "Muhammad" → "mhmd"). */
export function nameSkeleton(word: string): string {
  let w = foldKey(word).replace(/[^a-z]/g, '');
  w = w
    .replace(/^y([aeiou])/, '$1')
    .replace(/^j([aeiou])/, 'y$1')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/w/g, 'v')
    .replace(/tz/g, 'ts')
    .replace(/(.)\1+/g, '$1');
  if (w.length <= 1) return w;
  const rest = w.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
  return (w[0] + rest).replace(/(.)\1+/g, '$1');
}

/** The skeletons of a full name's words, particles left out ("Lula da Silva" → "ll slv"). */
export function fullNameSkeleton(name: string): string {
  return foldKey(name)
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !/^(de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|ben|bint|y|of|the)$/.test(w))
    .map(nameSkeleton)
    .join(' ');
}
