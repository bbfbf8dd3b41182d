/**
 * Builds findings with stable ids: a short hash of the source id, the kind and the flagged text,
 * so that a finding a reader dismissed stays dismissed when the article is analysed again, even
 * after edits elsewhere in it.
 */
import type { Finding, FindingKind, SourceRef, Span } from '../types';
import { hashString } from './winnowFingerprints';

/** A finding of `kind` over `span` of the source `sourceId` whose text is `text`. */
export function makeFinding(sourceId: string, text: string, kind: FindingKind, span: Span, message: string, related: SourceRef[]): Finding {
  const flagged = text.slice(span.start, span.end);
  const id = `${kind}-${hashString(`${sourceId}\u0000${kind}\u0000${flagged}`).toString(36)}`;
  return { kind, start: span.start, end: span.end, text: flagged, message, related, id };
}

/** Makes ids unique within one source's findings (a repeated text gets "-2", "-3" …). */
export function dedupeIds(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    return n === 1 ? f : { ...f, id: `${f.id}-${n}` };
  });
}

/** A reference to a span of another source. */
export function sourceRef(source: string, text: string, span: Span): SourceRef {
  return { source, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
