// Synonyms built from the lexicons, each way round: R&D / RD / 研发 learnt
// from an indicator's synonyms, and an indicator measured as a share of
// another (研发投入占GDP → 研发投入强度) from the measures' cues.
import { describe, expect, it } from 'vitest';
import { expandSynonyms, synonymTable } from './synonyms.ts';

const lexicon = [
  {
    id: 'rd_spending',
    zh: '研发投入',
    synonyms: ['研发投入', '研发经费', 'R&D投入', 'R&D经费', '研发经费投入', '全社会研发投入'],
    page: true,
  },
  { id: 'rd_intensity', zh: '研发投入强度', synonyms: ['研发投入强度', 'R&D投入强度', '研发强度'], page: true },
  { id: 'talent', zh: '人才', synonyms: ['人才', '专家'], page: true },
];
const measures = [
  { id: 'share', applies_to: ['percent'], cues: ['占GDP', '占', '比重', '强度'] },
  { id: 'growth', applies_to: ['percent', 'change'], cues: ['增长'] },
  { id: 'stock', applies_to: ['count'], cues: ['累计'] },
];
// No curated groups: everything below comes from the lexicon.
const table = synonymTable(lexicon, measures, []);

describe('synonyms from the lexicons', () => {
  it('learns R&D for 研发 from synonyms that differ in just that, and RD as its spelling', () => {
    expect(table.swaps).toContainEqual(['r&d', 'rd', '研发']);
    // 全社会研发投入 / R&D投入 differ in 全社会研发, but 研发 is what R&D stands for most often.
    expect(table.swaps.flat()).not.toContain('全社会研发');
  });

  it('finds each spelling from any other', () => {
    for (const q of ['研发投入', 'r&d投入', 'rd投入'])
      expect(expandSynonyms(q, table)).toEqual(expect.arrayContaining(['研发投入', 'r&d投入', 'rd投入']));
    expect(expandSynonyms('r&d', table)).toEqual(['r&d', 'rd', '研发']);
  });

  it('reads an indicator written with a cue of a percentage measure as the measured indicator', () => {
    expect(table.measured).toEqual([
      { names: ['研发投入强度', 'r&d投入强度', '研发强度'], base: ['研发投入'], cues: ['占gdp', '占', '比重', '强度'] },
    ]);
    const ofGdp = expandSynonyms('研发投入占gdp', table, 24);
    expect(ofGdp).toEqual(expect.arrayContaining(['研发投入强度', '研发强度', 'r&d投入强度']));
    expect(expandSynonyms('研发投入占gdp比重', table, 24)).toContain('研发投入强度');
    // And back: the measured indicator finds the other written with the measure's cues.
    expect(expandSynonyms('研发投入强度', table, 24)).toEqual(
      expect.arrayContaining(['研发投入占gdp', '研发投入比重']),
    );
    // A cue of a measure for counts, or a plain 研发投入, is not a share.
    expect(expandSynonyms('研发投入累计', table, 24)).not.toContain('研发投入强度');
    expect(expandSynonyms('研发投入', table, 24)).not.toContain('研发投入强度');
  });

  it('swaps nothing inside a long copied phrase, and no Latin word inside another', () => {
    expect(expandSynonyms('重点对研发投入较多和尚未开展活动的企业', table)).toEqual([
      '重点对研发投入较多和尚未开展活动的企业',
    ]);
    expect(expandSynonyms('ard投入', table)).toEqual(['ard投入']);
  });
});
