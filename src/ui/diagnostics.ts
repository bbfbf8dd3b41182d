/**
 * Comparison findings in the Problems panel (Information or Hint, a setting), with related
 * information pointing at the other sources, and code actions: open the other source side by side,
 * or dismiss the finding (kept per workspace).
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/types';
import type { AnalysisStore } from './analysisStore';
import type { Settings } from './settings';

/** The `source` of our diagnostics, as shown in the Problems panel. */
export const DIAGNOSTIC_SOURCE = 'Source Critic';
const DISMISSED_KEY = 'sourceCritic.dismissedFindings';

/** Findings the user dismissed, kept per workspace. */
export class DismissedFindings {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a finding is dismissed or all are restored. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  /** The ids of dismissed findings. */
  ids(): ReadonlySet<string> {
    return new Set(this.state.get<string[]>(DISMISSED_KEY, []));
  }

  /** Dismisses one finding. */
  async dismiss(id: string): Promise<void> {
    await this.state.update(DISMISSED_KEY, [...new Set([...this.ids(), id])]);
    this.changed.fire();
  }

  /** Brings every dismissed finding back. */
  async restoreAll(): Promise<void> {
    await this.state.update(DISMISSED_KEY, []);
    this.changed.fire();
  }
}

/** Publishes findings as diagnostics for every source of the set. */
export class FindingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceCritic');

  constructor(private readonly store: AnalysisStore, private readonly dismissed: DismissedFindings) {}

  /** Recomputes every source's diagnostics from the latest comparison. */
  update(settings: Settings): void {
    this.collection.clear();
    const comparison = this.store.comparison();
    if (!comparison || settings.diagnosticsSeverity === 'off') return;
    const severity = settings.diagnosticsSeverity === 'hint' ? vscode.DiagnosticSeverity.Hint : vscode.DiagnosticSeverity.Information;
    const hidden = this.dismissed.ids();
    // Line starts are computed once per source text, not once per related passage.
    const rangesIn = new Map<string, (start: number, end: number) => vscode.Range>();
    const rangeIn = (text: string) => rangesIn.get(text) ?? rangesIn.set(text, offsetsToRange(text)).get(text) as (start: number, end: number) => vscode.Range;
    for (const entry of this.store.all()) {
      const analysis = entry.analysis;
      const summary = this.store.summary(entry.uri);
      if (!analysis || !summary) continue;
      const at = rangeIn(analysis.text);
      const list: vscode.Diagnostic[] = [];
      if (!summary.sameEvent) {
        const d = new vscode.Diagnostic(at(0, Math.min(analysis.text.indexOf('\n') >>> 0, analysis.text.length)),
          `Probably not the same event as the other sources: it shares ${Math.round(100 * summary.shared)}% of its sentences with them, so it is left out of unique and variant flags.`, severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = 'other-event';
        list.push(d);
      }
      for (const f of summary.findings) {
        if (hidden.has(f.id)) continue;
        const d = new vscode.Diagnostic(at(f.start, f.end), f.message, severity);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = f.kind;
        d.relatedInformation = this.related(f, rangeIn);
        (d as FindingDiagnostic).findingId = f.id;
        list.push(d);
      }
      this.collection.set(entry.uri, list);
    }
  }

  /** The diagnostics currently published for a document. */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  private related(f: Finding, rangeIn: (text: string) => (start: number, end: number) => vscode.Range): vscode.DiagnosticRelatedInformation[] {
    const out: vscode.DiagnosticRelatedInformation[] = [];
    for (const r of f.related) {
      const other = this.store.byName(r.source);
      if (!other?.analysis) continue;
      const range = rangeIn(other.analysis.text)(r.start, r.end);
      out.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(other.uri, range), `${r.source}: “${r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text}”`));
    }
    return out;
  }

  dispose(): void {
    this.collection.dispose();
  }
}

/** A diagnostic that carries the id of its finding, for the dismiss action. */
type FindingDiagnostic = vscode.Diagnostic & { findingId?: string };

/**
 * Maps offsets to positions in a text that may not be open in an editor (line starts are
 * computed once per text; CRLF, CR and LF all end a line, as in VS Code).
 */
export function offsetsToRange(text: string): (start: number, end: number) => vscode.Range {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) { starts.push(i + 2); i++; } else if (c === 10 || c === 13) starts.push(i + 1);
  }
  const pos = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return new vscode.Position(lo, offset - starts[lo]);
  };
  return (start, end) => new vscode.Range(pos(start), pos(end));
}

/** Quick fixes on our diagnostics: open the other source beside, dismiss the finding. */
export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(_doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics as FindingDiagnostic[]) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      for (const rel of d.relatedInformation ?? []) {
        const name = rel.message.split(':')[0];
        const open = new vscode.CodeAction(`Open ${name} side by side`, vscode.CodeActionKind.QuickFix);
        open.command = { command: 'sourceCritic.openSideBySide', title: open.title, arguments: [rel.location.uri.toString(), rel.location.range] };
        open.diagnostics = [d];
        actions.push(open);
      }
      if (d.findingId) {
        const dismiss = new vscode.CodeAction('Dismiss this finding', vscode.CodeActionKind.QuickFix);
        dismiss.command = { command: 'sourceCritic.dismissFinding', title: dismiss.title, arguments: [d.findingId] };
        dismiss.diagnostics = [d];
        actions.push(dismiss);
      }
    }
    return actions;
  }
}
