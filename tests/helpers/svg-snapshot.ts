// SVG snapshots a reviewer can read, as Observable Plot keeps its own: one
// element per line, indented by depth, numbers in attributes rounded to two
// decimals (so a float's last digit does not make a diff). On a mismatch the
// new rendering is written beside the pinned one as `<name>-changed.svg`, to
// open both side by side; `npx vitest run -u src/charts` (npm run
// snapshots:update) accepts the new renderings.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';

const NUMBER = /-?(?:\d+\.\d+|\.\d+)(?:e-?\d+)?/gi;

function roundNumbers(value: string): string {
  return value.replace(NUMBER, (s) => String(Math.round(Number(s) * 100) / 100));
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function attributes(el: Element): string {
  return [...el.attributes].map((a) => ` ${a.name}="${escapeAttr(roundNumbers(a.value))}"`).join('');
}

/** An element on one line, children in their order (for text mixed with elements, e.g. a <tspan>). */
function inline(el: Element): string {
  const inner = [...el.childNodes]
    .map((c) => (c.nodeType === 1 ? inline(c as Element) : c.nodeType === 3 ? escapeText(c.textContent ?? '') : ''))
    .join('');
  return inner
    ? `<${el.localName}${attributes(el)}>${inner}</${el.localName}>`
    : `<${el.localName}${attributes(el)} />`;
}

function formatElement(el: Element, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const children = [...el.childNodes];
  const elements = children.filter((c) => c.nodeType === 1) as Element[];
  const hasText = children.some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
  // A leaf (text, title, path…) or mixed content stays on one line with its words.
  if (!elements.length || hasText) {
    out.push(pad + inline(el));
    return;
  }
  out.push(`${pad}<${el.localName}${attributes(el)}>`);
  for (const child of elements) formatElement(child, depth + 1, out);
  out.push(`${pad}</${el.localName}>`);
}

/** The SVG markup, one element per line with rounded numbers. */
export function formatSvg(svg: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const out: string[] = [];
  for (const el of document.body.children) formatElement(el as unknown as Element, 0, out);
  return `${out.join('\n')}\n`;
}

/** Asserts `svg` matches `file` (relative to the running test file), writing `-changed` beside it on a mismatch. */
export async function expectSvgSnapshot(svg: string, file: string): Promise<void> {
  const formatted = formatSvg(svg);
  const changed = join(dirname(expect.getState().testPath ?? ''), file.replace(/\.svg$/, '-changed.svg'));
  try {
    await expect(formatted).toMatchFileSnapshot(file);
  } catch (e) {
    writeFileSync(changed, formatted);
    throw e;
  }
  if (existsSync(changed)) rmSync(changed);
}
