/** The Claims view: who asserts what, grouped by speaker, then by source. */
import * as vscode from 'vscode';
import type { Claim } from '../core/types';
import type { AnalysisStore, SourceEntry } from './analysisStore';
import { revealCommand } from './revealSpan';
import { speakerIdentity } from './speakerIdentity';

/** A node of the Claims tree. */
export type ClaimNode =
  | { kind: 'speaker'; key: string; label: string; count: number; children: ClaimNode[] }
  | { kind: 'source'; parent: ClaimNode; source: SourceEntry; count: number; children: ClaimNode[] }
  | { kind: 'claim'; parent: ClaimNode; source: SourceEntry; claim: Claim }
  | { kind: 'more'; parent: ClaimNode; source: SourceEntry; count: number };

const OUTLET = '(the outlet itself)';
/**
 * A speaker's claims in one source are listed open up to this many; more start folded. Nobody reads
 * thousands of rows in a tree, and a book-length text has tens of thousands of claims that would
 * all be sent to the workbench on every refresh.
 */
const OPEN_CLAIMS = 50;
/** At most this many claims of one speaker in one source are listed; a last row says how many more. */
const LISTED_CLAIMS = 500;
const KIND_ICON: Record<Claim['kind'], string> = { quote: 'quote', indirect: 'comment', numeric: 'symbol-number' };

/** Builds the tree from the store on demand; cached children are dropped before each refresh. */
export class ClaimsView implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: ClaimNode[] | undefined;

  constructor(private readonly store: AnalysisStore) {}

  /** Drops the cached tree and tells VS Code to ask again. */
  refresh(): void {
    this.roots = undefined;
    this.changed.fire();
  }

  /** The speaker groups (for tests and the badge). */
  speakers(): ClaimNode[] {
    return (this.roots ??= this.build());
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    if (!node) return this.speakers();
    return node.kind === 'speaker' || node.kind === 'source' ? node.children : [];
  }

  getParent(node: ClaimNode): ClaimNode | undefined {
    return node.kind === 'speaker' ? undefined : node.parent;
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.count} claim${node.count === 1 ? '' : 's'}`;
      item.iconPath = new vscode.ThemeIcon(node.key ? 'person' : 'globe');
      item.contextValue = 'speaker';
      return item;
    }
    if (node.kind === 'source') {
      const item = new vscode.TreeItem(node.source.name, node.count > OPEN_CLAIMS ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = vscode.ThemeIcon.File;
      item.resourceUri = node.source.uri;
      item.description = `${node.count}`;
      item.contextValue = 'claimSource';
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(`… ${node.count.toLocaleString('en')} more in this source`, vscode.TreeItemCollapsibleState.None);
      item.tooltip = `Only the first ${LISTED_CLAIMS} claims of this speaker in ${node.source.name} are listed; the article shows them all.`;
      return item;
    }
    const c = node.claim;
    const text = c.text.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(text.length > 90 ? `${text.slice(0, 89)}…` : text, vscode.TreeItemCollapsibleState.None);
    item.description = c.cue ?? undefined;
    item.tooltip = new vscode.MarkdownString().appendText(`${c.speaker ?? OUTLET}${c.cue ? ` (${c.cue})` : ''}: ${text}`);
    item.iconPath = new vscode.ThemeIcon(KIND_ICON[c.kind]);
    item.command = revealCommand('Reveal claim', node.source.uri, c.start, c.end);
    item.contextValue = `claim.${c.kind}`;
    return item;
  }

  private build(): ClaimNode[] {
    const bySpeaker = new Map<string, { label: string; perSource: Map<SourceEntry, Claim[]> }>();
    for (const entry of this.store.all()) {
      for (const claim of entry.analysis?.claims ?? []) {
        const key = speakerIdentity(claim) ?? '';
        const group = bySpeaker.get(key) ?? { label: claim.speaker ?? OUTLET, perSource: new Map() };
        if (claim.speaker && claim.speaker.length > group.label.length && key) group.label = claim.speaker;
        const list = group.perSource.get(entry) ?? [];
        list.push(claim);
        group.perSource.set(entry, list);
        bySpeaker.set(key, group);
      }
    }
    const roots: ClaimNode[] = [];
    for (const [key, g] of bySpeaker) {
      const speaker: ClaimNode = { kind: 'speaker', key, label: g.label, count: 0, children: [] };
      for (const [source, claims] of g.perSource) {
        const sourceNode: ClaimNode = { kind: 'source', parent: speaker, source, count: claims.length, children: [] };
        sourceNode.children = claims.slice(0, LISTED_CLAIMS).map((claim) => ({ kind: 'claim', parent: sourceNode, source, claim }));
        if (claims.length > LISTED_CLAIMS) sourceNode.children.push({ kind: 'more', parent: sourceNode, source, count: claims.length - LISTED_CLAIMS });
        speaker.children.push(sourceNode);
        speaker.count += claims.length;
      }
      roots.push(speaker);
    }
    // Named speakers first, most claims first; the outlet's own assertions last.
    return roots.sort((a, b) => (a.kind === 'speaker' && b.kind === 'speaker' ? Number(!a.key) - Number(!b.key) || b.count - a.count || a.label.localeCompare(b.label) : 0));
  }

  dispose(): void {
    this.changed.dispose();
  }
}
