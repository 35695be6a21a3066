// patches/linkedom+0.18.15.patch makes linkedom create a node's listener map
// on its first addEventListener instead of in every node's constructor (a
// WeakMap entry per node: half the build went to it and to the garbage
// collector). Events must work as before.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

describe('linkedom with lazy listener maps', () => {
  it('is the patched copy (npm ci runs patch-package)', () => {
    const src = readFileSync('node_modules/linkedom/esm/interface/event-target.js', 'utf8');
    expect(src).toMatch(/constructor\(\) \{\}/);
  });

  it('still adds, dispatches, bubbles and removes listeners', () => {
    const { document, Event } = parseHTML('<!doctype html><html><body><div><span></span></div></body></html>');
    const div = document.querySelector('div')!;
    const span = document.querySelector('span')!;
    const seen: string[] = [];
    const onDiv = () => seen.push('div');
    div.addEventListener('ping', onDiv);
    span.addEventListener('ping', () => seen.push('span'), { once: true });
    span.dispatchEvent(new Event('ping', { bubbles: true }));
    span.dispatchEvent(new Event('ping', { bubbles: true }));
    div.removeEventListener('ping', onDiv);
    div.dispatchEvent(new Event('ping'));
    // A node that never had a listener can be asked to remove one.
    document.body.removeEventListener('ping', onDiv);
    expect(seen).toEqual(['span', 'div', 'div']);
  });
});
