import { describe, expect, it } from 'vitest';
import { planQuery } from './plan.ts';
import { expansions, MAX_QUERY_CHARS, parseQuery, searchedPart } from './query-parse.ts';
import { isAbbreviation, synonymTable } from './synonyms.ts';

const lexicon = [
  {
    id: 'high_tech_enterprises',
    zh: '高新技术企业',
    synonyms: ['高新技术企业', '高企', '国高企', '高新企业', '国家高新技术企业'],
    page: true,
  },
  { id: 'talent', zh: '人才', synonyms: ['人才', '专家', '博士', '团队'], page: true },
  { id: 'tech_demand', zh: '技术需求', synonyms: ['技术需求', '揭榜'], page: true },
  { id: 'tech_smes', zh: '科技型中小企业', synonyms: ['科小'], page: true },
];
const table = synonymTable(lexicon);
const alternatives = (q: string) =>
  parseQuery(q, table).clauses.map((c) => c.alternatives.map((a) => a.runs.join(' ')));

describe('synonyms', () => {
  it('takes only abbreviations of an indicator name from the lexicon', () => {
    expect(isAbbreviation('高企', '高新技术企业')).toBe(true);
    expect(isAbbreviation('科小', '科技型中小企业')).toBe(true);
    expect(isAbbreviation('专家', '人才')).toBe(false);
    expect(isAbbreviation('技术', '高新技术企业')).toBe(false); // a plain substring finds itself
  });

  it('expands 高企 to 高新技术企业 but not 人才 to 专家 or 揭榜挂帅 to 技术需求', () => {
    expect(alternatives('高企')[0]).toEqual(expect.arrayContaining(['高企', '高新技术企业', '高新企业']));
    expect(alternatives('人才')).toEqual([['人才']]);
    expect(alternatives('揭榜挂帅')).toEqual([['揭榜挂帅']]);
  });

  it('swaps 研发 ↔ R&D inside a longer query, and drops synonyms that add nothing', () => {
    expect(alternatives('研发投入')[0]).toEqual(expect.arrayContaining(['研发投入', 'r&d投入', 'rd投入']));
    // 国高企 and 国家高新技术企业 contain 高企 / 高新技术企业, which are searched anyway.
    expect(alternatives('高企')[0]).not.toContain('国高企');
    expect(alternatives('高企')[0]).not.toContain('国家高新技术企业');
    expect(alternatives('R&D')[0]).toEqual(['r&d', 'rd', '研发']);
  });
});

describe('parseQuery', () => {
  it('makes space-separated words separate clauses', () => {
    const p = parseQuery('专利  人才', table);
    expect(p.clauses.map((c) => c.text)).toEqual(['专利', '人才']);
    expect(p.terms).toEqual(['专利', '人才']);
  });

  it('cuts a 10,000-character query and says so', () => {
    const p = parseQuery('科技'.repeat(5000), table);
    expect(p.notices.join()).toContain('查询过长');
    expect(p.clauses[0]?.text.length).toBe(MAX_QUERY_CHARS);
  });

  it.each(['🙂🚀', '，。！？', '<>&"\'', '   '])('finds nothing to search in %j without throwing', (q) => {
    const p = parseQuery(q, table);
    expect(p.clauses).toEqual([]);
    expect(p.notices.length).toBe(q.trim() ? 1 : 0);
  });

  it('keeps words of markup as plain tokens', () => {
    expect(parseQuery('<script>alert(1)</script>', table).terms).toEqual(['script', 'alert', '1']);
  });

  it('flags single-character queries', () => {
    expect(parseQuery('专', table).singleChar).toBe(true);
    expect(parseQuery('专', table).notices.join()).toContain('单字');
    expect(parseQuery('专利', table).singleChar).toBe(false);
  });
});

describe('expansions', () => {
  it('lists per typed word only what the reader did not type', () => {
    const e = expansions(parseQuery('高企 研发', table));
    expect(e.map((x) => x.typed)).toEqual(['高企', '研发']);
    expect(e[0]?.also).toEqual(expect.arrayContaining(['高新技术企业', '高新企业']));
    expect(e[0]?.also).not.toContain('高企');
    expect(e[0]?.also).not.toContain('研发');
    expect(e[1]?.also).toEqual(['r&d']);
  });

  it('lists nothing for words without synonyms, and never a word typed elsewhere in the query', () => {
    expect(expansions(parseQuery('<img src=x onerror=alert(1)>', table))).toEqual([]);
    expect(expansions(parseQuery('专利 人才', table))).toEqual([]);
    expect(expansions(parseQuery('研发 R&D', table))).toEqual([]);
  });

  it('lists the simplified form of a traditional query as searched besides it', () => {
    const [e] = expansions(parseQuery('研發投入', table, new Map([['發', '发']])));
    expect(e?.typed).toBe('研發投入');
    expect(e?.also[0]).toBe('研发投入');
    expect(e?.also).toContain('r&d投入');
  });
});

describe('searchedPart', () => {
  it('is the query up to the limit, never half an emoji', () => {
    expect(searchedPart('科技')).toBe('科技');
    expect(searchedPart('科'.repeat(500))).toHaveLength(MAX_QUERY_CHARS);
    const cut = searchedPart(`${'科'.repeat(MAX_QUERY_CHARS - 1)}🙂`);
    expect(cut).toBe('科'.repeat(MAX_QUERY_CHARS - 1));
  });
});

describe('planQuery', () => {
  it('drops common bigrams of a long phrase when rarer ones remain', () => {
    const p = parseQuery('高新技术企业', synonymTable([]));
    const dfs = new Map([
      ['高新', 900],
      ['新技', 700],
      ['技术', 40_000],
      ['术企', 800],
      ['企业', 50_000],
    ]);
    const planned = planQuery(p, dfs, 100_000);
    expect(planned.clauses[0]?.alternatives[0]?.terms).toEqual(['高新', '新技', '术企']);
    expect(planned.terms).not.toContain('企业');
  });

  it('keeps the two rarest terms even when all are common, and short phrases whole', () => {
    const p = parseQuery('科技创新', synonymTable([]));
    const dfs = new Map([
      ['科技', 90_000],
      ['技创', 20_000],
      ['创新', 80_000],
    ]);
    expect(planQuery(p, dfs, 100_000).clauses[0]?.alternatives[0]?.terms.sort()).toEqual(['创新', '技创'].sort());
    const short = parseQuery('科技局', synonymTable([]));
    expect(planQuery(short, new Map([['科技', 90_000]]), 100_000).terms).toEqual(['科技', '技局']);
  });
});

describe('quoted phrases', () => {
  it('are one literal clause without synonyms, in straight or curly quotes', () => {
    const p = parseQuery('"高企" 研发', table);
    expect(p.clauses.map((c) => [c.text, c.literal])).toEqual([
      ['高企', true],
      ['研发', false],
    ]);
    expect(p.clauses[0]?.alternatives.map((a) => a.runs.join(' '))).toEqual(['高企']);
    expect(p.clauses[1]?.alternatives.length).toBeGreaterThan(1);
    expect(parseQuery('“科技 特派员”', table).clauses.map((c) => c.text)).toEqual(['科技 特派员']);
    expect(parseQuery('「揭榜挂帅', table).clauses.map((c) => [c.text, c.literal])).toEqual([['揭榜挂帅', true]]);
  });

  it('keep traditional characters as typed', () => {
    const t2s = new Map([['發', '发']]);
    expect(parseQuery('"研發"', table, t2s).clauses[0]?.text).toBe('研發');
    expect(parseQuery('研發', table, t2s).clauses[0]?.text).toBe('研发');
  });
});
