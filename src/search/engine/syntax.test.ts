// The query syntax a researcher types: OR and | for either, -word and NOT
// word to leave out, quotes as written, a number with its unit as one term;
// what the parser cannot read it says, and never reads as something else.
import { describe, expect, it } from 'vitest';
import { NOTICES, parseQuery } from './query-parse.ts';
import { synonymTable } from './synonyms.ts';

const table = synonymTable([{ id: 'hte', zh: '高新技术企业', synonyms: ['高企'], page: true }]);
const read = (q: string) => {
  const p = parseQuery(q, table);
  return {
    clauses: p.clauses.map((c) => c.options.map((o) => o.text)),
    excluded: p.excluded.map((c) => c.text),
    reading: p.reading,
    notices: p.notices,
  };
};

describe('OR and |', () => {
  it.each(['科普 OR 防震减灾', '科普 | 防震减灾', '科普|防震减灾', '科普 ｜ 防震减灾'])(
    '%s is one clause with two options',
    (q) => {
      const r = read(q);
      expect(r.clauses).toEqual([['科普', '防震减灾']]);
      expect(r.reading).toBe('科普 或 防震减灾');
      expect(r.notices).toEqual([]);
    },
  );

  it('binds the words beside it, the rest stay required', () => {
    const r = read('专利 科普 OR 防震减灾');
    expect(r.clauses).toEqual([['专利'], ['科普', '防震减灾']]);
    expect(r.reading).toBe('专利 且 （科普 或 防震减灾）');
  });

  it('keeps each option with its own synonyms, the typed options first', () => {
    const p = parseQuery('高企 OR 专利', table);
    expect(p.clauses[0]?.alternatives.filter((a) => a.typed).map((a) => a.text)).toEqual(['高企', '专利']);
    expect(p.clauses[0]?.alternatives.map((a) => a.text)).toContain('高新技术企业');
  });

  it('says when an OR has no word on one side, and ignores only it', () => {
    expect(read('OR 科普')).toMatchObject({ clauses: [['科普']], notices: [NOTICES.danglingOr] });
    expect(read('科普 OR')).toMatchObject({ clauses: [['科普']], notices: [NOTICES.danglingOr] });
    expect(read('科普 OR OR 地震').notices).toContain(NOTICES.danglingOr);
  });

  it('reads a lower-case or as a word, and says how to write the operator', () => {
    const r = read('科普 or 地震');
    expect(r.clauses).toEqual([['科普'], ['or'], ['地震']]);
    expect(r.notices).toEqual([NOTICES.lowerOr('or')]);
  });

  it('says brackets do not group', () => {
    expect(read('(科普 OR 地震) 专利').notices).toContain(NOTICES.brackets);
    expect(read('(科普 地震)').notices).toEqual([]);
  });
});

describe('exclusion', () => {
  it.each(['科普 -地震', '科普 NOT 地震', '-地震 科普', '科普 －地震'])('%s leaves out 地震', (q) => {
    const r = read(q);
    expect(r.clauses).toEqual([['科普']]);
    expect(r.excluded).toEqual(['地震']);
    expect(r.reading).toBe('科普，不含 地震');
  });

  it('excludes a quoted phrase as written', () => {
    const p = parseQuery('科技 -"防震 减灾"', table);
    expect(p.excluded.map((c) => [c.text, c.literal])).toEqual([['防震 减灾', true]]);
  });

  it('keeps a minus inside a word (2022-2023) as a separator, not an exclusion', () => {
    expect(read('2022-2023').excluded).toEqual([]);
  });

  it('says so when only excluded words are given, and searches nothing', () => {
    const p = parseQuery('-地震', table);
    expect(p.clauses).toEqual([]);
    expect(p.notices).toEqual([NOTICES.onlyExcluded]);
  });

  it('says a minus or NOT without a word is ignored, and never ORs an excluded word', () => {
    expect(read('科普 -').notices).toEqual([NOTICES.danglingNot]);
    expect(read('科普 NOT').notices).toEqual([NOTICES.danglingNot]);
    const r = read('科普 OR -地震');
    expect(r).toMatchObject({ clauses: [['科普']], excluded: ['地震'] });
    expect(r.notices).toContain(NOTICES.orWithExcluded);
  });
});

describe('numbers and ranges', () => {
  it('makes a number with its unit one term', () => {
    const p = parseQuery('16家', table);
    expect(p.terms).toEqual(['16家']);
    expect(p.clauses[0]?.alternatives[0]?.runs).toEqual(['16家']);
    expect(parseQuery('79.63%', table).terms).toEqual(['79.63%']);
    expect(parseQuery('4.61亿元', table).terms).toEqual(['4.61亿', '亿元']);
  });

  it('says a range is not searched, rather than searching its number', () => {
    const r = read('>100家');
    expect(r.clauses).toEqual([]);
    expect(r.notices).toEqual([NOTICES.range('>100家')]);
    expect(read('高企 ≥5家').clauses).toEqual([['高企']]);
  });
});

describe('copied text', () => {
  it('keeps the pieces of a phrase copied across 。 in order, one clause', () => {
    const p = parseQuery('科技型中小企业40家。三是加强', table);
    expect(p.clauses).toHaveLength(1);
    expect(p.clauses[0]?.alternatives[0]?.runs).toEqual(['科技型中小企业40家', '三是加强']);
  });
});
