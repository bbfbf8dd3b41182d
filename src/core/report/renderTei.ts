/**
 * The TEI P5 report, for scholars: the sources as witnesses of one text, encoded with the
 * parallel-segmentation method (TEI Guidelines ch. 12). The header lists every witness with its
 * file name, SHA-256 and time of analysis; the body is one source's text (the base) in which an
 * `<app>` marks each place where the sources differ, with one `<rdg wit="#…">` per reading.
 *
 * How the findings become apparatus entries. The base is the first source that reports the same
 * event as the others. Each finding of the base wraps its own span: its reading plus the related
 * readings of other sources (`variant`, `numeric`), or, for content only the base has, the base's
 * reading typed `singular` and an empty reading for every other witness of the event. Findings of
 * the other sources cannot wrap base text they do not share: a variant whose related span in the
 * base already has an entry joins that entry; anything else is inserted as an entry of its own at
 * the point of the base that the comparison aligned with the text just before it (an insertion
 * point: the base's reading there is empty). Findings that overlap an entry already placed are
 * inserted right after it, so entries never nest or cross and the text outside the entries plus
 * the base readings of the wrapping entries is the base text exactly. Line breaks become `<lb/>`.
 */
import type { Finding, SourceSummary } from '../types';
import { escapeXml } from './escapeXml';
import type { ReportInput } from './reportTypes';
import { witnessIds } from './witnessIds';

/** The TEI type of a reading for a finding kind. */
const READING_TYPE: Record<string, string> = { unique: 'singular', variant: 'variant', numeric: 'numeric' };

/** One apparatus entry: where it stands in the base and what each witness reads there. */
interface Entry {
  /** Start in the base text (equal to `end` for an insertion point). */
  start: number;
  end: number;
  type: string;
  /** Witness id → its reading (several places of one witness joined with " … "). */
  readings: Map<string, string>;
  /** Which witness's reading is typed with the entry's type (the finding's own source). */
  typedWitness: string;
  notes: string[];
}

const addReading = (entry: Entry, witness: string, text: string): void => {
  const had = entry.readings.get(witness);
  if (had === undefined || had === '') entry.readings.set(witness, text);
  else if (!had.includes(text)) entry.readings.set(witness, `${had} … ${text}`);
};

/** Renders the `<app>` of one entry: witnesses with the same reading share one `<rdg>`. */
function renderEntry(entry: Entry): string {
  const byText = new Map<string, string[]>();
  for (const [witness, text] of entry.readings) byText.set(text, [...(byText.get(text) ?? []), witness]);
  const rdgs = [...byText].map(([text, witnesses]) => {
    const wit = escapeXml(witnesses.map((w) => `#${w}`).join(' '));
    const type = witnesses.includes(entry.typedWitness) ? ` type="${escapeXml(entry.type)}"` : '';
    return text === '' ? `<rdg wit="${wit}"${type}/>` : `<rdg wit="${wit}"${type}>${textWithLineBreaks(text)}</rdg>`;
  });
  const notes = entry.notes.map((n) => `<note>${escapeXml(n)}</note>`);
  return `<app type="${escapeXml(entry.type)}">${rdgs.join('')}${notes.join('')}</app>`;
}

/** Escapes text and marks each line break with `<lb/>` (the break itself stays as white space). */
function textWithLineBreaks(text: string): string {
  return escapeXml(text).replace(/\r\n|\r|\n/g, '\n<lb/>');
}

/** Renders the sources as a TEI P5 document with a parallel-segmentation apparatus. */
export function renderTei(input: ReportInput): string {
  const ids = witnessIds(input.sources.map((s) => s.file));
  const idOf = new Map(input.sources.map((s, i) => [s.file, ids[i]]));
  const summaryOf = new Map<string, SourceSummary>(input.comparison.sources.map((s) => [s.id, s]));
  const sameEvent = (file: string): boolean => summaryOf.get(file)?.sameEvent ?? true;
  const baseIndex = Math.max(0, input.sources.findIndex((s) => sameEvent(s.file)));
  const base = input.sources[baseIndex];
  const baseId = ids[baseIndex];
  const entries = base ? placeEntries(input, base.file, idOf, sameEvent) : [];

  const witnesses = input.sources.map((s, i) => {
    const parts = [
      `<idno type="file">${escapeXml(s.file)}</idno>`,
      `<idno type="sha256">${escapeXml(s.sha256)}</idno>`,
      `<date type="analysed" when="${escapeXml(s.analyzedAt)}">${escapeXml(s.analyzedAt)}</date>`,
    ];
    if (s.analysis.title) parts.push(`<title>${escapeXml(s.analysis.title)}</title>`);
    if (!sameEvent(s.file)) parts.push('<note>Shares almost nothing with the other sources: probably reports another event.</note>');
    return `     <witness xml:id="${ids[i]}">${parts.join(' ')}</witness>`;
  });

  const title = base?.analysis.title ? `${base.analysis.title}: ` : '';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    ' <teiHeader>',
    '  <fileDesc>',
    `   <titleStmt><title>${escapeXml(title)}collation of ${input.sources.length} source${input.sources.length === 1 ? '' : 's'}</title></titleStmt>`,
    `   <publicationStmt><p>Generated by ${escapeXml(input.tool.name)} ${escapeXml(input.tool.version)}; not published.</p></publicationStmt>`,
    '   <sourceDesc>',
    '    <listWit>',
    ...witnesses,
    '    </listWit>',
    '   </sourceDesc>',
    '  </fileDesc>',
    '  <encodingDesc>',
    '   <variantEncoding method="parallel-segmentation" location="internal"/>',
    `   <p>The base text is witness #${baseId ?? ''}. Readings typed "singular" are content only one witness reports; "variant", the same content in other words; "numeric", a number the witnesses give differently.</p>`,
    '  </encodingDesc>',
    ' </teiHeader>',
    ' <text>',
    '  <body>',
    `   <ab type="base" corresp="#${baseId ?? ''}">${base ? renderBase(base.analysis.text, entries) : ''}</ab>`,
    '  </body>',
    ' </text>',
    '</TEI>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Interleaves the base text with the entries (sorted, never overlapping). */
function renderBase(text: string, entries: Entry[]): string {
  let out = '';
  let at = 0;
  for (const e of entries) {
    out += textWithLineBreaks(text.slice(at, e.start)) + renderEntry(e);
    at = Math.max(at, e.end);
  }
  return out + textWithLineBreaks(text.slice(at));
}

/** Places every finding of every source as an apparatus entry in the base (see the file comment). */
function placeEntries(input: ReportInput, baseFile: string, idOf: Map<string, string>, sameEvent: (file: string) => boolean): Entry[] {
  const witnessOf = (file: string): string => idOf.get(file) ?? file;
  const baseWitness = witnessOf(baseFile);
  const eventWitnesses = input.sources.filter((s) => sameEvent(s.file)).map((s) => witnessOf(s.file));
  const baseLength = input.sources.find((s) => s.file === baseFile)?.analysis.text.length ?? 0;
  const findingsOf = (file: string): Finding[] => input.comparison.sources.find((s) => s.id === file)?.findings ?? [];

  const newEntry = (f: Finding, owner: string, start: number, end: number): Entry => {
    const entry: Entry = { start, end, type: READING_TYPE[f.kind] ?? f.kind, readings: new Map(), typedWitness: owner, notes: [f.message] };
    if (start === end && owner !== baseWitness) entry.readings.set(baseWitness, '');
    addReading(entry, owner, f.text);
    for (const r of f.related) addReading(entry, witnessOf(r.source), r.text);
    if (f.kind === 'unique') for (const w of eventWitnesses) if (!entry.readings.has(w)) entry.readings.set(w, '');
    return entry;
  };

  // The base's own findings wrap their spans; one that overlaps an entry already placed is
  // inserted right after that entry instead.
  const wrapping: Entry[] = [];
  const inserted: Entry[] = [];
  let reach = 0;
  const own = [...findingsOf(baseFile)].filter((f) => f.end <= baseLength).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const f of own) {
    if (f.start >= reach) {
      wrapping.push(newEntry(f, baseWitness, f.start, f.end));
      reach = f.end;
    } else inserted.push(newEntry(f, baseWitness, reach, reach));
  }

  // The other sources' findings join the base entry they relate to, or stand at an insertion point.
  const insideEntry = (pos: number): Entry | undefined => wrapping.find((e) => e.start < pos && pos < e.end);
  for (const src of input.sources) {
    if (src.file === baseFile) continue;
    const owner = witnessOf(src.file);
    for (const f of findingsOf(src.file)) {
      const joined = f.kind !== 'unique'
        ? wrapping.find((e) => f.related.some((r) => r.source === baseFile && r.start < e.end && e.start < r.end))
        : undefined;
      if (joined) {
        addReading(joined, owner, f.text);
        continue;
      }
      let at = anchorInBase(input, src.file, baseFile, f, baseLength);
      at = insideEntry(at)?.end ?? at;
      inserted.push(newEntry(f, owner, at, at));
    }
  }
  // Insertion points come before an entry wrapping text that starts at the same place.
  return [...wrapping, ...inserted].sort((a, b) => a.start - b.start || (a.end - a.start) - (b.end - b.start));
}

/**
 * Where a span of another source belongs in the base: after the base passage aligned with the
 * closest aligned passage before it, else before the base passage aligned with the closest
 * aligned passage after it, else at the end of the base text.
 */
function anchorInBase(input: ReportInput, file: string, baseFile: string, span: Finding, baseLength: number): number {
  let before: { end: number; at: number } | undefined;
  let after: { start: number; at: number } | undefined;
  for (const al of input.comparison.alignments) {
    const pair = al.a.source === file && al.b.source === baseFile ? [al.a, al.b] : al.b.source === file && al.a.source === baseFile ? [al.b, al.a] : null;
    if (!pair) continue;
    const [mine, theirs] = pair;
    if (mine.end <= span.start && (!before || mine.end > before.end)) before = { end: mine.end, at: theirs.end };
    if (mine.start >= span.end && (!after || mine.start < after.start)) after = { start: mine.start, at: theirs.start };
  }
  return Math.min(baseLength, before?.at ?? after?.at ?? baseLength);
}
