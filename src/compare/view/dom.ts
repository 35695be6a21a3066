// Writes a view tree as DOM nodes (browser): createElement, setAttribute and
// text nodes only, never innerHTML, so report text and address values stay text.
import { isSvg, safeAttrName, safeUrl, type VNode } from './h.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: VNode, doc: Document = document): Element {
  const el = isSvg(node.tag) ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!safeAttrName(name)) throw new Error(`view: refused attribute ${name}`);
    if ((name === 'href' || name === 'src') && !safeUrl(String(value)))
      throw new Error(`view: refused link ${String(value)}`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of node.children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? toDom(c, doc) : doc.createTextNode(String(c)));
  }
  return el;
}
