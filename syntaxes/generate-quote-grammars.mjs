#!/usr/bin/env node
// Writes the two TextMate grammars that colour quotations before any analysis runs:
//   syntaxes/quotes.plaintext.tmLanguage.json   (scopeName text.plain.source-critic, language plaintext)
//   syntaxes/quotes.markdown.tmLanguage.json    (an injection into text.html.markdown)
// Both come from the one description below, so the rules cannot drift apart. The JSON files are
// committed (VS Code reads them from the package); `node syntaxes/generate-quote-grammars.mjs --check`
// exits non-zero when they are out of date, and the grammar tests run that check.
//
// The manifest contributes them under contributes.grammars: the first with "language": "plaintext"
// (VS Code's built-in plain-text language has no grammar of its own and takes a contributed one),
// the second with "injectTo": ["text.html.markdown"]. The plain-text entry maps our string scopes
// to the "other" token type, so that editing inside a quotation behaves as anywhere else in the
// text (editor.quickSuggestions is off inside strings by default); only the colour changes.
//
// How a quotation is recognised, line by line, without any analysis:
// - Typographic openers (“ ‘ „ ‚ « ‹) always open, unless glued to a letter or digit before them.
// - A straight mark (" or ') opens only where an opening mark stands: at the start of the line or
//   after a space, a bracket, a dash, a slash, emphasis (* _) or another opening mark, and with a
//   non-space after it. It closes only where it is not followed by a letter or digit. So the
//   apostrophes of don't, it's, Lavrov’s, States’ and the Smiths' never open anything, and a
//   straight mark inside a quotation that looks like an opener ("He called it "fake" today") opens
//   a nested quotation instead of closing the outer one.
// - A straight single quote must find its closing mark on the same line (apostrophes between
//   letters are skipped on the way), so '90s, rock 'n' roll and a stray apostrophe never open a
//   span that runs away. Decades ('90s, '09) never open. The one exception is a line that begins
//   with ' and a capital letter: that is a quotation in the British style, and like the others it
//   may stay open to the end of its paragraph.
// - A quotation closes with its own closing mark or a mixed one (“…," closes, as do "…” and ‘…');
//   a nested quotation closes only with its own mark, and ends at the latest where the quotation
//   around it closes.
// - Quotations never run away: a quotation open at the end of a line continues on the next line
//   only when that line may be a hard-wrapped continuation. It ends before a blank line, at the
//   end of a line longer than WRAPPED_LINE_MAX characters (such a line is a paragraph of its own,
//   as in most news text saved with one paragraph per line), and before a line that begins with
//   an opening mark of the same family (the multi-paragraph convention: each paragraph of a long
//   quotation opens again, and only the last one closes; each part is scoped on its own).
//   In Markdown, VS Code's grammar makes every line a paragraph rule of its own, so a quotation
//   there always ends with its line.
// - Every regex is linear: lookaheads stop at the next quotation mark and nesting is one level
//   deep, so a line of 100,000 quotation marks or 1 MB without spaces tokenizes in linear time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Lines longer than this are paragraphs on their own line, never a hard-wrapped part of one. */
const WRAPPED_LINE_MAX = 100;

const LETTER_OR_DIGIT = String.raw`\p{L}\p{N}`;
/** What may stand right before a straight opening mark (besides the start of the line). */
const OPENING_CONTEXT = String.raw`\s(\[{<\x{2013}\x{2014}/*_\x{201C}\x{2018}\x{00AB}\x{2039}\x{201E}\x{201A}"'`;
const NOT_BEFORE_WORD = String.raw`(?![${LETTER_OR_DIGIT}])`;
/** Elided years and decades ('90s, class of '09) and rock 'n' roll are apostrophes, not openers. */
const NOT_AN_ELISION = String.raw`(?!\d\ds?\b|[nN]['\x{2019}]\s)`;

// Every regex starts with the quotation mark itself and looks around it afterwards: Oniguruma
// then jumps from mark to mark instead of trying each position of the line.

/** A straight mark in an opening position, followed by something to quote (not a space, not itself). */
function straightOpener(mark) {
  return String.raw`${mark}(?<![^${OPENING_CONTEXT}]${mark})(?=[^\s${mark}])`;
}
/** A typographic opening mark that is not glued to a word before it. */
function typographicOpener(mark) {
  return String.raw`${mark}(?<![${LETTER_OR_DIGIT}]${mark})`;
}

/**
 * Scans to the next single closing mark on this line: apostrophes between letters are passed over,
 * any other single mark ends the scan (atomic, so it never backtracks).
 */
const SINGLE_CLOSE_AHEAD = String.raw`(?>(?:[^'\x{2019}\n]|(?<=[${LETTER_OR_DIGIT}])['\x{2019}](?=\p{L}))*)['\x{2019}]${NOT_BEFORE_WORD}`;
/**
 * A single closing mark. A plural possessive (the parents' lives) looks like one; it is taken as
 * one only when no other closing mark follows on the line: 'the keys to their parents' lives,'
 * closes after "lives,", while 'terrorists' and 'extremists' closes after "terrorists". Words in
 * -ss, -is and -us (boss, analysis, callous) are not plurals, so their mark always closes.
 */
function singleCloser(mark) {
  return String.raw`${mark}(?!(?<=[\p{L}&&[^siuSIU]]s${mark})\s+\p{Ll}${SINGLE_CLOSE_AHEAD})${NOT_BEFORE_WORD}`;
}

const STRAIGHT_DOUBLE_CLOSE = String.raw`"${NOT_BEFORE_WORD}`;
const STRAIGHT_SINGLE_CLOSE = singleCloser("'");
const CURLY_SINGLE_CLOSE = singleCloser(String.raw`\x{2019}`);

/**
 * The quotation styles. `open` is the opening regex; `close` the style's own closing mark;
 * `mixedClose` the marks that also close it when it is not nested; `family` groups the styles
 * whose openers start a new paragraph part of a multi-paragraph quotation.
 */
const STYLES = [
  {
    id: 'straight-double', scope: 'string.quoted.double', family: 'double',
    open: straightOpener('"'),
    close: STRAIGHT_DOUBLE_CLOSE, mixedClose: [String.raw`\x{201D}`],
  },
  {
    id: 'curly-double', scope: 'string.quoted.double', family: 'double',
    open: typographicOpener(String.raw`\x{201C}`),
    close: String.raw`\x{201D}`, mixedClose: [STRAIGHT_DOUBLE_CLOSE],
  },
  {
    id: 'low-double', scope: 'string.quoted.double', family: 'double',
    open: typographicOpener(String.raw`\x{201E}`),
    close: String.raw`[\x{201C}\x{201D}]`, mixedClose: [STRAIGHT_DOUBLE_CLOSE],
  },
  {
    id: 'guillemet-double', scope: 'string.quoted.other', family: 'guillemet',
    open: typographicOpener(String.raw`\x{00AB}`),
    close: String.raw`\x{00BB}`, mixedClose: [],
  },
  {
    id: 'guillemet-single', scope: 'string.quoted.other', family: 'guillemet',
    open: typographicOpener(String.raw`\x{2039}`),
    close: String.raw`\x{203A}`, mixedClose: [],
  },
  {
    id: 'curly-single', scope: 'string.quoted.single', family: 'single',
    open: typographicOpener(String.raw`\x{2018}`) + NOT_AN_ELISION,
    close: CURLY_SINGLE_CLOSE, mixedClose: [STRAIGHT_SINGLE_CLOSE],
  },
  {
    id: 'low-single', scope: 'string.quoted.single', family: 'single',
    open: typographicOpener(String.raw`\x{201A}`),
    close: String.raw`\x{2018}|${CURLY_SINGLE_CLOSE}`, mixedClose: [],
  },
  {
    id: 'straight-single', scope: 'string.quoted.single', family: 'single',
    open: String.raw`'(?:(?<=^')(?=\p{Lu})|(?<![^${OPENING_CONTEXT}]')(?=[^\s'])${NOT_AN_ELISION}(?=${SINGLE_CLOSE_AHEAD}))`,
    close: STRAIGHT_SINGLE_CLOSE, mixedClose: [CURLY_SINGLE_CLOSE],
  },
];

/** The opening marks of each family, for the multi-paragraph convention. */
const FAMILY_OPENERS = {
  double: String.raw`[\x{201C}\x{201E}]|"(?=[^\s"])`,
  single: String.raw`[\x{2018}\x{201A}]|'(?=[^\s'])`,
  guillemet: String.raw`[\x{00AB}\x{2039}]`,
};

/** Where an unclosed quotation of a family stops, without consuming anything. */
function paragraphEnd(family) {
  return [
    String.raw`^(?=\s*$)`,
    String.raw`$(?<=[^\n]{${WRAPPED_LINE_MAX + 1}})`,
    String.raw`^(?=\s*(?:${FAMILY_OPENERS[family]}))`,
  ].join('|');
}

const SUFFIX = '.source-critic';
const BEGIN = { 0: { name: `punctuation.definition.string.begin${SUFFIX}` } };
const END = { 1: { name: `punctuation.definition.string.end${SUFFIX}` } };

/** A quotation in the style `inner` inside one in the style `outer`: it ends at the latest where the outer one does. */
function nestedRule(outer, inner, hostInline) {
  return {
    name: `meta.quote.nested${SUFFIX} ${inner.scope}${SUFFIX}`,
    begin: inner.open,
    beginCaptures: BEGIN,
    end: `(${inner.close})|(?=${[outer.close, ...outer.mixedClose].join('|')})|${paragraphEnd(outer.family)}`,
    endCaptures: END,
    patterns: hostInline,
  };
}

/** A quotation that is not inside another, with the quotations that may nest in it. */
function outerRule(style) {
  return {
    name: `${style.scope}${SUFFIX}`,
    begin: style.open,
    beginCaptures: BEGIN,
    end: `(${[style.close, ...style.mixedClose].join('|')})|${paragraphEnd(style.family)}`,
    endCaptures: END,
    patterns: STYLES.map((inner) => ({ include: `#nested-${inner.id}-in-${style.id}` })),
  };
}

/**
 * The grammar body shared by both files. `hostInline` are patterns of the host language that keep
 * working inside a quotation (Markdown's emphasis, code spans and links); plain text has none.
 */
function quoteGrammar(hostInline) {
  const repository = {};
  for (const outer of STYLES) {
    repository[`quote-${outer.id}`] = outerRule(outer);
    repository[`quote-${outer.id}`].patterns.push(...hostInline);
    for (const inner of STYLES) repository[`nested-${inner.id}-in-${outer.id}`] = nestedRule(outer, inner, hostInline);
  }
  return {
    patterns: STYLES.map((style) => ({ include: `#quote-${style.id}` })),
    repository,
  };
}

/**
 * Where Markdown has prose: paragraphs (also inside lists and block quotes), headings and table
 * rows. Not the document level itself: there an injection would win over the paragraph rule at the
 * start of a line and the line would lose its paragraph.
 */
const MARKDOWN_PROSE_SCOPES = ['meta.paragraph.markdown', 'markup.heading.markdown', 'markup.table.markdown'];
/**
 * Where prose quotations must not be looked for: code, raw HTML, link targets, embedded languages,
 * and inside our own quotations, whose nested quotations are the grammar's own (an injection there
 * would win over them).
 */
const MARKDOWN_EXCLUDED_SCOPES = [
  'markup.fenced_code',
  'markup.raw',
  'markup.inline.raw',
  'meta.link',
  'markup.underline.link',
  'meta.embedded',
  'meta.tag',
  'comment',
  'string.quoted',
];
const MARKDOWN_INJECTION_SELECTOR =
  `L:(${MARKDOWN_PROSE_SCOPES.join(' | ')}) ${MARKDOWN_EXCLUDED_SCOPES.map((s) => `-${s}`).join(' ')}`;

/** Both grammar files, by file name. */
function quoteGrammarFiles() {
  const note = 'Generated by syntaxes/generate-quote-grammars.mjs: edit that file, not this one.';
  return {
    'quotes.plaintext.tmLanguage.json': {
      information_for_contributors: [note],
      name: 'Source Critic quotations (plain text)',
      scopeName: `text.plain${SUFFIX}`,
      ...quoteGrammar([]),
    },
    'quotes.markdown.tmLanguage.json': {
      information_for_contributors: [note],
      name: 'Source Critic quotations (Markdown injection)',
      scopeName: `markdown.quotes${SUFFIX}`,
      injectionSelector: MARKDOWN_INJECTION_SELECTOR,
      ...quoteGrammar([{ include: 'text.html.markdown#inline' }]),
    },
  };
}

const check = process.argv.includes('--check');
const stale = [];
for (const [file, grammar] of Object.entries(quoteGrammarFiles())) {
  const path = join(here, file);
  const text = `${JSON.stringify(grammar, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
  if (check) stale.push(file);
  else writeFileSync(path, text);
}
if (stale.length > 0) {
  console.error(`Out of date: ${stale.join(', ')}. Run node syntaxes/generate-quote-grammars.mjs`);
  process.exit(1);
}
