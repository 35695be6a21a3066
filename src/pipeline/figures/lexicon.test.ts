import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS, loadIndicators, matchIndicator } from './lexicon.ts';

const lexicon = loadIndicators('data/indicators.csv');

describe('data/indicators.csv', () => {
  it('holds the indicators the site relies on, each with a known theme', () => {
    const ids = lexicon.map((d) => d.id);
    for (const id of [
      'high_tech_enterprises',
      'tech_smes',
      'rd_spending',
      'rd_intensity',
      'tech_contract_turnover',
      'patent_applications',
      'patents_granted',
      'invention_patents',
      'patents_per_10k',
      'funds_won',
      'projects_approved',
      'research_platforms',
      'incubators',
      'talents',
      'tech_commissioners',
      'high_tech_output',
      'sci_awards',
      'popularisation_events',
      'innovation_vouchers',
      'tech_loans',
    ]) {
      expect(ids).toContain(id);
    }
    for (const d of lexicon) expect(THEME_IDS).toContain(d.theme);
    expect(lexicon.find((d) => d.id === 'high_tech_enterprises')?.synonyms).toEqual(
      expect.arrayContaining(['高新技术企业', '高企']),
    );
  });
});

describe('loadIndicators', () => {
  const write = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'ind-')), 'indicators.csv');
    writeFileSync(path, text);
    return path;
  };
  const header = 'id,name_zh,name_en,unit_family,synonyms,theme,definition_zh,definition_en\n';
  const def = ',定义,Definition';

  it('names the file, line and field of a bad row', () => {
    expect(() =>
      loadIndicators(write(`${header}a,甲,A,count,甲|乙,enterprise${def}\nb,乙,B,count,乙,nowhere${def}\n`)),
    ).toThrow(/:3: field "theme"/);
    expect(() => loadIndicators(write(`${header}a,甲,A,weight,甲,enterprise${def}\n`))).toThrow(
      /:2: field "unit_family"/,
    );
    expect(() => loadIndicators(write(`${header}a,甲,A,count,甲||乙,enterprise${def}\n`))).toThrow(
      /:2: field "synonyms"/,
    );
    expect(() => loadIndicators(write(`${header}a,甲,A,count,甲,rd${def}\na,乙,B,count,乙,rd${def}\n`))).toThrow(
      /defined twice/,
    );
  });

  it('requires a one-line definition in both languages, and takes people as a unit family', () => {
    expect(() => loadIndicators(write(`${header}a,甲,A,count,甲,rd,,Definition\n`))).toThrow(
      /:2: field "definition_zh"/,
    );
    expect(loadIndicators(write(`${header}a,甲,A,count|people,甲,talent${def}\n`))[0]).toMatchObject({
      unit_family: 'count|people',
      definition_zh: '定义',
      definition_en: 'Definition',
    });
  });

  it('names the line of an unterminated quote and of a missing column, in the one table error format', () => {
    const quote = write(`${header}a,甲,A,count,甲,rd${def}\nb,"乙,B,count,乙,rd${def}\n`);
    expect(() => loadIndicators(quote)).toThrow(
      new RegExp(`^${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: .*[Qq]uote`),
    );
    const short = write('id,name_zh,name_en,unit_family,synonyms\na,甲,A,count,甲\n');
    expect(() => loadIndicators(short)).toThrow(
      /:1: header is "id,name_zh,name_en,unit_family,synonyms", expected "id,name_zh,name_en,unit_family,synonyms,theme,definition_zh,definition_en"/,
    );
    const mixed = write(`${header}a,甲,A,count,甲,rd${def}\r\nb,乙,B,count,乙,rd${def}\r\n`);
    expect(loadIndicators(mixed).map((d) => d.theme)).toEqual(['rd', 'rd']);
  });
});

describe('matchIndicator', () => {
  it('takes the head of the phrase: the synonym ending last', () => {
    expect(matchIndicator('省级高新技术企业研发中心', lexicon, 'count')?.id).toBe('research_platforms');
    expect(matchIndicator('研发费用加计扣除金额', lexicon, 'money')?.id).toBe('rd_super_deduction');
    expect(matchIndicator('国家高企', lexicon, 'count')?.id).toBe('high_tech_enterprises');
  });

  it('keeps money words off counts', () => {
    expect(matchIndicator('研发投入', lexicon, 'count')).toBeNull();
    expect(matchIndicator('研发投入', lexicon, 'money')?.id).toBe('rd_spending');
    expect(matchIndicator('研发投入', lexicon, null)?.id).toBe('rd_spending');
  });
});
