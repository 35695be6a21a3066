import { describe, expect, it } from 'vitest';
import { matchUnit, normaliseMoney } from './units.ts';
import { loadLexicons } from '../lexicons.ts';

const NO_INDICATORS = { ...loadLexicons('data'), indicators: [] };

describe('matchUnit', () => {
  it('prefers the longest unit', () => {
    expect(matchUnit('万人次', 0)?.unit).toBe('万人次');
    expect(matchUnit('人次，', 0)?.unit).toBe('人次');
    expect(matchUnit('个百分点', 0)?.unit).toBe('个百分点');
    expect(matchUnit('万元', 0)?.unit).toBe('万元');
    expect(matchUnit('个亿的基金', 0)?.unit).toBe('亿元');
    expect(matchUnit('％', 0)?.unit).toBe('%');
  });

  it('refuses a unit character that starts a word', () => {
    expect(matchUnit('项目', 0)).toBeNull();
    expect(matchUnit('人才项目', 0)).toBeNull();
    expect(matchUnit('台州', 0)).toBeNull();
    expect(matchUnit('个方面', 0)).toBeNull();
    expect(matchUnit('个月', 0)).toBeNull();
    expect(matchUnit('座谈会', 0)).toBeNull();
  });

  it('matches at an offset', () => {
    expect(matchUnit('108家，', 3)?.unit).toBe('家');
    expect(matchUnit('108家，', 2)).toBeNull();
  });
});

describe('normaliseMoney', () => {
  it('turns money into 万元', () => {
    expect(normaliseMoney(1.2, '亿元')).toEqual({ value_norm: 12000, unit_norm: '万元' });
    expect(normaliseMoney(4.61, '亿元')).toEqual({ value_norm: 46100, unit_norm: '万元' });
    expect(normaliseMoney(50000, '元')).toEqual({ value_norm: 5, unit_norm: '万元' });
    expect(normaliseMoney(5630, '万元')).toEqual({ value_norm: 5630, unit_norm: '万元' });
  });

  it('keeps masked money masked and copies other units', () => {
    expect(normaliseMoney(null, '亿元')).toEqual({ value_norm: null, unit_norm: '万元' });
    expect(normaliseMoney(108, '家')).toEqual({ value_norm: 108, unit_norm: '家' });
    expect(normaliseMoney(79.63, '%')).toEqual({ value_norm: 79.63, unit_norm: '%' });
  });
});

describe('amounts in 万亿 as written', () => {
  it('keeps 万亿 in value and unit, converting only value_norm', async () => {
    const { extractFigures } = await import('./extract.ts');
    const [bare, withYuan] = extractFigures('地区生产总值2.15万亿，贷款余额达0.8万亿元。', 't', NO_INDICATORS);
    expect(bare).toMatchObject({ value: 2.15, unit: '万亿', value_norm: 215000000, unit_norm: '万元' });
    expect(withYuan).toMatchObject({ value: 0.8, unit: '万亿元', value_norm: 80000000 });
  });
});

describe('counts and units as written', () => {
  it('normalises a count written with 万 to its base unit, and folds a bracketed alternative', () => {
    expect(normaliseMoney(1.2, '万家')).toEqual({ value_norm: 12000, unit_norm: '家' });
    expect(normaliseMoney(4.8, '万人次')).toEqual({ value_norm: 48000, unit_norm: '人次' });
    expect(normaliseMoney(3239, '人（次）')).toEqual({ value_norm: 3239, unit_norm: '人次' });
    expect(normaliseMoney(12, '万份（册）')).toEqual({ value_norm: 120000, unit_norm: '份' });
    expect(normaliseMoney(5630, '万')).toEqual({ value_norm: 5630, unit_norm: '万元' });
    expect(normaliseMoney(27, '万平方米')).toEqual({ value_norm: 27, unit_norm: '万平方米' });
  });

  it('reads the classifiers of real reports, a score, and 类 only before the count it divides', () => {
    expect(matchUnit('只，', 0)?.unit).toBe('只');
    expect(matchUnit('处，', 0)?.unit).toBe('处');
    expect(matchUnit('辆港牌车', 0)?.unit).toBe('辆');
    expect(matchUnit('个位次）', 0)?.family).toBe('change');
    expect(matchUnit('类132项', 0)?.unit).toBe('类');
    expect(matchUnit('类企业', 0)).toBeNull();
    expect(matchUnit('92.5分。', 4)?.family).toBe('score');
    expect(matchUnit('三分之一', 1)).toBeNull();
    expect(matchUnit('50P，', 2)?.family).toBe('compute');
  });
});
