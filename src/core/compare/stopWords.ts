/**
 * English function words and reporting verbs that carry no content for cross-source matching:
 * two sources share "the" and "said" whatever they report.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by per with without ' +
    'about above after against along among around as before behind below beneath beside between beyond during except inside ' +
    'into like near off onto out outside over past since through throughout till toward towards under until up upon via within ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs who whom whose which what ' +
    'whatever whichever whoever when where why how all any both each either neither few many more most much other others some ' +
    'such no not only own same too very just also even still already again ever never now once however although though while ' +
    'whereas because whether is are was were be been being am do does did done doing have has had having will would shall should ' +
    'can cannot could may might must ought one ones itself himself herself themselves ourselves myself yourself ' +
    'said says say saying told tell tells added adding stated stating reported reports according mr mrs ms s t'
  ).split(' '),
);

/** True for a folded, lower-case word that carries no content (a function word or a reporting verb). */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
