// Loads the real grammar files of syntaxes/ into vscode-textmate with the real Oniguruma build, the
// way VS Code does (one Registry, injections declared by scope, a time limit per line), and turns
// tokens into what a reader sees: which stretches of text carry which scope.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..', '..');

/** Scope names of the grammars under test and of the host grammar they are injected into. */
export const PLAIN_TEXT_SCOPE = 'text.plain.source-critic';
export const MARKDOWN_SCOPE = 'text.html.markdown';
export const MARKDOWN_INJECTION_SCOPE = 'markdown.quotes.source-critic';

/** Quotation scopes, as a theme sees them. */
export const DOUBLE = 'string.quoted.double.source-critic';
export const SINGLE = 'string.quoted.single.source-critic';
export const OTHER = 'string.quoted.other.source-critic';
export const NESTED = 'meta.quote.nested.source-critic';
export const BEGIN_MARK = 'punctuation.definition.string.begin.source-critic';
export const END_MARK = 'punctuation.definition.string.end.source-critic';
const QUOTATION_SCOPES = [DOUBLE, SINGLE, OTHER];

/** VS Code's own limit for tokenizing one line (TextMateTokenizationSupport passes 500 ms). */
export const VSCODE_LINE_TIME_LIMIT_MS = 500;

const grammarFiles: Record<string, string> = {
  [PLAIN_TEXT_SCOPE]: join(root, 'syntaxes', 'quotes.plaintext.tmLanguage.json'),
  [MARKDOWN_INJECTION_SCOPE]: join(root, 'syntaxes', 'quotes.markdown.tmLanguage.json'),
  [MARKDOWN_SCOPE]: join(__dirname, 'fixtures', 'markdown.tmLanguage.json'),
};

let onigLib: Promise<vsctm.IOnigLib> | undefined;

/** The Oniguruma library VS Code uses, loaded once per process from node_modules. */
export function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= oniguruma
    .loadWASM(readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')))
    .then(() => ({
      createOnigScanner: (sources: string[]) => oniguruma.createOnigScanner(sources),
      createOnigString: (text: string) => oniguruma.createOnigString(text),
    }));
  return onigLib;
}

const registry = new vsctm.Registry({
  onigLib: loadOniguruma(),
  loadGrammar: async (scopeName) => {
    const file = grammarFiles[scopeName];
    return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
  },
  getInjections: (scopeName) => (scopeName === MARKDOWN_SCOPE ? [MARKDOWN_INJECTION_SCOPE] : undefined),
});

/** The grammar VS Code would use for a plain-text or a Markdown document. */
export async function loadGrammar(language: 'plaintext' | 'markdown'): Promise<vsctm.IGrammar> {
  const grammar = await registry.loadGrammar(language === 'plaintext' ? PLAIN_TEXT_SCOPE : MARKDOWN_SCOPE);
  if (!grammar) throw new Error(`no grammar for ${language}`);
  return grammar;
}

/** One token of one line: its text and its scopes, outermost first. */
export interface ScopedToken {
  line: number;
  text: string;
  scopes: string[];
}

/**
 * Tokenizes a whole document line by line, carrying the state from line to line as VS Code does
 * (a line that runs out of time passes on the state it started with).
 */
export function tokenizeDocument(grammar: vsctm.IGrammar, document: string): ScopedToken[] {
  const tokens: ScopedToken[] = [];
  let state = vsctm.INITIAL;
  document.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state, VSCODE_LINE_TIME_LIMIT_MS);
    for (const token of result.tokens) {
      const text = lineText.slice(token.startIndex, Math.min(token.endIndex, lineText.length));
      if (text.length > 0) tokens.push({ line, text, scopes: token.scopes });
    }
    if (!result.stoppedEarly) state = result.ruleStack;
  });
  return tokens;
}

/**
 * The stretches of text that carry `scope`, one string per maximal run within a line, in order:
 * what a reader sees coloured as that scope.
 */
export function scopedRuns(tokens: ScopedToken[], scope: string): string[] {
  const runs: string[] = [];
  let previous: ScopedToken | undefined;
  for (const token of tokens) {
    if (!token.scopes.includes(scope)) {
      previous = undefined;
      continue;
    }
    if (previous && previous.line === token.line) runs[runs.length - 1] += token.text;
    else runs.push(token.text);
    previous = token;
  }
  return runs;
}

/** A quotation as the grammar delimits it: the text between its marks, per line part. */
export interface ScopedQuotation {
  text: string;
  scope: string;
  nested: boolean;
  closed: boolean;
}

/**
 * The quotations the grammar scopes, outer and nested, with the text between their marks (an outer
 * quotation's text includes its nested quotations with their marks). A quotation that goes on over
 * several lines gives one part per line, as the gold annotation counts paragraph parts.
 */
export function scopedQuotations(tokens: ScopedToken[]): ScopedQuotation[] {
  const done: ScopedQuotation[] = [];
  const open: ScopedQuotation[] = [];
  let line = -1;
  const closeAll = (closed: boolean) => {
    while (open.length > 0) done.push({ ...open.pop()!, closed });
  };
  for (const token of tokens) {
    const depth = token.scopes.filter((s) => QUOTATION_SCOPES.includes(s)).length;
    if (token.line !== line) {
      line = token.line;
      const carried = open.map((q) => ({ ...q, text: '' }));
      closeAll(false);
      open.push(...carried);
    }
    while (open.length > depth) done.push({ ...open.pop()!, closed: false });
    if (token.scopes.includes(BEGIN_MARK)) {
      for (const outer of open) outer.text += token.text;
      const scope = token.scopes.filter((s) => QUOTATION_SCOPES.includes(s)).at(-1)!;
      open.push({ text: '', scope, nested: token.scopes.includes(NESTED), closed: false });
    } else if (token.scopes.includes(END_MARK)) {
      done.push({ ...open.pop()!, closed: true });
      for (const outer of open) outer.text += token.text;
    } else {
      for (const q of open) q.text += token.text;
    }
  }
  closeAll(false);
  return done.filter((q) => q.text.length > 0 || q.closed);
}
