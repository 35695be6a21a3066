import { describe, expect, it } from 'vitest';
import { scanNumbers } from './tokens.ts';

const first = (text: string) => scanNumbers(text).find((t) => t.unit !== '') ?? null;
const pick = (text: string) => {
  const t = first(text);
  return (
    t && {
      value: t.value,
      unit: t.unit,
      family: t.family,
      qualifier: t.qualifier,
      raw: text.slice(t.start, t.end),
      form: t.form,
    }
  );
};

describe('scanNumbers', () => {
  it('reads Arabic numbers with units', () => {
    expect(pick('申报国家高企108家，')).toMatchObject({ value: 108, unit: '家', raw: '108家' });
    expect(pick('通过率达79.63%，')).toMatchObject({ value: 79.63, unit: '%' });
    expect(pick('研发费4.61亿元')).toMatchObject({ value: 4.61, unit: '亿元' });
    expect(pick('安排科技经费2,500万元')).toMatchObject({ value: 2500, unit: '万元' });
  });

  it('reads Chinese numerals with units', () => {
    expect(pick('认定区级平台共两批')).toMatchObject({ value: 2, unit: '批', form: 'chinese' });
    expect(pick('共引进三十五人')).toMatchObject({ value: 35, unit: '人' });
    expect(pick('奖励三十万元')).toMatchObject({ value: 30, unit: '万元' });
    expect(pick('十余家企业')).toMatchObject({ value: 10, unit: '家', qualifier: '余' });
  });

  it('keeps values as written, 万 and 亿 in the unit, and approximation words', () => {
    expect(pick('参加群众4.8万余人次')).toMatchObject({
      value: 4.8,
      unit: '万人次',
      qualifier: '余',
      raw: '4.8万余人次',
    });
    expect(pick('总投资2000多万元')).toMatchObject({ value: 2000, unit: '万元', qualifier: '多' });
    expect(pick('投入资金12.5万余元')).toMatchObject({ value: 12.5, unit: '万元', qualifier: '余' });
    expect(pick('1.5万家')).toMatchObject({ value: 1.5, unit: '万家' });
    expect(pick('5千家')).toMatchObject({ value: 5000, unit: '家' });
    expect(pick('两万家企业')).toMatchObject({ value: 2, unit: '万家' });
    expect(pick('1.2万人次')).toMatchObject({ value: 1.2, unit: '万人次' });
    expect(pick('达1576家以上')).toMatchObject({ value: 1576, qualifier: '以上', raw: '1576家以上' });
    expect(pick('人才400人左右')).toMatchObject({ value: 400, qualifier: '左右' });
    expect(pick('服务企业近100家')).toMatchObject({ value: 100, qualifier: '近' });
    expect(pick('超过20亿元')).toMatchObject({ value: 20, unit: '亿元', qualifier: '超过' });
  });

  it('reads a bare 万 or 万亿 as money, in the multiplier as written, only where money is meant', () => {
    expect(pick('揭榜资金达到5630万。')).toMatchObject({ value: 5630, unit: '万', family: 'money' });
    expect(pick('安排20万工业攻关资金')).toMatchObject({ value: 20, unit: '万' });
    expect(pick('地区生产总值1.6万亿。')).toMatchObject({ value: 1.6, unit: '万亿' });
    expect(first('城区人口50万。')).toBeNull();
  });

  it('keeps masked figures with value null', () => {
    expect(pick('获得资金支持***万元')).toMatchObject({ value: null, unit: '万元', form: 'masked' });
    expect(pick('申报高企**家')).toMatchObject({ value: null, unit: '家', form: 'masked' });
    expect(pick('占比**%')).toMatchObject({ value: null, unit: '%' });
    expect(pick('财政补助资金***余万元')).toMatchObject({ value: null, unit: '万元', qualifier: '余' });
    expect(pick('规模*个亿的基金')).toMatchObject({ value: null, unit: '亿元' });
  });
});

describe('percentages in words', () => {
  it('reads 百分之 numerals as %', () => {
    expect(pick('增长百分之十五。')).toMatchObject({ value: 15, unit: '%', raw: '百分之十五' });
    expect(pick('占比百分之三点二五')).toMatchObject({ value: 3.25, unit: '%' });
    expect(pick('提高百分之二十以上')).toMatchObject({ value: 20, unit: '%', qualifier: '以上' });
  });
});
