import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { jsonForScript } from './json-script.ts';

describe('jsonForScript', () => {
  const hostile = { name: '标题</script><script>alert(1)</script>', note: '<!-- a & b -->', sep: 'a\u2028b\u2029c' };

  it('reads back as the same value and holds no < > & or line separator', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('stays one data block inside a page: the script element holds it all, nothing else is made', () => {
    const { document } = parseHTML(
      `<html><head><script type="application/ld+json">${jsonForScript(hostile)}</script></head><body></body></html>`,
    );
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(hostile);
  });
});
