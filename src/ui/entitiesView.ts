/** The Entities view: people, organisations and places with counts; a click cycles through mentions. */
import * as vscode from 'vscode';
import type { Entity, EntityType } from '../core/types';
import type { AnalysisStore, SourceEntry } from './analysisStore';

/** A node of the Entities tree. */
export type EntityNode =
  | { kind: 'type'; type: EntityType; label: string; children: EntityNode[] }
  | { kind: 'entity'; parent: EntityNode; key: string; name: string; mentions: Array<{ source: SourceEntry; entity: Entity }> };

const GROUPS: Array<[EntityType, string, string]> = [['PERSON', 'People', 'person'], ['ORG', 'Organisations', 'organization'], ['PLACE', 'Places', 'location']];

/** The command a click runs: reveals the entity's next mention across the set. */
export const NEXT_MENTION_COMMAND = 'sourceCritic.nextMention';

/** Lists the named entities of the set of sources. */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: EntityNode[] | undefined;
  private readonly cursor = new Map<string, number>();

  constructor(private readonly store: AnalysisStore) {}

  /** Drops the cached tree and tells VS Code to ask again. */
  refresh(): void {
    this.roots = undefined;
    this.changed.fire();
  }

  /** The type groups (for tests). */
  groups(): EntityNode[] {
    return (this.roots ??= this.build());
  }

  getChildren(node?: EntityNode): EntityNode[] {
    if (!node) return this.groups();
    return node.kind === 'type' ? node.children : [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return node.kind === 'entity' ? node.parent : undefined;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    if (node.kind === 'type') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.children.length}`;
      item.iconPath = new vscode.ThemeIcon(GROUPS.find((g) => g[0] === node.type)?.[2] ?? 'symbol-misc');
      return item;
    }
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.None);
    const sources = new Set(node.mentions.map((m) => m.source.name));
    item.description = `${node.mentions.length} mention${node.mentions.length === 1 ? '' : 's'} · ${sources.size} source${sources.size === 1 ? '' : 's'}`;
    item.tooltip = `${node.name}: ${[...new Set(node.mentions.map((m) => m.entity.text))].join(', ')}\nNamed in ${[...sources].join(', ')}\nClick to go to the next mention.`;
    item.command = { command: NEXT_MENTION_COMMAND, title: 'Go to next mention', arguments: [node.key] };
    item.contextValue = 'entity';
    return item;
  }

  /** Reveals the next mention of an entity (cycling across sources), returning where it went. */
  async revealNext(key: string): Promise<{ uri: vscode.Uri; start: number; end: number } | undefined> {
    const node = this.groups().flatMap((g) => (g.kind === 'type' ? g.children : [])).find((n) => n.kind === 'entity' && n.key === key);
    if (!node || node.kind !== 'entity' || node.mentions.length === 0) return undefined;
    const i = (this.cursor.get(key) ?? -1) + 1;
    const m = node.mentions[i % node.mentions.length];
    this.cursor.set(key, i % node.mentions.length);
    const doc = await vscode.workspace.openTextDocument(m.source.uri);
    const range = new vscode.Range(doc.positionAt(m.entity.start), doc.positionAt(m.entity.end));
    const editor = await vscode.window.showTextDocument(doc, { preview: false, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return { uri: m.source.uri, start: m.entity.start, end: m.entity.end };
  }

  private build(): EntityNode[] {
    const byKey = new Map<string, { type: EntityType; name: string; mentions: Array<{ source: SourceEntry; entity: Entity }> }>();
    for (const source of this.store.all()) {
      for (const entity of source.analysis?.entities ?? []) {
        if (!GROUPS.some((g) => g[0] === entity.type)) continue;
        const e = byKey.get(entity.key) ?? { type: entity.type, name: entity.canonical, mentions: [] };
        if (entity.canonical.length > e.name.length) e.name = entity.canonical;
        e.mentions.push({ source, entity });
        byKey.set(entity.key, e);
      }
    }
    return GROUPS.map(([type, label]) => {
      const group: EntityNode = { kind: 'type', type, label, children: [] };
      group.children = [...byKey.entries()]
        .filter(([, e]) => e.type === type)
        .sort((a, b) => b[1].mentions.length - a[1].mentions.length || a[1].name.localeCompare(b[1].name))
        .map(([key, e]) => ({ kind: 'entity', parent: group, key, name: e.name, mentions: e.mentions }));
      return group;
    }).filter((g) => g.kind === 'type' && g.children.length > 0);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
