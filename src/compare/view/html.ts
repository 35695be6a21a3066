// Writes a view tree as HTML text (build time). Every text and attribute
// value is escaped; unsafe attribute names and link targets are refused.
import { isSvg, safeAttrName, safeUrl, type Child, type VNode } from './h.ts';
import { escapeHtml } from '../../core/html.ts';

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);

export { escapeHtml };

function attrs(node: VNode): string {
  let out = '';
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (!safeAttrName(name)) throw new Error(`view: refused attribute ${name}`);
    if ((name === 'href' || name === 'src') && !safeUrl(String(value)))
      throw new Error(`view: refused link ${String(value)}`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

function child(c: Child): string {
  if (c === null || c === undefined || c === false) return '';
  if (typeof c === 'string' || typeof c === 'number') return escapeHtml(String(c));
  return toHtml(c);
}

export function toHtml(node: VNode): string {
  const open = `<${node.tag}${attrs(node)}`;
  if (VOID.has(node.tag)) return `${open}>`;
  if (isSvg(node.tag) && node.children.length === 0 && node.tag !== 'svg') return `${open}/>`;
  return `${open}>${node.children.map(child).join('')}</${node.tag}>`;
}
