/**
 * "Export Report…": the comparison of the set of sources written as Markdown, JSON, CSV or TEI.
 * The save dialog proposes a file name that does not exist yet; a file that exists is replaced only
 * after the user confirms in a modal warning, and a source is never overwritten.
 */
import * as vscode from 'vscode';
import type { Comparison } from '../../core/types';
import type { AnalysisStore, SourceEntry } from '../analysisStore';
import { AnalysisTimes } from './analysisTimes';
import { REPORT_FORMATS, type ReportFormat } from './reportFormats';
import { sourceProvenance, type HashBasis } from './sourceProvenance';

declare const SOURCE_CRITIC_VERSION: string | undefined;
const VERSION = typeof SOURCE_CRITIC_VERSION === 'string' ? SOURCE_CRITIC_VERSION : '0.0.0-dev';

/** Arguments for running the command without dialogs (tests, other extensions, tasks). */
export interface ExportReportOptions {
  format?: ReportFormat['id'];
  /** Where to write. An existing file is then refused unless `overwrite` is true. */
  target?: vscode.Uri;
  overwrite?: boolean;
}

/** What was written. */
export interface ExportedReport {
  uri: vscode.Uri;
  format: ReportFormat['id'];
  sources: Array<{ file: string; sha256: string; hashedFrom: HashBasis; analyzedAt: string }>;
}

const exists = async (uri: vscode.Uri): Promise<boolean> => {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
};

/** Resolves once the store has nothing pending, so the report matches what the editor shows. */
function settled(store: AnalysisStore): Promise<void> {
  if (!store.busy()) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = store.onDidBecomeIdle(() => { sub.dispose(); resolve(); });
  });
}

/** `source-critic-report.<ext>` in the folder, or `-2`, `-3`… until the name is free. */
async function freshReportUri(folder: vscode.Uri, extension: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, `source-critic-report${n === 1 ? '' : `-${n}`}.${extension}`);
    if (!(await exists(candidate))) return candidate;
  }
}

/** The comparison to report: the store's, or for a lone source one that compares nothing. */
function comparisonFor(store: AnalysisStore, sources: SourceEntry[]): Comparison {
  return store.comparison() ?? {
    sources: sources.map((s) => ({ id: s.name, sameEvent: true, shared: 0, findings: [], omissions: [] })),
    groups: [], alignments: [], coverage: [],
  };
}

/** Asks for the target file; an existing one only with the user's confirmation. */
async function askForTarget(sources: SourceEntry[], format: ReportFormat): Promise<vscode.Uri | undefined> {
  const first = sources.find((s) => s.uri.scheme === 'file' || s.uri.scheme === 'vscode-remote')?.uri;
  const folder = (first && vscode.workspace.getWorkspaceFolder(first)?.uri) ?? vscode.workspace.workspaceFolders?.[0]?.uri
    ?? (first && vscode.Uri.joinPath(first, '..'));
  const picked = await vscode.window.showSaveDialog({
    defaultUri: folder && await freshReportUri(folder, format.extension),
    filters: { [format.label]: [format.extension] },
    saveLabel: 'Export Report',
    title: `Export ${format.label} Report`,
  });
  if (!picked || !(await exists(picked))) return picked;
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(picked)} already exists. Replace it with the report?`, { modal: true }, replace,
  );
  return answer === replace ? picked : undefined;
}

/**
 * Registers `sourceCritic.exportReport` and starts noting when each source is analysed (call it
 * before the first analysis). The command resolves with what it wrote, or undefined when the user
 * cancelled or the target was refused (an existing file without `overwrite`, or one of the sources).
 */
export function registerReportExport(store: AnalysisStore): vscode.Disposable[] {
  const times = new AnalysisTimes(store);
  return [times, vscode.commands.registerCommand('sourceCritic.exportReport', async (options: ExportReportOptions = {}): Promise<ExportedReport | undefined> => {
    await settled(store);
    const comparedIds = new Set(store.comparison()?.sources.map((s) => s.id));
    const analysed = store.all().filter((e): e is SourceEntry & { analysis: NonNullable<SourceEntry['analysis']> } => !!e.analysis)
      .filter((e, _, all) => comparedIds.has(e.name) || (all.length === 1 && comparedIds.size === 0));
    if (!analysed.length) {
      void vscode.window.showInformationMessage('Source Critic: open at least one article to export a report.');
      return undefined;
    }
    const format = options.format
      ? REPORT_FORMATS.find((f) => f.id === options.format)
      : await vscode.window.showQuickPick(REPORT_FORMATS.map((f) => ({ ...f, description: `.${f.extension}` })), { title: 'Export Report', placeHolder: 'Report format' });
    if (!format) return undefined;

    let target = options.target;
    if (target && !options.overwrite && await exists(target)) {
      void vscode.window.showErrorMessage(`Source Critic: ${vscode.workspace.asRelativePath(target)} already exists; the report was not written.`);
      return undefined;
    }
    target ??= await askForTarget(analysed, format);
    if (!target) return undefined;
    if (analysed.some((s) => s.uri.toString() === target?.toString())) {
      void vscode.window.showErrorMessage('Source Critic: the report cannot replace one of the sources.');
      return undefined;
    }

    const now = new Date().toISOString();
    const sources = await Promise.all(analysed.map((e) => sourceProvenance(e, times.of(e.uri) ?? now)));
    const content = format.render({ tool: { name: 'source-critic', version: VERSION }, sources, comparison: comparisonFor(store, analysed) });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    return {
      uri: target, format: format.id,
      sources: sources.map((s) => ({ file: s.file, sha256: s.sha256, hashedFrom: s.hashedFrom, analyzedAt: s.analyzedAt })),
    };
  })];
}
