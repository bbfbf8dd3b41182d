/** Writing a speaker into a quote: the one place that fills its speaker, key, cue and attribution together. */
import type { AttributionMethod, Entity, Quote, Span } from '../types';

/** Writes a speaker, its key, cue and attribution into a quote (joint speakers joined by "; "). */
export function assignSpeaker(quote: Quote, names: Entity[], cue: string | null, method: AttributionMethod, mention: Span | null): void {
  quote.speaker = names.map((n) => n.canonical).join('; ');
  quote.speakerKey = names.map((n) => n.key).join('; ');
  quote.cue = cue;
  quote.attribution = { method, mention };
}

/** Gives a quote the speaker and key of another quote, with the given cue and attribution. */
export function copySpeaker(quote: Quote, source: Quote, cue: string | null, attribution: Quote['attribution']): void {
  quote.speaker = source.speaker;
  quote.speakerKey = source.speakerKey;
  quote.cue = cue;
  quote.attribution = attribution;
}

/**
 * Credits a quote to an organisation the text describes but never names ("the emergency
 * inspectorate"): the description is the speaker, and no entity's key stands behind it.
 */
export function assignDescribedSpeaker(quote: Quote, label: string, cue: string | null, mention: Span): void {
  quote.speaker = label;
  quote.speakerKey = null;
  quote.cue = cue;
  quote.attribution = { method: 'described-organisation', mention };
}
