// "Did you mean": the reports' own spelling within the word's typo budget.
import { describe, expect, it } from 'vitest';
import { parseQuery } from './query-parse.ts';
import { typoBudget } from './score.ts';
import { didYouMean, editDistance, nearestSpelling } from './suggest.ts';
import { synonymTable } from './synonyms.ts';

describe('did you mean', () => {
  it('allows more characters off as a word grows', () => {
    expect([2, 3, 6, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 1, 2, 2]);
    expect(editDistance('高新枝术企业', '高新技术企业', 1)).toBe(1);
    expect(editDistance('高新枝术企亚', '高新技术企业', 1)).toBe(2);
  });

  it('picks the spelling the texts use, closest first, then keeping the length, then the most used', () => {
    const texts = ['新增高新技术企业7家，高新技术企业共44家。', '孵化器建设，签订孵化协议。'];
    expect(nearestSpelling('高新枝术企业', texts)).toBe('高新技术企业');
    expect(nearestSpelling('孵化气', texts)).toBe('孵化器');
    expect(nearestSpelling('高新枝术企亚', texts)).toBeNull();
    expect(nearestSpelling('高企', texts)).toBeNull();
  });

  it('corrects only words the index does not know, and gives the corrected query', () => {
    const table = synonymTable([]);
    const texts = ['新增高新技术企业7家。'];
    const typo = parseQuery('高新枝术企业 专利', table);
    const dfs = new Map(typo.terms.map((t) => [t, ['新枝', '枝术'].includes(t) ? 0 : 5]));
    expect(didYouMean('高新枝术企业 专利', typo, dfs, texts)).toEqual({
      query: '高新技术企业 专利',
      corrections: [{ typed: '高新枝术企业', meant: '高新技术企业' }],
    });
    const known = parseQuery('高新技术企业', table);
    expect(didYouMean('高新技术企业', known, new Map(known.terms.map((t) => [t, 5])), texts)).toBeNull();
  });
});
