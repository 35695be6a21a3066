import { describe, expect, it } from 'vitest';
import { resolveRegion } from './region.ts';

const codeOf = (title: string, text: string) => resolveRegion(title, text).region?.code ?? null;

describe('region inference over the GB/T 2260 table', () => {
  it('finds a county-level city named by its short form before the bureau', () => {
    const g = resolveRegion('', '记者从江阴科技局了解到，全年新增企业12家。');
    expect(g.region?.code).toBe('320281');
    expect(g.basis).toBe('stated');
  });

  it('reads a district named in brackets beside the new area that holds it', () => {
    expect(codeOf('两江新区（渝北区）科技局工作总结', '全年新增企业30家。')).toBe('500112');
  });

  it('settles a name several regions share by the parent the text names', () => {
    expect(codeOf('鼓楼区科技局工作计划', '围绕南京创新名城建设，力争新增企业20家。')).toBe('320106');
  });

  it('lists the candidates and states no region when the parent is not named', () => {
    const g = resolveRegion('鼓楼区科技局工作计划', '力争新增企业20家。');
    expect(g.region).toBeNull();
    expect(g.basis).toBe('unknown');
    expect(g.warnings.join(' ')).toMatch(/ambiguous: 320106 .*350102 .*410204/);
  });

  it('infers a county from a company name at the issuer level, with evidence and a confidence', () => {
    const g = resolveRegion(
      '县科技局2024年工作总结',
      '支持浙江德清东方材料有限公司建设省级企业研究院，新建研发中心3家。',
    );
    expect(g.region?.code).toBe('330521');
    expect(g.basis).toBe('inferred');
    expect(g.confidence).toBe('low');
    expect(g.evidence[0]).toMatch(/浙江德清东方材料有限公司/);
  });

  it('infers nothing from a company of another level, and says so when organisations disagree', () => {
    expect(codeOf('市科技局2024年工作总结', '支持浙江德清东方材料有限公司建设研究院。')).toBeNull();
    const g = resolveRegion('县科技局工作总结', '浙江德清东方材料有限公司、浙江安吉绿竹科技有限公司获批省级研究院。');
    expect(g.region).toBeNull();
    expect(g.warnings.join(' ')).toMatch(/several places/);
  });

  it('takes no common word for a place (城区科技局 is not 城区 of 晋城)', () => {
    expect(codeOf('', '全市城区科技局系统共有干部40人。')).toBeNull();
  });
});
