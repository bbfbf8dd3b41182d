/**
 * A strict XML parse for tests, through sax (strict mode, namespaces on): any well-formedness
 * error throws. Returns a small element tree with the text kept in order.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sax = require('sax') as {
  parser(strict: boolean, opts: { xmlns: boolean }): SaxParser;
};

interface SaxParser {
  onerror: (err: Error) => void;
  onopentag: (node: { local: string; uri: string; attributes: Record<string, { value: string }> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  write(xml: string): SaxParser;
  close(): void;
}

/** An element: its local name, namespace, attributes (by qualified name) and children in order. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

/** Parses a whole document strictly and returns its root element; throws on any error. */
export function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.onerror = (err) => { throw err; };
  parser.onopentag = (node) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(node.attributes)) attributes[k] = v.value;
    const el: XmlElement = { name: node.local, uri: node.uri, attributes, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  };
  parser.onclosetag = () => { stack.pop(); };
  parser.ontext = (text) => { stack[stack.length - 1].children.push(text); };
  parser.write(xml).close();
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0];
}

/** Every element with the given local name, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (e.name === name) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(el);
  return out;
}

/** The concatenated text of an element and its descendants. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
