import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { createSearchEngine } from './engine.ts';
import { memoryLoader } from './index-client.ts';

const report = {
  id: 'a',
  title: '甲县科技局工作总结',
  region: '',
  province: null,
  level: null,
  year: 2024,
  doc_type: 'summary',
  themes: [],
  paragraphs: [{ n: 0, text: '科技特派员服务乡村。', themes: [] }],
};
const corpus = { themes: [], indicators: [], reports: [report] };
const files = buildSearchIndex(corpus).files;

describe('search engine under failures', () => {
  it('reports a missing index file as an error and recovers on the next query', async () => {
    let failing = true;
    const load = memoryLoader(files);
    const e = createSearchEngine(async (p, range) => {
      if (failing && p.startsWith('s/')) throw new Error('network down');
      return load(p, range);
    });
    await expect(e.search({ q: '科技特派员' })).rejects.toThrow(/network down/);
    failing = false;
    expect((await e.search({ q: '科技特派员' })).groups.map((g) => g.report)).toEqual(['a']);
  });

  it('indexes a report without region, level or paragraphs', async () => {
    const empty = buildSearchIndex({ ...corpus, reports: [{ ...report, paragraphs: [] }] });
    const e = createSearchEngine(memoryLoader(empty.files));
    expect((await e.search({ q: '甲县' })).groups.map((g) => g.report)).toEqual(['a']);
    expect((await e.search({ q: '甲县' })).facets.province).toEqual([]);
  });
});
