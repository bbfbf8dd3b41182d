/**
 * Holds the analysis of every source, tied to the version it was made from, and the comparison of
 * the set. Changes are batched: documents are marked dirty and drained by one debounced timer;
 * a result that comes back for an older version than the document now has is dropped.
 */
import * as vscode from 'vscode';
import { looksBinary, stripBom } from '../core/text/decodeArticle';
import type { AnalysedSet } from '../core/analyzeSources';
import type { ArticleAnalysis, Comparison, SourceInput, SourceSummary } from '../core/types';
import type { Settings } from './settings';
import { isArticleDocument, type SourceSet } from './sourceSet';
import { AnalysisCancelled, type Analyzer } from './analyzer';

/** Why a source has no analysis, when it has none. */
export type SkipReason = 'too-large' | 'binary' | 'error';

/** What the store knows of one source. */
export interface SourceEntry {
  uri: vscode.Uri;
  /** The name shown to users and used as the source's id in the comparison. */
  name: string;
  /** Document version, or -mtime for a file read from disk. */
  version: number;
  analysis?: ArticleAnalysis;
  skipped?: { reason: SkipReason; message: string };
}

/** Fired when one document's analysis lands. */
export interface AnalyzedEvent {
  uri: vscode.Uri;
  version: number;
}

/** An analysis running longer than this is abandoned when its document changes or closes. */
const LONG_ANALYSIS_MS = 500;
/**
 * A text this long (UTF-16 units, about 40,000 words: a book or a transcript rather than an article)
 * takes seconds to analyse and minutes to compare. Its analysis is abandoned at once when overtaken,
 * and it joins the comparison only in the background, after the other sources' comparison is shown.
 */
export const LARGE_TEXT = 256 * 1024;

/** True for a source whose text is over {@link LARGE_TEXT}. */
const isLarge = (e: SourceEntry): boolean => (e.analysis?.text.length ?? 0) > LARGE_TEXT;

/** Texts that look binary in their first 8 KiB (NUL or many control characters). */
function textLooksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  return looksBinary(Uint8Array.from(head, (c) => Math.min(c.charCodeAt(0), 255)));
}

/** The analyses of the set of sources and their comparison. */
export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, SourceEntry>();
  private readonly dirty = new Set<string>();
  private readonly forced = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draining: Promise<void> | undefined;
  private comparisonValue: Comparison | undefined;
  /** The document being analysed right now, and since when (to cancel long runs overtaken). */
  private inFlight: { key: string; since: number; size: number } | undefined;
  private sourceUris: vscode.Uri[] = [];
  /** The comparison of the whole set running in the background when large sources take part. */
  private background: Promise<void> | undefined;
  /** Raised to drop a background comparison's result: the set changed while it ran. */
  private backgroundGeneration = 0;
  /** Large sources waiting for (or in) the background comparison, by URI. */
  private waitingForBackground = new Set<string>();
  /** A background comparison left to the next drain: the set was marked dirty while this one ran. */
  private backgroundDue = false;
  /** Large sources the analyzer cannot compare apart from the extension host (see {@link tooLargeToCompare}). */
  private leftOut = new Set<string>();
  private readonly analyzed = new vscode.EventEmitter<AnalyzedEvent>();
  private readonly compared = new vscode.EventEmitter<Comparison | undefined>();
  private readonly idle = new vscode.EventEmitter<void>();
  private readonly failed = new vscode.EventEmitter<{ uri: vscode.Uri; error: string }>();
  private readonly skippedSource = new vscode.EventEmitter<SourceEntry>();
  /** Fires after a document's analysis lands (current version only). */
  readonly onDidAnalyze = this.analyzed.event;
  /** Fires after the comparison of the set is recomputed (undefined when fewer than 2 sources). */
  readonly onDidCompare = this.compared.event;
  /** Fires when no analysis or comparison is pending any more. */
  readonly onDidBecomeIdle = this.idle.event;
  /** Fires when an analysis failed (the message says why). */
  readonly onDidFail = this.failed.event;
  /** Fires when a source is left unanalysed (too large, binary, unreadable). */
  readonly onDidSkip = this.skippedSource.event;

  constructor(
    private readonly client: Analyzer,
    private readonly sources: SourceSet,
    private settings: () => Settings,
  ) {}

  /** The entry of a source, if it is in the set. */
  entry(uri: vscode.Uri): SourceEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** Every source currently in the set, in set order. */
  all(): SourceEntry[] {
    return this.sourceUris.map((u) => this.entries.get(u.toString())).filter((e): e is SourceEntry => e !== undefined);
  }

  /** The analysis of a document, only if it matches the document's current version. */
  currentAnalysis(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e && e.version === doc.version ? e.analysis : undefined;
  }

  /** The latest comparison of the set, if there are at least two analysed sources. */
  comparison(): Comparison | undefined {
    return this.comparisonValue;
  }

  /** The comparison's summary for one source. */
  summary(uri: vscode.Uri): SourceSummary | undefined {
    const name = this.entries.get(uri.toString())?.name;
    return this.comparisonValue?.sources.find((s) => s.id === name);
  }

  /** The source whose comparison id (name) is given. */
  byName(name: string): SourceEntry | undefined {
    return [...this.entries.values()].find((e) => e.name === name);
  }

  /** True while an analysis or comparison (the background one included) is pending or running. */
  busy(): boolean {
    return this.dirty.size > 0 || this.draining !== undefined || this.timer !== undefined || this.background !== undefined;
  }

  /**
   * True for a large source (over {@link LARGE_TEXT}) that the shown comparison leaves out because
   * its own comparison with the others is still running in the background.
   */
  comparingInBackground(uri: vscode.Uri): boolean {
    return this.waitingForBackground.has(uri.toString());
  }

  /**
   * True for a large source (over {@link LARGE_TEXT}) that the comparison leaves out for good: the
   * analyzer cannot compare it apart from the extension host (the browser build).
   */
  tooLargeToCompare(uri: vscode.Uri): boolean {
    return this.leftOut.has(uri.toString());
  }

  /**
   * Marks a document dirty (or, without one, the set itself: files joined or left) and starts the
   * one debounced timer; `now` drains at once (a newly opened article, an explicit command).
   */
  schedule(uri?: vscode.Uri, now = false): void {
    this.dirty.add(uri ? uri.toString() : 'set');
    if (uri) this.cancelIfOvertaken(uri);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.drain(); }, now ? 0 : this.settings().debounceMs);
  }

  /**
   * A long analysis of a document that has since changed (or closed) is abandoned rather than
   * finished: its result would be dropped anyway. Short ones finish; restarting costs more.
   */
  private cancelIfOvertaken(uri: vscode.Uri): void {
    this.cancelLongAnalysisOf((key) => key === uri.toString());
  }

  /**
   * Called when editor tabs close: a long analysis of an article that is no longer open in any
   * editor nor part of the set is abandoned (the set is resolved again right after).
   */
  cancelIfClosed(stillWanted: (uri: vscode.Uri) => boolean): void {
    this.cancelLongAnalysisOf((key) => !stillWanted(vscode.Uri.parse(key)));
    if (this.background && this.all().some((e) => !stillWanted(e.uri))) this.cancelBackground();
    this.schedule(undefined, true);
  }

  /**
   * Abandons the background comparison (its worker is stopped, its result would be dropped): a
   * source changed, joined or left, so it compares a set that no longer is.
   */
  private cancelBackground(): void {
    if (!this.background) return;
    this.backgroundGeneration++;
    this.background = undefined;
    this.client.cancel();
  }

  /** Abandons the analysis under way when it is long and `abandon` says so of its document's URI key. */
  private cancelLongAnalysisOf(abandon: (key: string) => boolean): void {
    if (this.inFlight && this.isLong(this.inFlight) && abandon(this.inFlight.key)) {
      this.inFlight = undefined;
      this.client.cancel();
    }
  }

  /** A run worth abandoning: under way for a while already, or of a large text. */
  private isLong(run: { since: number; size: number }): boolean {
    return Date.now() - run.since > LONG_ANALYSIS_MS || run.size > LARGE_TEXT;
  }

  /** Analyses a file even if it is over the size limit. */
  analyzeAnyway(uri: vscode.Uri): void {
    this.forced.add(uri.toString());
    this.entries.delete(uri.toString());
    this.schedule(uri, true);
  }

  /** Forgets every analysis and analyses the whole set again. */
  reanalyzeAll(): void {
    for (const e of this.entries.values()) e.version = Number.NaN;
    this.schedule(undefined, true);
  }

  private async drain(): Promise<void> {
    if (this.draining) {
      await this.draining;
      if (this.dirty.size && !this.timer) return this.drain();
      return;
    }
    this.draining = this.drainOnce().finally(() => { this.draining = undefined; });
    await this.draining;
    if (this.dirty.size) return this.drain();
    if (!this.busy()) this.idle.fire();
  }

  private async drainOnce(): Promise<void> {
    const settings = this.settings();
    this.dirty.clear();
    this.sourceUris = await this.sources.resolve(settings);
    const inSet = new Set(this.sourceUris.map((u) => u.toString()));
    let changed = false;
    for (const key of [...this.entries.keys()]) {
      if (!inSet.has(key)) { this.entries.delete(key); changed = true; }
    }
    if (changed) this.cancelBackground();
    const names = this.namesFor(this.sourceUris);
    for (const uri of this.sourceUris) {
      const key = uri.toString();
      const { text, version } = await this.readSource(uri);
      const known = this.entries.get(key);
      if (known && known.version === version && (known.analysis || known.skipped)) { known.name = names.get(key) ?? known.name; continue; }
      const entry: SourceEntry = { uri, name: names.get(key) ?? key, version };
      this.entries.set(key, entry);
      changed = true;
      // The worker is needed for this source: a comparison of the old set must not hold it up.
      this.cancelBackground();
      if (text === undefined) { entry.skipped = { reason: 'error', message: 'could not be read' }; this.skippedSource.fire(entry); continue; }
      const limit = settings.maxFileSizeKB * 1024;
      if (text.length > limit && !this.forced.has(key)) {
        entry.skipped = { reason: 'too-large', message: `${(text.length / 1024 / 1024).toFixed(1)} MB is over the ${settings.maxFileSizeKB} KiB limit (sourceCritic.analysis.maxFileSizeKB); run "Source Critic: Analyse Large File Anyway" to analyse it` };
        this.skippedSource.fire(entry);
        continue;
      }
      if (textLooksBinary(text)) { entry.skipped = { reason: 'binary', message: 'looks like a binary file, not an article' }; this.skippedSource.fire(entry); continue; }
      try {
        this.inFlight = { key, since: Date.now(), size: text.length };
        const analysis = await this.client.analyze(text).finally(() => { this.inFlight = undefined; });
        // Dropped if the document moved on while the worker was busy: a newer run is scheduled.
        if ((await this.readSource(uri, true)).version !== version) { entry.version = Number.NaN; continue; }
        entry.analysis = analysis;
        this.analyzed.fire({ uri, version });
      } catch (err) {
        if (err instanceof AnalysisCancelled) { entry.version = Number.NaN; continue; }
        entry.skipped = { reason: 'error', message: (err as Error).message.split('\n')[0] };
        this.failed.fire({ uri, error: entry.skipped.message });
      }
    }
    if (changed || this.backgroundDue || (!this.comparisonValue && !this.background)) await this.recompare();
  }

  /**
   * Compares the set. Sources of ordinary size are compared at once and their results shown; when
   * large sources (over {@link LARGE_TEXT}) are in the set too, the whole set is then compared
   * again in the background: comparing a book-length text takes minutes, and nobody should wait
   * that long for the articles' own findings. Any change to the set abandons that run; the drain
   * that follows starts it again. It is not started at all when the set was marked dirty while
   * this drain ran (an article closed, a file changed): the sources it would compare were resolved
   * before that, and a result holding a just-closed article must not be shown; the next drain,
   * already due, starts it. An analyzer that cannot compare apart from the extension host (the
   * browser build) leaves large sources out altogether.
   */
  private async recompare(): Promise<void> {
    this.backgroundDue = false;
    const analysed = this.all().filter((e) => e.analysis);
    const large = analysed.filter(isLarge);
    const inBackground = this.client.comparesLargeSources;
    this.leftOut = new Set(inBackground ? [] : large.map((e) => e.uri.toString()));
    this.waitingForBackground = new Set(inBackground ? large.map((e) => e.uri.toString()) : []);
    try {
      this.adopt(await this.compareSet(large.length ? analysed.filter((e) => !isLarge(e)) : analysed));
    } catch (err) {
      // Overtaken by a cancelled run: the next drain compares again.
      if (err instanceof AnalysisCancelled) return;
      this.comparisonValue = undefined;
      this.reportFailure(analysed, err);
    }
    const wanted = inBackground && large.length > 0 && analysed.length >= 2;
    if (wanted && this.dirty.size) this.backgroundDue = true;
    else if (wanted) this.background = this.compareInBackground(analysed);
    else this.waitingForBackground.clear();
    this.compared.fire(this.comparisonValue);
  }

  /**
   * The background comparison of the whole set: its result replaces the shown comparison unless
   * the set changed meanwhile ({@link cancelBackground} raised the generation); then it is dropped.
   */
  private compareInBackground(entries: SourceEntry[]): Promise<void> {
    const generation = ++this.backgroundGeneration;
    const current = () => generation === this.backgroundGeneration;
    return this.compareSet(entries)
      .then((set) => { if (current()) this.adopt(set); }, (err) => { if (current() && !(err instanceof AnalysisCancelled)) this.reportFailure(entries, err); })
      .finally(() => {
        if (!current()) return;
        this.background = undefined;
        this.waitingForBackground.clear();
        this.compared.fire(this.comparisonValue);
        if (!this.busy()) this.idle.fire();
      });
  }

  /** Compares analysed sources; nothing to compare below two. */
  private compareSet(entries: SourceEntry[]): Promise<AnalysedSet | undefined> {
    const ready: SourceInput[] = entries.map((e) => ({ id: e.name, analysis: e.analysis as ArticleAnalysis }));
    return ready.length >= 2 ? this.client.compare(ready) : Promise.resolve(undefined);
  }

  /** Makes a comparison the current one, with the linked analyses (one key per entity across the set) where nothing changed since. */
  private adopt(set: AnalysedSet | undefined): void {
    this.comparisonValue = set?.comparison;
    for (const linked of set?.sources ?? []) {
      const e = this.byName(linked.id);
      if (e?.analysis && e.analysis.text === linked.analysis.text) e.analysis = linked.analysis;
    }
  }

  private reportFailure(entries: SourceEntry[], err: unknown): void {
    this.failed.fire({ uri: entries.length ? entries[0].uri : vscode.Uri.parse('sourcecritic:set'), error: (err as Error).message.split('\n')[0] });
  }

  /** The text and version of a source: the open document's, or the file's on disk. */
  private async readSource(uri: vscode.Uri, versionOnly = false): Promise<{ text?: string; version: number }> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && isArticleDocument(d));
    if (doc) return { text: versionOnly ? undefined : doc.getText(), version: doc.version };
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (versionOnly) return { version: -stat.mtime };
      const bytes = await vscode.workspace.fs.readFile(uri);
      return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), version: -stat.mtime };
    } catch {
      return { version: Number.NaN };
    }
  }

  /** Short unique names: the workspace-relative path, or the full path where two would clash. */
  private namesFor(uris: vscode.Uri[]): Map<string, string> {
    const names = new Map<string, string>();
    const seen = new Map<string, number>();
    const short = uris.map((u) => (u.scheme === 'untitled' ? u.path : vscode.workspace.asRelativePath(u, false)));
    for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
    uris.forEach((u, i) => names.set(u.toString(), (seen.get(short[i]) ?? 0) > 1 ? u.fsPath || u.toString() : short[i]));
    return names;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.backgroundGeneration++;
    this.analyzed.dispose();
    this.compared.dispose();
    this.idle.dispose();
    this.failed.dispose();
    this.skippedSource.dispose();
  }
}
