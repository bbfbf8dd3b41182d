/**
 * Some stretches of a text are read whole by a rule of their own rather than word by word by the
 * recogniser: a byline's reporters, a wire's sign-off, a picture credit's photographer and agency.
 * Each such rule finds its spans; this puts them in place of the recogniser's mentions: every
 * mention a span overlaps gives way, and every span that names someone becomes a mention of its
 * type. A span may also only clear the text it covers (a sign-off's "Editing by" names nobody).
 */
import type { EntityType } from '../types';
import { lookupName } from './gazetteer';
import { isInner } from './nameParticles';
import type { NameMention } from './recogniseNames';

/** A stretch of text read whole: a name of `type`, or (type null) text that names nobody. */
export interface ReadSpan {
  start: number;
  end: number;
  type: EntityType | null;
}

/**
 * What stays of a mention that `span` overlaps, when the rule keeps a part of it (the outlet after
 * a reporter's name in the same mention); undefined when nothing stays.
 */
export type MentionRemainder = (mention: NameMention, span: ReadSpan) => NameMention | undefined;

/**
 * The mention of the name written from `start` to `end`, of `type`, with the gazetteer's canonical
 * name when the gazetteer knows the phrase as a name of that type.
 */
function spanMention(text: string, start: number, end: number, type: EntityType): NameMention {
  const name = text.slice(start, end);
  const known = lookupName(name);
  return {
    start,
    end,
    text: name,
    type,
    canonical: known?.type === type ? known.canonical : null,
    words: name.split(' ').filter((w) => !isInner(w)),
    hint: null,
    initial: false,
    weak: false,
  };
}

/**
 * Puts `spans` in place of the `mentions` they overlap: a mention overlapped by a span is dropped
 * (or, given `remainder`, replaced by what it returns for the first span overlapping it), and each
 * span with a type becomes a mention. Mentions are returned in reading order; with no span, the
 * mentions are returned as they came.
 */
export function replaceMentionsWithSpans(text: string, mentions: NameMention[], spans: readonly ReadSpan[], remainder?: MentionRemainder): NameMention[] {
  if (!spans.length) return mentions;
  const out: NameMention[] = [];
  for (const m of mentions) {
    const span = spans.find((s) => m.start < s.end && s.start < m.end);
    if (!span) {
      out.push(m);
      continue;
    }
    const rest = remainder?.(m, span);
    if (rest) out.push(rest);
  }
  for (const { start, end, type } of spans) if (type) out.push(spanMention(text, start, end, type));
  return out.sort((a, b) => a.start - b.start);
}
