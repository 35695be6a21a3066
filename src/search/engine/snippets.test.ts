// What counts as an occurrence of the query, and what gets marked: whole
// phrases only in exact results; 高企 inside 提高企业 and 12 inside 120 never.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../build/build-index.ts';
import { createSearchEngine } from './engine.ts';
import { memoryLoader } from './index-client.ts';
import { chainSpans, occurrences, spans } from './occurrences.ts';
import { parseQuery } from './query-parse.ts';
import { assess, bridged, containsAlternative, holdsAllTerms, markQuery, sentencesOf } from './snippets.ts';
import { synonymTable } from './synonyms.ts';
import type { SearchCorpus, SearchReport, Segment } from './types.ts';

const table = synonymTable([{ id: 'hte', zh: '高新技术企业', synonyms: ['高企'], page: true }]);
const marked = (norm: string, q: string, phrasesOnly = false) => {
  const mask = markQuery(norm, parseQuery(q, table), phrasesOnly);
  return [...norm].filter((_, i) => mask[i]).join('');
};

describe('occurrences', () => {
  it('does not count a query strictly inside a phrase that contains it without meaning it (NOT_KEYWORDS)', () => {
    expect(occurrences('提高企业研发能力', '高企')).toEqual([]);
    expect(occurrences('新增高企12家，提高企业研发能力', '高企')).toEqual([2]);
    expect(occurrences('全力争取省级项目', '力争')).toEqual([]);
    // A word at the edge of such a phrase is still that word.
    expect(occurrences('提高企业研发能力', '企业')).toEqual([2]);
    expect(occurrences('提高企业研发能力', '提高企业')).toEqual([0]);
  });

  it('counts Latin and digit tokens only whole', () => {
    expect(occurrences('新增120家', '12')).toEqual([]);
    expect(occurrences('新增12家、120家', '12')).toEqual([2]);
    expect(occurrences('r&d投入，pcts', 'pct')).toEqual([]);
    expect(occurrences('r&d投入', 'r&d')).toEqual([0]);
    expect(occurrences('增长4.61%', '4')).toEqual([]);
  });

  it('makes a sentence with only 提高企业 no match of 高企', () => {
    const a = assess('着力提高企业创新能力。', parseQuery('高企', table));
    expect(a.exact).toBe(false);
    expect(a.phrases).toBe(0);
    expect(marked('着力提高企业创新能力。', '高企')).not.toContain('高');
    expect(holdsAllTerms('着力提高企业创新能力。', parseQuery('高企', table))).toBe(false);
    expect(holdsAllTerms('新增高企12家。', parseQuery('高企', table))).toBe(true);
  });
});

describe('markQuery', () => {
  it('marks only whole phrases or synonyms when asked, bigram pieces otherwise', () => {
    expect(marked('区科学技术局', '高企', true)).toBe('');
    expect(marked('区科学技术局', '高企')).toBe('技术');
    expect(marked('新增高新技术企业5家，高企总数达到40家', '高企', true)).toBe('高新技术企业高企');
  });
});

function report(id: string, title: string, texts: string[]): SearchReport {
  return {
    id,
    title,
    region: '浙江省',
    province: '浙江省',
    level: 'county',
    year: 2024,
    doc_type: 'summary',
    themes: [],
    paragraphs: texts.map((text, n) => ({ n, text, themes: [] })),
  };
}

const corpus: SearchCorpus = {
  themes: [],
  indicators: [{ id: 'hte', zh: '高新技术企业', synonyms: ['高企'], page: true }],
  reports: [
    report('bureau', '区科学技术局2024年工作总结', [
      '推进技术创新，加强企业服务。新增高新技术企业12家。着力提高企业研发能力。',
    ]),
    report('lift', '县科技局2024年工作总结', ['着力提高企业研发能力。']),
  ],
};

describe('exact results', () => {
  it('mark whole phrases only, in the title and snippets, and show only sentences holding the phrase', async () => {
    const e = createSearchEngine(memoryLoader(buildSearchIndex(corpus, { partChars: 200 }).files));
    const r = await e.search({ q: '高企' });
    const bureau = r.groups.find((g) => g.report === 'bureau')!;
    // It says 高新技术企业, not 高企: a synonym match, labelled so.
    expect(bureau.tier).toBe('synonym');
    const marks = (segs: Segment[]) => segs.filter((s) => s.mark).map((s) => s.text);
    expect(marks(bureau.title)).toEqual([]);
    expect(bureau.snippets.map((s) => s.segments.map((x) => x.text).join(''))).toEqual(['新增高新技术企业12家。']);
    expect(bureau.snippets.flatMap((s) => marks(s.segments))).toEqual(['高新技术企业']);
    // 提高企业 alone is no match of 高企: a near result at most, its 高企 never marked.
    expect(r.groups.map((g) => g.report)).not.toContain('lift');
    const lift = r.nearGroups.find((g) => g.report === 'lift');
    expect(lift?.tier ?? 'near').toBe('near');
    expect((lift?.snippets ?? []).flatMap((s) => marks(s.segments)).join('')).not.toContain('高');
  });
});

describe('numbers, copied text and passages across a sentence break', () => {
  it('finds a number with its unit, past a qualifier, never the unit elsewhere', () => {
    expect(spans('新增16家企业', '16家')).toEqual([[2, 5]]);
    expect(spans('新增16余家企业', '16家')).toEqual([[2, 6]]);
    expect(spans('申报专利16件，新增7家', '16家')).toEqual([]);
    expect(spans('新增116家', '16家')).toEqual([]);
  });

  it('chains the pieces of a copied phrase across a few punctuation marks, not across words', () => {
    expect(chainSpans('科技型中小企业40家。三是加强研发', ['科技型中小企业40家', '三是加强'])).toEqual([[0, 15]]);
    expect(chainSpans('科技型中小企业40家。另外三是加强', ['科技型中小企业40家', '三是加强'])).toEqual([]);
    expect(chainSpans('科技型中小企业40家。”）　三是加强', ['科技型中小企业40家', '三是加强'])).toEqual([[0, 18]]);
  });

  it('gives a phrase copied across 。 a passage of the sentences it spans', () => {
    const p = parseQuery('企业40家。三是加强', table);
    const sentences = sentencesOf([[7, '确保新认定企业40家。三是加强研发机构建设。']]);
    const phrase = p.clauses[0]?.alternatives[0];
    if (!phrase) throw new Error('the query read as no phrase');
    expect(sentences.some((s) => containsAlternative(s.norm, phrase))).toBe(false);
    const withBridge = bridged(sentences, p);
    expect(withBridge).toHaveLength(3);
    const [, , bridge] = withBridge;
    expect(bridge?.text).toBe('确保新认定企业40家。三是加强研发机构建设。');
    expect(marked(bridge?.norm ?? '', '企业40家。三是加强')).toBe('企业40家。三是加强');
  });
});
