// A tiny element tree: the comparison view is built once as data, then
// written as HTML at build time (html.ts) or as DOM nodes in the browser
// (dom.ts). Text is always text: neither writer parses markup from data.
export type Attr = string | number | boolean | null | undefined;
export type Child = VNode | string | number | null | undefined | false;

export interface VNode {
  tag: string;
  attrs: Record<string, Attr>;
  children: Child[];
}

const SVG_TAGS = new Set(['svg', 'rect', 'g', 'line', 'text', 'title']);
export const isSvg = (tag: string) => SVG_TAGS.has(tag);

/** Attribute names the view may write: no event handlers, no inline style. */
export function safeAttrName(name: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9-:]*$/.test(name) && !/^on/i.test(name) && name.toLowerCase() !== 'style';
}

/** Links the view may write: site-relative paths, fragments and http(s) only. */
export function safeUrl(value: string): boolean {
  return /^(\/(?!\/)|#|https?:\/\/)/i.test(value);
}

export function h(tag: string, attrs: Record<string, Attr> | null = null, ...children: (Child | Child[])[]): VNode {
  return { tag, attrs: attrs ?? {}, children: children.flat() };
}

export function classes(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
