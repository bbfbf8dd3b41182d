/**
 * Paints quotes, speakers, entities and findings into visible editors. Decoration types are made
 * once per kind; updates only swap ranges. Each layer can be switched off by a setting.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis, EntityType, FindingKind, SourceSummary, Span } from '../core/types';
import type { Settings } from './settings';

/** The decoration layers, as named in the API and the settings. */
export type DecorationKind = 'quote' | 'speaker' | 'speakerMention' | 'person' | 'organization' | 'place' | 'value' | 'unique' | 'variant' | 'numeric';

const color = (id: string) => new vscode.ThemeColor(`sourceCritic.${id}`);
const underline = (id: string, style = 'dotted'): vscode.DecorationRenderOptions => ({ borderWidth: '0 0 2px 0', borderStyle: style, borderColor: color(id) });

function createTypes(): Record<DecorationKind, vscode.TextEditorDecorationType> {
  const make = (o: vscode.DecorationRenderOptions) => vscode.window.createTextEditorDecorationType({ rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, ...o });
  const finding = (bg: string): vscode.DecorationRenderOptions => ({
    backgroundColor: color(bg), overviewRulerColor: color('findingBorder'), overviewRulerLane: vscode.OverviewRulerLane.Right,
  });
  return {
    quote: make({ backgroundColor: color('quoteBackground'), ...underline('quoteBorder', 'solid'), borderWidth: '0 0 1px 0' }),
    speaker: make({ after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 0.4em' } }),
    speakerMention: make(underline('speakerMentionBorder', 'solid')),
    person: make(underline('personForeground')),
    organization: make(underline('organizationForeground')),
    place: make(underline('placeForeground')),
    value: make(underline('valueForeground', 'dashed')),
    unique: make(finding('uniqueBackground')),
    variant: make(finding('variantBackground')),
    numeric: make({ ...finding('numericBackground'), borderWidth: '1px', borderStyle: 'solid', borderColor: color('findingBorder') }),
  };
}

/**
 * Above this many marks in one article, only the lines around the visible ones are painted: VS Code
 * slows down under hundreds of thousands of decorations (a 5 MB article has about 190,000), and
 * nobody sees more than a screenful at a time.
 */
const MANY_MARKS = 20_000;
/**
 * Lines painted above and below the visible ones then. The window is aligned to blocks of this many
 * lines, so scrolling within it paints nothing anew.
 */
const WINDOW_LINES = 400;

/** The offsets of the lines around an editor's visible ones, or undefined to paint everything. */
function paintWindow(editor: vscode.TextEditor, marks: number): Span | undefined {
  if (marks <= MANY_MARKS || !editor.visibleRanges.length) return undefined;
  const doc = editor.document;
  const first = Math.min(...editor.visibleRanges.map((r) => r.start.line));
  const last = Math.max(...editor.visibleRanges.map((r) => r.end.line));
  const from = Math.max(0, (Math.floor(first / WINDOW_LINES) - 1) * WINDOW_LINES);
  const to = Math.min(doc.lineCount - 1, (Math.ceil((last + 1) / WINDOW_LINES) + 1) * WINDOW_LINES);
  return { start: doc.offsetAt(new vscode.Position(from, 0)), end: doc.offsetAt(doc.lineAt(to).range.end) };
}

const ENTITY_LAYER: Partial<Record<EntityType, DecorationKind>> = {
  PERSON: 'person', ORG: 'organization', PLACE: 'place', DATE: 'value', NUMBER: 'value', MONEY: 'value', PERCENT: 'value',
};

/** Owns the decoration types and remembers what it last painted per document (for the API). */
export class DecorationPainter implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly painted = new Map<string, Map<DecorationKind, vscode.DecorationOptions[]>>();
  /** The ranges of `painted`, by document, once asked for (tests poll them; a large article has many). */
  private readonly rangesPainted = new Map<string, Partial<Record<DecorationKind, vscode.Range[]>>>();
  /**
   * What each editor was last painted from. Painting it again from the same inputs would send the
   * same ranges to the renderer again: for a 5 MB article, hundreds of thousands of them.
   */
  private readonly paintedFrom = new WeakMap<vscode.TextEditor, unknown[]>();

  /** What was last painted into the visible editor of a document, by layer (made once per paint). */
  paintedRanges(uri: vscode.Uri): Partial<Record<DecorationKind, vscode.Range[]>> {
    const key = uri.toString();
    const known = this.rangesPainted.get(key);
    if (known) return known;
    const out: Partial<Record<DecorationKind, vscode.Range[]>> = {};
    for (const [k, opts] of this.painted.get(key) ?? []) out[k] = opts.map((o) => o.range);
    if (this.painted.has(key)) this.rangesPainted.set(key, out);
    return out;
  }

  /** The text shown after a quote, by the range of its closing mark (for tests and hovers). */
  speakerLabels(uri: vscode.Uri): Array<{ range: vscode.Range; text: string }> {
    return (this.painted.get(uri.toString())?.get('speaker') ?? []).map((o) => ({ range: o.range, text: o.renderOptions?.after?.contentText ?? '' }));
  }

  /**
   * Paints one editor from its analysis and comparison summary (either may be missing); does
   * nothing when the editor was last painted from the very same inputs. In an article with very
   * many marks only the lines around the visible ones are painted; call it again when the editor
   * scrolls.
   */
  paint(editor: vscode.TextEditor, analysis: ArticleAnalysis | undefined, summary: SourceSummary | undefined, dismissed: ReadonlySet<string>, settings: Settings): void {
    const doc = editor.document;
    const around = paintWindow(editor, analysis ? 2 * analysis.quotes.length + analysis.entities.length : 0);
    const inputs = [doc.version, analysis, summary, [...dismissed].sort().join('\n'), settings, around?.start, around?.end];
    const last = this.paintedFrom.get(editor);
    if (last && inputs.every((input, i) => input === last[i])) return;
    this.paintedFrom.set(editor, inputs);
    const range = (s: Span) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const layers = new Map<DecorationKind, vscode.DecorationOptions[]>();
    for (const k of Object.keys(this.types) as DecorationKind[]) layers.set(k, []);
    const push = (k: DecorationKind, o: vscode.DecorationOptions) => layers.get(k)?.push(o);
    const shown = (s: Span) => !around || (s.end >= around.start && s.start <= around.end);
    if (analysis) {
      const d = settings.decorations;
      for (const q of analysis.quotes) {
        if (!shown(q)) continue;
        if (d.quotes) push('quote', { range: range(q) });
        if (d.speakers && q.speaker) {
          const end = q.close ?? { start: q.end, end: q.end };
          push('speaker', { range: range(end), renderOptions: { after: { contentText: `— ${q.speaker}` } } });
          if (q.attribution?.mention) push('speakerMention', { range: range(q.attribution.mention) });
        }
      }
      if (d.entities) {
        for (const e of analysis.entities) {
          const layer = ENTITY_LAYER[e.type];
          if (layer && shown(e)) push(layer, { range: range(e) });
        }
      }
    }
    if (summary && settings.decorations.findings) {
      for (const f of summary.findings) if (!dismissed.has(f.id) && shown(f)) push(f.kind as FindingKind, { range: range(f) });
    }
    for (const [k, opts] of layers) editor.setDecorations(this.types[k], opts);
    this.painted.set(doc.uri.toString(), layers);
    this.rangesPainted.delete(doc.uri.toString());
  }

  /** Forgets a closed document. */
  forget(uri: vscode.Uri): void {
    this.painted.delete(uri.toString());
    this.rangesPainted.delete(uri.toString());
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
  }
}
