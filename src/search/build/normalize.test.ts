import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexTerms, normalize, queryTerms, runs } from '../engine/normalize.ts';
import { TermCollector } from './term-collector.ts';

describe('normalize', () => {
  it('folds full-width Latin and digits and lower-cases, keeping every offset', () => {
    const text = 'ＲＤ投入２０２４年，R&D　PCT';
    const norm = normalize(text);
    expect(norm).toBe('rd投入2024年,r&d pct');
    expect(norm).toHaveLength(text.length);
  });

  it('applies a traditional→simplified map to queries', () => {
    expect(normalize('研發投入', new Map([['發', '发']]))).toBe('研发投入');
  });
});

describe('terms', () => {
  it('splits CJK runs from Latin/digit tokens, joining r&d and decimals', () => {
    expect(runs('全区新增国家高新技术企业134家，研发费4.61亿元、R&D').map((r) => r.text)).toEqual([
      '全区新增国家高新技术企业',
      '134',
      '家',
      '研发费',
      '4.61',
      '亿元',
    ]);
    expect(runs(normalize('R&D投入')).map((r) => [r.kind, r.text])).toEqual([
      ['alnum', 'r&d'],
      ['cjk', '投入'],
    ]);
  });

  it('indexes every bigram, so a phrase inside a long run is found', () => {
    const terms = indexTerms('全区新增国家高新技术企业134家');
    for (const t of queryTerms('高新技术企业')) expect(terms.has(t)).toBe(true);
    expect(terms.has('134')).toBe(true);
    expect(terms.has('家')).toBe(true);
  });

  it('queries by bigrams, a lone character by itself', () => {
    expect(queryTerms('科技特派员')).toEqual(['科技', '技特', '特派', '派员']);
    expect(queryTerms('专')).toEqual(['专']);
    expect(queryTerms('pct 2024')).toEqual(['pct', '2024']);
  });

  it('the fast build-time collector finds exactly the terms indexTerms finds', () => {
    // Raw 004 text plus a character from each CJK block (Ext A, URO's last, compatibility).
    const text = normalize(`${readFileSync('content/sources/004_87709b1c34e14cd9.txt', 'utf8')}\n㐀龙龥鿿\n豈科技﨩\n`);
    const collector = new TermCollector();
    const paragraphs = text.split('\n');
    paragraphs.forEach((p, i) => collector.add(i, p));
    const expected = new Map<string, number[]>();
    paragraphs.forEach((p, i) => {
      for (const t of indexTerms(p)) expected.set(t, [...(expected.get(t) ?? []), i]);
    });
    const got = new Map([...collector.entries()].map(([t, ids]) => [t, [...ids]]));
    expect(got.size).toBe(expected.size);
    expect(got).toEqual(expected);
  });
});

describe('number and unit', () => {
  it('indexes a number with the unit after it, past a qualifier too, and a word with the character before it', () => {
    const terms = indexTerms(normalize('新增企业130余家，占GDP比重3.1%，R&D投入'));
    expect([...terms]).toEqual(expect.arrayContaining(['130余', '130家', '占gdp', '3.1%', 'r&d投']));
    // Not a number with the character before it: 业130 would be one more term for every number.
    expect(terms.has('业130')).toBe(false);
  });

  it('queries a number with its unit by one term, a number alone by itself', () => {
    expect(queryTerms('16家')).toEqual(['16家']);
    expect(queryTerms('16')).toEqual(['16']);
    expect(queryTerms('第3')).toEqual(['第', '3']);
    expect(queryTerms('研发投入占gdp')).toEqual(['研发', '发投', '投入', '入占', '占gdp']);
  });
});
