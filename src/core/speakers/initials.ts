/**
 * Short forms made of initials ("IPMAN" for the Independent Petroleum Marketers Association of
 * Nigeria): a description qualified by one ("the IPMAN chairman") fits the person whose titles
 * spell the organisation out.
 */

/** Words a short form of initials leaves out ("Association of Nigeria" gives "AN"). */
const LEFT_OUT = /^(?:of|and|the|for|&|in|on|at|to)$/;

/**
 * True when `short` (three letters or more, any case) is the initials of consecutive words of
 * `words`, in their order, function words left out: "ipman" and [… "independent", "petroleum",
 * "marketers", "association", "of", "nigeria" …].
 */
export function spellsInitialsOf(short: string, words: Iterable<string>): boolean {
  const initials = short.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(initials)) return false;
  const heads = [...words].filter((w) => !LEFT_OUT.test(w)).map((w) => w.charAt(0).toLowerCase());
  return heads.join('').includes(initials);
}
