import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { copySources, publishedSourcesProblems, serveSource } from './published-sources.ts';
import { readSources } from '../pipeline/sources.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-published-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sourcesDir = join(tmp, 'sources');
mkdirSync(sourcesDir);
writeFileSync(join(sourcesDir, 'a#b?c%20d.html'), '<script>alert(1)</script>');
writeFileSync(join(sourcesDir, '000.txt'), '原文');
const sources = readSources(sourcesDir);
const LISTING = '<!DOCTYPE html><h1>原始文件</h1>';

describe('publishing the raw sources', () => {
  it('copies each under its published name; the check then finds nothing wrong', () => {
    const out = join(tmp, 'dist');
    mkdirSync(join(out, 'sources'), { recursive: true });
    writeFileSync(join(out, 'sources', 'index.html'), LISTING);
    copySources(out, sources, sourcesDir);
    expect(publishedSourcesProblems(out, sources, sourcesDir)).toEqual([]);
  });

  it('the check names a source missing or changed, a stray file, and a listing overwritten', () => {
    const out = join(tmp, 'dist2');
    mkdirSync(join(out, 'sources'), { recursive: true });
    writeFileSync(join(out, 'sources', 'index.html'), '<h1>Not the listing</h1>');
    writeFileSync(join(out, 'sources', '000.txt'), 'changed');
    writeFileSync(join(out, 'sources', 'evil.html'), '<script>');
    expect(publishedSourcesProblems(out, sources, sourcesDir)).toEqual([
      `/sources/000.txt differs from ${join(sourcesDir, '000.txt')}`,
      `${join(sourcesDir, 'a#b?c%20d.html')} was not published as /sources/a%23b%3Fc%2520d.html.txt`,
      'dist/sources/evil.html is no raw source of this build (every raw file is published as .txt)',
      'dist/sources/index.html is not the listing page',
    ]);
  });

  it('the dev server answers a published name with the file as plain text, and passes anything else on', async () => {
    const serve = serveSource(() => ({ list: sources, dir: sourcesDir }));
    const ask = (url: string) =>
      new Promise<{ passed: boolean; status?: number; headers?: Record<string, string>; body?: string }>((done) => {
        const res = new PassThrough() as unknown as ServerResponse & PassThrough;
        let status: number | undefined;
        let headers: Record<string, string> | undefined;
        (res as unknown as { writeHead: (s: number, h: Record<string, string>) => void }).writeHead = (s, h) => {
          status = s;
          headers = h;
        };
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ passed: false, status, headers, body: Buffer.concat(chunks).toString('utf8') }));
        serve({ url } as IncomingMessage, res, () => done({ passed: true }));
      });
    const hit = await ask('/sources/a%23b%3Fc%2520d.html.txt');
    expect(hit).toMatchObject({ passed: false, status: 200, body: '<script>alert(1)</script>' });
    expect(hit.headers).toEqual({ 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
    expect((await ask('/sources/a#b?c%20d.html')).passed).toBe(true);
    expect((await ask('/sources/')).passed).toBe(true);
    expect((await ask('/reports/x/')).passed).toBe(true);
  });
});
