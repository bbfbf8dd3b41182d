import * as assert from 'node:assert/strict';
import { renderTei } from '../../../src/core/report/renderTei';
import { collatedPair, FILE_A, FILE_B, TEXT_A } from './collatedPair';
import { findAll, parseXml, textOf, type XmlElement } from './parseXml';
import { reportInputForFiles, reportInputForTexts, seedFiles } from './reportInputs';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
/** Characters XML 1.0 does not allow anywhere (sax does not check them). */
const NOT_XML_CHAR = /(?![\t\n\r])\p{Cc}|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

const witnessOf = (tei: XmlElement, id: string): XmlElement => {
  const w = findAll(tei, 'witness').find((x) => x.attributes['xml:id'] === id);
  assert.ok(w, `witness ${id}`);
  return w;
};
const apps = (tei: XmlElement, type: string): XmlElement[] => findAll(tei, 'app').filter((a) => a.attributes.type === type);
const readings = (app: XmlElement): Array<{ wit: string; type?: string; text: string }> =>
  findAll(app, 'rdg').map((r) => ({ wit: r.attributes.wit, type: r.attributes.type, text: textOf(r) }));

describe('renderTei', () => {
  it('lists every seed article as a witness with its file name, SHA-256 and time of analysis, in well-formed TEI', () => {
    const input = reportInputForFiles(seedFiles());
    const xml = renderTei(input);
    const tei = parseXml(xml);
    assert.equal(tei.name, 'TEI');
    assert.equal(tei.uri, TEI_NS);
    assert.doesNotMatch(xml, NOT_XML_CHAR);
    const witnesses = findAll(tei, 'witness');
    assert.equal(witnesses.length, input.sources.length);
    assert.equal(new Set(witnesses.map((w) => w.attributes['xml:id'])).size, witnesses.length);
    input.sources.forEach((s, i) => {
      const w = witnesses[i];
      assert.match(w.attributes['xml:id'], /^[A-Za-z_][A-Za-z0-9_.-]*$/);
      const idnos = findAll(w, 'idno');
      assert.equal(textOf(idnos.find((x) => x.attributes.type === 'sha256')!), s.sha256);
      assert.equal(textOf(idnos.find((x) => x.attributes.type === 'file')!), s.file);
      assert.equal(findAll(w, 'date')[0].attributes.when, s.analyzedAt);
    });
    assert.equal(findAll(tei, 'variantEncoding')[0].attributes.method, 'parallel-segmentation');
  });

  it('keeps a <script> and other markup in an article as text, never as elements', () => {
    const text = 'Hacker news\n\nThe page said "<script>alert(\'x\')</script> & <b>bold</b>" and Tom & Jerry\'s "show" ended.\n';
    const input = reportInputForTexts([{ file: 'a<b>&"c".txt', text }, { file: 'b.txt', text: text.replace('ended', 'stopped') }]);
    const xml = renderTei(input);
    const tei = parseXml(xml);
    assert.equal(findAll(tei, 'script').length, 0);
    assert.equal(findAll(tei, 'b').length, 0);
    const base = findAll(tei, 'ab')[0];
    assert.ok(textOf(base).includes('<script>alert(\'x\')</script> & <b>bold</b>'));
    assert.equal(textOf(findAll(tei, 'idno').find((x) => x.attributes.type === 'file')!), 'a<b>&"c".txt');
  });

  it('stays well-formed when an article holds NUL, other control characters, a lone surrogate and U+FFFF', () => {
    const text = 'Odd bytes\n\nShe said "a\u0000b\u0007c" \ud800 and \uffff then \u000b stopped.\r\nEnd.\n';
    const xml = renderTei(reportInputForTexts([{ file: 'odd.txt', text }]));
    assert.doesNotMatch(xml, NOT_XML_CHAR);
    const tei = parseXml(xml);
    assert.ok(textOf(findAll(tei, 'ab')[0]).includes('stopped.'));
  });

  describe('the apparatus of two reports of one decision', () => {
    const input = collatedPair();
    const tei = parseXml(renderTei(input));
    const [a, b] = findAll(tei, 'witness').map((w) => `#${w.attributes['xml:id']}`);

    it('derives witness ids from the file names', () => {
      witnessOf(tei, 'north-gazette');
      witnessOf(tei, 'Daily-Courier--web-');
      assert.deepEqual([a, b], ['#north-gazette', '#Daily-Courier--web-']);
    });

    it('shows the numbers each source gives in one numeric entry', () => {
      const [numeric] = apps(tei, 'numeric');
      assert.equal(apps(tei, 'numeric').length, 1, 'the mirrored finding of the other source joins the same entry');
      assert.deepEqual(readings(numeric).map((r) => [r.wit, r.text]), [[a, '300'], [b, '250']]);
      assert.equal(readings(numeric)[0].type, 'numeric');
    });

    it('shows a rewording as a variant with both readings', () => {
      const [variant] = apps(tei, 'variant');
      assert.deepEqual(readings(variant).map((r) => [r.wit, r.text]), [[a, 'will'], [b, 'are going to']]);
    });

    it('types what only one source reports as singular, with an empty reading for the other', () => {
      const singular = apps(tei, 'singular').map(readings);
      assert.deepEqual(singular, [
        [{ wit: a, type: undefined, text: '' }, { wit: b, type: 'singular', text: 'Protesters gathered outside the town hall.' }],
        [{ wit: a, type: 'singular', text: 'She added that the plan was final.' }, { wit: b, type: undefined, text: '' }],
      ]);
    });

    it('inserts the other source\'s singular reading after the base sentence aligned with the one before it', () => {
      const base = findAll(tei, 'ab')[0];
      const protest = base.children.findIndex((c) => typeof c !== 'string' && textOf(c).includes('Protesters'));
      const before = base.children.slice(0, protest).map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
      assert.ok(before.trimEnd().endsWith('by 2027."'), before);
    });

    it('keeps the base text whole: the text outside the entries plus the base readings is the article', () => {
      const base = findAll(tei, 'ab')[0];
      const rebuilt = base.children.map((c) => {
        if (typeof c === 'string') return c;
        if (c.name !== 'app') return '';
        return readings(c).filter((r) => r.wit.split(' ').includes(a)).map((r) => r.text).join('');
      }).join('');
      assert.equal(rebuilt, TEXT_A);
      assert.equal(findAll(base, 'lb').length, (TEXT_A.match(/\n/g) ?? []).length);
    });

    it('carries each finding\'s message as a note', () => {
      const notes = findAll(tei, 'note').map(textOf);
      assert.ok(notes.includes('The sources give different numbers'));
      assert.ok(notes.includes('Only this source reports it'));
    });

    it('names both files in the header', () => {
      const files = findAll(tei, 'idno').filter((x) => x.attributes.type === 'file').map(textOf);
      assert.deepEqual(files, [FILE_A, FILE_B]);
    });
  });
});
