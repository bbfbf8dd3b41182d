/**
 * Source Critic in the browser: the workbench runs the extension under development in its web
 * worker extension host (vscode.dev, code-server's web host), where the `browser` entry
 * (dist/browser/extension.js) runs with the model bundled and the analysis in-process. A user must
 * get the same thing as on the desktop: sample articles analysed, quotes decorated with their
 * speakers, entities found, the Claims view filled.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysis } from '../../src/core/types';
import type { SourceCriticApi } from '../../src/ui/api';
import { check, checkSame } from './check';
import { takeScreenshot } from './screenshot';

const EXTENSION_ID = 'source-critic.source-critic';

/** The extension under test, activated. */
async function activeExtension(): Promise<vscode.Extension<SourceCriticApi>> {
  const extension = vscode.extensions.getExtension<SourceCriticApi>(EXTENSION_ID);
  check(extension, `${EXTENSION_ID} is not known to the web extension host`);
  await extension.activate();
  return extension;
}

/** The sample article copies in the workspace, by name. */
async function sampleArticles(): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles('*.txt');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Start and end offsets of ranges in a document, in text order. */
function offsets(doc: vscode.TextDocument, ranges: readonly vscode.Range[]): Array<[number, number]> {
  return ranges.map((range): [number, number] => [doc.offsetAt(range.start), doc.offsetAt(range.end)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Resolves with `read()` once it returns something, re-reading after each analysis the extension
 * reports and on a bounded poll (painting can land after the analysis event); rejects after 30 s.
 */
function eventually<T>(what: string, read: () => T | undefined, api: SourceCriticApi): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => { subscription.dispose(); clearInterval(poll); clearTimeout(timer); settle(); };
    const attempt = () => {
      const value = read();
      if (value !== undefined) finish(() => resolve(value));
    };
    const subscription = api.onDidAnalyze(attempt);
    const poll = setInterval(attempt, 50);
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after 30 s waiting for ${what}`))), 30_000);
    attempt();
  });
}

describe('web: Source Critic in the browser extension host', () => {
  it('activates in the web worker extension host of a web workbench, without Node', async () => {
    const extension = await activeExtension();
    check(extension.isActive, 'the extension did not activate');
    checkSame(vscode.env.uiKind, vscode.UIKind.Web, 'the workbench is not a web one');
    check(typeof process === 'undefined' || !process.versions?.node,
      `the tests run in a Node extension host (Node ${typeof process === 'undefined' ? '' : process.versions?.node}), not in the web worker`);
    check(typeof extension.exports.activationMillis === 'number', 'activate returned no API');
  });

  it('analyses every sample article: quotes credited to speakers and named entities', async () => {
    const api = (await activeExtension()).exports;
    const articles = await sampleArticles();
    check(articles.length >= 3, `expected the three sample articles in the workspace, found ${articles.length}`);
    for (const uri of articles) {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      const analysis: ArticleAnalysis = await api.whenAnalyzed(doc);
      const name = uri.path.split('/').pop();
      check(analysis.text === doc.getText().replace(/^\uFEFF/, ''), `${name}: the analysis is not of the document's text`);
      check(analysis.quotes.some((quote) => quote.speaker), `${name}: no quote is credited to a speaker`);
      const named = analysis.entities.filter((entity) => ['PERSON', 'ORG', 'PLACE'].includes(entity.type));
      check(named.length > 0, `${name}: no person, organisation or place found`);
      for (const entity of named) checkSame(doc.getText().slice(entity.start, entity.end), entity.text, `${name}: an entity's span is not its text`);
    }
    const model = await api.modelStatus();
    check(model.modelLoaded, 'the bundled language model is not loaded after analysing the articles');
    console.log(`web host: activation ${api.activationMillis.toFixed(0)} ms, model loaded in ${model.modelLoadMillis.toFixed(0)} ms`);
  });

  it('decorates each quote of an open article on its span, and shows who said it', async () => {
    const api = (await activeExtension()).exports;
    const [uri] = await sampleArticles();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    const analysis = await api.whenAnalyzed(doc);
    check(analysis.quotes.length > 0, 'the article has no quotes to decorate');
    const expected = analysis.quotes.map((quote): [number, number] => [quote.start, quote.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const painted = await eventually('quote decorations', () => {
      const ranges = api.decorationsFor(doc.uri).quote;
      return ranges && ranges.length === expected.length ? ranges : undefined;
    }, api);
    checkSame(offsets(doc, painted), expected, 'the quote decorations are not the analysed quotes');
    const labels = await eventually('speaker labels', () => {
      const shown = api.speakerLabelsFor(doc.uri);
      return shown.length > 0 ? shown : undefined;
    }, api);
    const speakers = new Set(analysis.quotes.map((quote) => quote.speaker).filter((speaker) => speaker !== null));
    check(labels.some((label) => [...speakers].some((speaker) => label.text.includes(speaker))),
      `no speaker label names a speaker of the analysis: ${JSON.stringify(labels.map((label) => label.text))}`);
  });

  it('re-analyses an edited article in the worker: a quote typed in is decorated and credited', async () => {
    const api = (await activeExtension()).exports;
    const [, uri] = await sampleArticles();
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    const before = await api.whenAnalyzed(doc);
    const original = doc.getText();
    const paragraph = '\n\n"We will appeal the ruling as soon as the court publishes it," the union\'s lawyer, Maria Keller, told reporters.\n';
    check(await editor.edit((edit) => edit.insert(doc.positionAt(doc.getText().length), paragraph)), 'the edit was not applied');
    try {
      const after = await api.whenAnalyzed(doc);
      checkSame(after.quotes.length, before.quotes.length + 1, 'the typed quote was not found');
      const typed = after.quotes.find((quote) => quote.text.startsWith('We will appeal the ruling'));
      check(typed, `the typed quote is not among ${JSON.stringify(after.quotes.map((quote) => quote.text))}`);
      check(typed.speaker?.includes('Keller'), `the typed quote is credited to ${typed.speaker}, not Maria Keller`);
      await eventually('the typed quote decorated', () => {
        const ranges = api.decorationsFor(doc.uri).quote ?? [];
        return ranges.some((range) => doc.offsetAt(range.start) === typed.start && doc.offsetAt(range.end) === typed.end) ? true : undefined;
      }, api);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    // The command resolves in the workbench before the extension host's copy of the document has
    // changed back; asking before then would return the edited version's analysis.
    await eventually('the reverted text in the extension host', () => (doc.getText() === original ? true : undefined), api);
    checkSame((await api.whenAnalyzed(doc)).quotes.length, before.quotes.length, 'reverting the edit did not restore the quotes');
  });

  it('fills the Claims view with the speakers of the open article', async () => {
    const extension = await activeExtension();
    const api = extension.exports;
    // What a reader would set up: wrapped lines, no chat panel taking a third of the window.
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    const [uri] = await sampleArticles();
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    const analysis = await api.whenAnalyzed(doc);
    await api.whenIdle();
    const container = (extension.packageJSON as { contributes?: { viewsContainers?: { activitybar?: { id: string }[] } } })
      .contributes?.viewsContainers?.activitybar?.[0]?.id;
    check(container, 'the manifest contributes no activity bar container');
    await vscode.commands.executeCommand(`workbench.view.extension.${container}`);
    const claims = await eventually('claims', () => {
      const tree = api.claimsTree();
      return tree.length > 0 ? tree : undefined;
    }, api);
    const speakers = claims.flatMap((node) => (node.kind === 'speaker' ? [node.key] : []));
    const credited = analysis.claims.map((claim) => claim.speakerKey).filter((key) => key !== null);
    check(speakers.some((key) => credited.includes(key)),
      `no speaker of the Claims view is a speaker of the article's claims: ${JSON.stringify(speakers)} vs ${JSON.stringify(credited)}`);
    await eventually('the open article painted', () => (api.decorationsFor(doc.uri).quote?.length ? true : undefined), api);
    await takeScreenshot('web-workbench');
  });

  it('leaves a source over 256K characters out of the comparison, and says so in the status bar', async () => {
    const api = (await activeExtension()).exports;
    const [first] = await sampleArticles();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    check(folder, 'the web workbench opened no folder');
    // A book-length report of our own making: a sample article many times over, past 256K characters.
    const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    const text = Array.from({ length: Math.ceil(270_000 / sample.length) }, () => sample).join('\n\n');
    const uri = vscode.Uri.joinPath(folder, 'zz-long-report.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
      const analysis = await api.whenAnalyzed(doc);
      check(analysis.quotes.length > 0, 'the large source was not analysed');
      await api.whenIdle();
      const entry = api.sources().find((source) => source.uri.toString() === uri.toString());
      check(entry?.analysed && entry.tooLargeToCompare, `the large source is not said to be too large to compare: ${JSON.stringify(entry)}`);
      const compared = api.comparison()?.sources.map((source) => source.id) ?? [];
      check(!compared.includes(entry.name), `the large source is in the comparison: ${JSON.stringify(compared)}`);
      check(compared.length >= 2, `the other sources were not compared: ${JSON.stringify(compared)}`);
      check(api.statusText().includes('too large to compare in the browser'), `the status bar says ${api.statusText()}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
