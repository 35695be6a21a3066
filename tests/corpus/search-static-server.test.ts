import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../helpers/static-server.ts';

describe('serveDir', () => {
  let dir: string;
  let served: Served;
  const sent: [string, number][] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(dir, 'search'));
    writeFileSync(join(dir, 'search', 'index.html'), '<p>搜索</p>');
    writeFileSync(join(dir, '404.html'), '<p>没有这个页面</p>');
    writeFileSync(join(dir, 'data.json'), JSON.stringify({ text: '科技'.repeat(500) }));
    writeFileSync(join(dir, 'secret.txt'), 'outside');
    served = await serveDir(join(dir, 'search'), { gzip: true, onSent: (p, b) => sent.push([p, b]) });
  });
  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a directory index with its type', async () => {
    const res = await fetch(`${served.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toBe('<p>搜索</p>');
  });

  it('never serves files outside its directory', async () => {
    const res = await fetch(`${served.url}/..%2Fsecret.txt`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside');
  });

  it('gzips and counts the compressed bytes it sends', async () => {
    const other = await serveDir(dir, { gzip: true, onSent: (p, b) => sent.push([p, b]) });
    try {
      const res = await fetch(`${other.url}/data.json`);
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect((await res.json()).text).toHaveLength(1000);
      const [, bytes] = sent.find(([p]) => p === '/data.json')!;
      expect(bytes).toBeLessThan(3000);
      const redirect = await fetch(`${other.url}/search`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/search/');
      const missing = await fetch(`${other.url}/nope/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('没有这个页面');
    } finally {
      await other.close();
    }
  });
});
