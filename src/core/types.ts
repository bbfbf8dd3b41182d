/**
 * The data model shared by every layer: what the analysis of one article gives, and what the
 * comparison of several gives. All offsets are UTF-16 code units (JavaScript string indices) into
 * the article's text as analysed (decoded as UTF-8, a leading BOM removed), half-open [start, end).
 */

/** A half-open range of UTF-16 offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** The role a block of text plays in a news article's layout. */
export type BlockKind = 'headline' | 'standfirst' | 'byline' | 'dateline' | 'paragraph' | 'caption' | 'credit' | 'crosshead';

/** A block of the article (usually one line or paragraph) with its role. */
export interface Block extends Span {
  kind: BlockKind;
}

/**
 * What a quoted span is:
 * - `direct`: a whole utterance quoted (usually a clause or more);
 * - `partial`: a fragment quoted inside the reporter's own sentence;
 * - `headline`: a quote inside the headline;
 * - `scare`: scare quotes, nicknames, a lone word or name set off by marks (no speaker);
 * - `title`: the title of a work (book, film, report).
 */
export type QuoteKind = 'direct' | 'partial' | 'headline' | 'scare' | 'title';

/** How a speaker was attributed to a quote: shown in hovers so a reader can judge it. */
export type AttributionMethod =
  | 'explicit-after' // “…,” Lavrov said.
  | 'explicit-before' // Lavrov said: “…”
  | 'according-to' // …, according to X
  | 'pronoun' // “…,” he added. (resolved to the last fitting person)
  | 'description' // “…,” the Russian minister said. (resolved through an earlier apposition)
  | 'continuation' // a following quote paragraph with no new speaker
  | 'sentence-subject' // X called for “…” (partial quote inside a sentence whose subject speaks)
  | 'organisation' // a ministry, a company or a group speaks
  | 'described-organisation' // “…,” a spokeswoman for the water inspectorate said. (a body never named: the description speaks)
  | 'learned'; // no rule applied; a model learned from annotated news chose the person or body named nearby

/** A span inside quotation marks. `start`/`end` cover the inside, not the marks. */
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  /** Canonical speaker name (the fullest form the text gives), or null when unsure or nobody. */
  speaker: string | null;
  /** The entity key of the speaker (see {@link Entity.key}), or null. */
  speakerKey: string | null;
  /** The reporting verb or phrase that credits the speaker ("said", "according to"), or null. */
  cue: string | null;
  /** Where and how the speaker was found, or null when there is no speaker. */
  attribution: {
    method: AttributionMethod;
    mention: Span | null;
    /** For method `learned`: the model's probability that the speaker is right (0 to 1). */
    probability?: number;
  } | null;
  /** Offsets of the opening and closing marks (closing is null for a quote left open). */
  open: Span;
  close: Span | null;
}

/** Entity types. PERSON, ORG and PLACE are named entities; the rest are values. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'DATE' | 'NUMBER' | 'MONEY' | 'PERCENT' | 'OTHER';

/** One mention of an entity in the text. */
export interface Entity extends Span {
  text: string;
  type: EntityType;
  /**
   * The same for every mention of one entity, within and across sources: lower case, accents
   * folded, the fullest name form ("sergey lavrov" for Lavrov, Sergey Lavrov, Sergei Lavrov).
   */
  key: string;
  /** Canonical display name of the entity (the fullest form the text gives). */
  canonical: string;
}

/** What kind of assertion a claim is. */
export type ClaimKind = 'quote' | 'indirect' | 'numeric';

/** Who asserts what: a direct quote, indirect speech or a numeric assertion. */
export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  /** The asserting party's canonical name; null means the outlet itself (unattributed). */
  speaker: string | null;
  speakerKey: string | null;
  /** The reporting verb or phrase ("said", "warned", "according to"), or null. */
  cue: string | null;
  /** For kind `quote`: index into {@link ArticleAnalysis.quotes}. */
  quoteIndex?: number;
}

/** The analysis of one article. */
export interface ArticleAnalysis {
  /** The text analysed (BOM removed); every span indexes into it. */
  text: string;
  /** The headline, when one was found. */
  title: string | null;
  blocks: Block[];
  /** Sentences (never crossing a block boundary). */
  sentences: Span[];
  quotes: Quote[];
  entities: Entity[];
  claims: Claim[];
}

/** A source in a comparison: an identifier (file name or URI) and its analysis. */
export interface SourceInput {
  id: string;
  analysis: ArticleAnalysis;
}

/** A place in another source, for hovers, links and related information. */
export interface SourceRef extends Span {
  source: string;
  text: string;
}

/** Kinds of cross-source finding. */
export type FindingKind = 'unique' | 'variant' | 'numeric';

/** What the comparison says about one span of one source. */
export interface Finding extends Span {
  kind: FindingKind;
  text: string;
  /** A one-line explanation for a reader ("Only this source reports …"). */
  message: string;
  /** The corresponding places in the other sources (empty for `unique`). */
  related: SourceRef[];
  /** A stable id (source + kind + span + text hash) so a finding can be dismissed. */
  id: string;
}

/** A fact most other sources report that this one lacks. */
export interface Omission {
  /** A sentence of another source that stands for the fact. */
  example: SourceRef;
  /** How many of the other sources report it. */
  reportedBy: string[];
  message: string;
}

/** Aligned sentences of two sources. */
export interface Alignment {
  a: SourceRef;
  b: SourceRef;
  /** Similarity in [0, 1]. */
  score: number;
  /** Word-level differences inside the pair. */
  diffs: WordDiff[];
}

/** A word-level difference inside an aligned pair. */
export interface WordDiff {
  /** Span in source a (empty span when inserted in b). */
  a: Span;
  /** Span in source b (empty span when deleted from a). */
  b: Span;
  /** Substantive changes meaning; orthographic is punctuation, spelling, case or quote style. */
  type: 'substantive' | 'orthographic';
}

/** How a source relates to the rest of the set. */
export interface SourceSummary {
  id: string;
  /** False when the source shares almost nothing with the others: probably another event. */
  sameEvent: boolean;
  /** Share of this source's sentences aligned with some other source, in [0, 1]. */
  shared: number;
  findings: Finding[];
  omissions: Omission[];
}

/** The same utterance quoted in several sources, with how it drifted. */
export interface QuoteGroup {
  kind: 'quote';
  members: Array<SourceRef & { speaker: string | null; cue: string | null }>;
  /** Human-readable notes on drift: words cut, added, swapped; speakers or cues that differ. */
  drift: string[];
}

/** Which sources name which entity. */
export interface EntityCoverage {
  key: string;
  name: string;
  type: EntityType;
  /** Source id → number of mentions. */
  mentions: Record<string, number>;
}

/** The comparison of a set of analysed sources. */
export interface Comparison {
  sources: SourceSummary[];
  groups: QuoteGroup[];
  alignments: Alignment[];
  coverage: EntityCoverage[];
}
