/**
 * The Sources view: the set of sources being compared, what each shares with the others, what it
 * alone reports, what it omits, and who names whom (entity coverage).
 */
import * as vscode from 'vscode';
import type { EntityCoverage, Finding, Omission } from '../core/types';
import type { AnalysisStore, SourceEntry } from './analysisStore';
import { COMPARED_IN_BACKGROUND, TOO_LARGE_TO_COMPARE } from './largeSourceWording';
import { revealCommand } from './revealSpan';

/** A node of the Sources tree. */
export type SourceNode =
  | { kind: 'source'; entry: SourceEntry }
  | { kind: 'section'; parent: SourceNode; label: string; icon: string; children: SourceNode[] }
  | { kind: 'finding'; parent: SourceNode; entry: SourceEntry; finding: Finding }
  | { kind: 'omission'; parent: SourceNode; omission: Omission }
  | { kind: 'note'; parent: SourceNode; label: string; icon: string; command?: vscode.Command }
  | { kind: 'coverage'; children: SourceNode[] }
  | { kind: 'covered'; parent: SourceNode; coverage: EntityCoverage };

const clip = (s: string, n = 80) => { const t = s.replace(/\s+/g, ' ').trim(); return t.length > n ? `${t.slice(0, n - 1)}…` : t; };
const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Lists the sources of the set and what the comparison says about each. */
export class SourcesView implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: AnalysisStore, private readonly dismissed: () => ReadonlySet<string>) {}

  /** Tells VS Code to ask again. */
  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: SourceNode): SourceNode[] {
    if (!node) {
      const roots: SourceNode[] = this.store.all().map((entry) => ({ kind: 'source', entry }));
      const coverage = this.store.comparison()?.coverage ?? [];
      if (coverage.length) {
        const cov: SourceNode = { kind: 'coverage', children: [] };
        cov.children = coverage.filter((c) => ['PERSON', 'ORG', 'PLACE'].includes(c.type)).map((c) => ({ kind: 'covered', parent: cov, coverage: c }));
        roots.push(cov);
      }
      return roots;
    }
    if (node.kind === 'source') return this.detailsOf(node);
    if (node.kind === 'section' || node.kind === 'coverage') return node.children;
    return [];
  }

  getParent(node: SourceNode): SourceNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    switch (node.kind) {
      case 'source': {
        const e = node.entry;
        const summary = this.store.summary(e.uri);
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.resourceUri = e.uri;
        item.contextValue = 'source';
        if (e.skipped) {
          item.description = `not analysed: ${e.skipped.reason === 'too-large' ? 'too large' : e.skipped.reason}`;
          item.iconPath = new vscode.ThemeIcon('circle-slash');
        } else if (!e.analysis) {
          item.description = 'analysing…';
          item.iconPath = new vscode.ThemeIcon('loading~spin');
        } else if (this.store.comparingInBackground(e.uri)) {
          item.description = 'large: comparing in the background…';
          item.iconPath = new vscode.ThemeIcon('sync~spin');
        } else if (summary && !summary.sameEvent) {
          item.description = 'probably not the same event';
          item.iconPath = new vscode.ThemeIcon('warning');
        } else if (summary) {
          const n = (k: Finding['kind']) => summary.findings.filter((f) => f.kind === k && !this.dismissed().has(f.id)).length;
          item.description = `shares ${pct(summary.shared)} · ${n('unique')} unique · ${n('variant')} variant · ${n('numeric')} numeric`;
          item.iconPath = vscode.ThemeIcon.File;
        } else {
          item.description = 'add another source to compare';
          item.iconPath = vscode.ThemeIcon.File;
        }
        item.tooltip = e.uri.scheme === 'file' ? e.uri.fsPath : e.uri.toString();
        return item;
      }
      case 'section': {
        const item = new vscode.TreeItem(node.label, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.description = `${node.children.length}`;
        return item;
      }
      case 'finding': {
        const item = new vscode.TreeItem(clip(node.finding.text), vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.finding.message;
        item.command = revealCommand('Reveal finding', node.entry.uri, node.finding.start, node.finding.end);
        item.contextValue = `finding.${node.finding.kind}`;
        return item;
      }
      case 'omission': {
        const item = new vscode.TreeItem(clip(node.omission.example.text), vscode.TreeItemCollapsibleState.None);
        item.description = `reported by ${node.omission.reportedBy.join(', ')}`;
        item.tooltip = node.omission.message;
        const other = this.store.byName(node.omission.example.source);
        if (other) item.command = revealCommand('Show where another source reports it', other.uri, node.omission.example.start, node.omission.example.end, true);
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        item.command = node.command;
        return item;
      }
      case 'coverage': {
        const item = new vscode.TreeItem('Who names whom', vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('organization');
        item.description = `${node.children.length} entities`;
        return item;
      }
      case 'covered': {
        const c = node.coverage;
        const names = Object.keys(c.mentions);
        const item = new vscode.TreeItem(c.name, vscode.TreeItemCollapsibleState.None);
        const total = this.store.all().filter((e) => e.analysis).length;
        item.description = `${names.length}/${total} sources`;
        item.tooltip = Object.entries(c.mentions).map(([s, n]) => `${s}: ${n}`).join('\n');
        return item;
      }
    }
  }

  private detailsOf(node: SourceNode & { kind: 'source' }): SourceNode[] {
    const e = node.entry;
    const out: SourceNode[] = [];
    if (e.skipped) {
      out.push({
        kind: 'note', parent: node, label: e.skipped.message, icon: 'info',
        command: e.skipped.reason === 'too-large' ? { command: 'sourceCritic.analyzeAnyway', title: 'Analyse anyway', arguments: [e.uri] } : undefined,
      });
      return out;
    }
    if (this.store.tooLargeToCompare(e.uri)) {
      out.push({
        kind: 'note', parent: node, icon: 'info',
        label: TOO_LARGE_TO_COMPARE,
      });
      return out;
    }
    if (this.store.comparingInBackground(e.uri)) {
      out.push({
        kind: 'note', parent: node, icon: 'info',
        label: COMPARED_IN_BACKGROUND,
      });
      return out;
    }
    const summary = this.store.summary(e.uri);
    if (!summary) return out;
    if (!summary.sameEvent) out.push({ kind: 'note', parent: node, label: `Probably not the same event: shares ${pct(summary.shared)} of its sentences with the others`, icon: 'warning' });
    const section = (label: string, icon: string, kind: Finding['kind']) => {
      const s: SourceNode = { kind: 'section', parent: node, label, icon, children: [] };
      s.children = summary.findings.filter((f) => f.kind === kind && !this.dismissed().has(f.id)).map((finding) => ({ kind: 'finding', parent: s, entry: e, finding }));
      return s;
    };
    out.push(section('Only here (unique)', 'star-empty', 'unique'), section('Worded differently (variant)', 'diff', 'variant'), section('Counted differently (numeric)', 'symbol-number', 'numeric'));
    const om: SourceNode = { kind: 'section', parent: node, label: 'Left out (reported by most others)', icon: 'circle-outline', children: [] };
    om.children = summary.omissions.map((omission) => ({ kind: 'omission', parent: om, omission }));
    out.push(om);
    return out;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
