/** Opening a source at a span: used by tree items, hovers, diagnostics and code actions. */
import * as vscode from 'vscode';

/** The internal command that reveals a span: arguments (uri string, start offset, end offset, beside?). */
export const REVEAL_COMMAND = 'sourceCritic.revealSpan';

/** Opens the document and selects [start, end), optionally in the editor group beside. */
export async function revealSpan(uri: vscode.Uri, start: number, end: number, beside = false): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const selection = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: beside ? vscode.ViewColumn.Beside : undefined, selection });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** A `command:` link for Markdown hovers that reveals a span. */
export function revealLink(uri: vscode.Uri, start: number, end: number, beside = false): vscode.Uri {
  return vscode.Uri.parse(`command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString(), start, end, beside]))}`);
}

/** The arguments of {@link REVEAL_COMMAND} as a vscode.Command. */
export function revealCommand(title: string, uri: vscode.Uri, start: number, end: number, beside = false): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri.toString(), start, end, beside] };
}
