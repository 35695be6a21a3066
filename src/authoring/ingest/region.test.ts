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

describe('regions from every clue a real report gives', () => {
  it('finds a county-level city named in full with its prefecture, the prefecture named as a rank group and a superior', () => {
    const g = resolveRegion(
      '市科技局2023年工作总结',
      '我市新增企业40家，增速居台州各县（市、区）第二。临海市入选省级创新型城市。台州市下达的考核任务全面完成。',
    );
    expect(g.region?.code).toBe('331082');
    expect(g.basis).toBe('stated');
    expect(g.evidence[0]).toMatch(/台州市 named above it/);
  });

  it('never takes a comparison group for the own place of a text that hides its name', () => {
    const g = resolveRegion('市科技局2023年工作总结', 'XX市科技局全年新增企业20家，居嘉兴第二，总量居嘉兴第一。');
    expect(g.region).toBeNull();
    expect(g.warnings.join(' ')).toMatch(/hides its own place .*candidates 330481 .*330482 .*330483/);
  });

  it('never takes a partner county for the own place', () => {
    expect(codeOf('县科技局2023年工作总结', '我县与长兴县开展科技合作，全县新增企业20家。')).toBeNull();
    expect(codeOf('县科技局2023年工作总结', '全县新增企业20家，长兴县新建研究院3家。')).toBe('330522');
  });

  it('uses a page header naming the bureau (信息来源：…) as the issuer', () => {
    const g = resolveRegion('县科技局2023年工作总结', '全县新增企业20家。', ['永嘉县科学技术局']);
    expect(g.region?.code).toBe('330324');
    expect(g.basis).toBe('stated');
    expect(g.evidence[0]).toMatch(/the page header names "永嘉县"/);
  });

  it('does not take the portal of a city above the text for its issuer', () => {
    const g = resolveRegion('区科技局2023年工作总结', '全区新增企业20家。', ['温州市人民政府']);
    expect(g.region).toBeNull();
    expect(g.warnings.join(' ')).toMatch(/a level above the text's own/);
  });

  it('prefers the county’s own bureau over the city portal that reposted its news', () => {
    expect(codeOf('', '记者从宁海科技局获悉，全县新增企业20家。')).toBe('330226');
    expect(resolveRegion('', '记者从宁海科技局获悉，全县新增企业20家。', ['宁波市科学技术局']).region?.code).toBe(
      '330226',
    );
  });

  it('reads a district in brackets after its new area anywhere in the text', () => {
    expect(codeOf('', '2023年，西咸新区（秦都区）新增高新技术企业80家。')).toBe('610402');
  });

  it('infers a county named only inside company names, with the evidence and a confidence', () => {
    const g = resolveRegion('县科技局2024年工作计划', '支持嵊泗县海之源水产有限公司建设研发中心。');
    expect(g.region?.code).toBe('330922');
    expect(g.basis).toBe('inferred');
    expect(g.confidence).not.toBeNull();
    expect(g.evidence[0]).toMatch(/嵊泗县/);
  });

  it('does not take the bureau of a partner city in another province for the issuer', () => {
    const g = resolveRegion(
      '市科技局2023年工作总结',
      '我市新增企业30家。杭州市科技局组织专家来我市开展帮扶。丹寨县、雷山县新建示范园各1个，黔东南州科技大会在凯里召开。',
    );
    expect(g.region?.code).not.toBe('330100');
    expect(g.warnings.join(' ')).toMatch(/"杭州市" is named with its bureau or government .* not taken as the issuer/);
  });

  it('reads the customary name of an autonomous prefecture with 全州', () => {
    expect(codeOf('', '2023年，黔东南州新增高新技术企业40家，全州研发投入增长12%。')).toBe('522600');
  });

  it('takes a functional zone only before its own bureau', () => {
    expect(codeOf('', '苏州工业园区科技和信息化局发布年度报告，全区新增企业。')).toBe('320571');
    const near = resolveRegion('市科技局工作总结', '在苏州工业园区举办对接会，我市12家企业参加。');
    expect(near.region?.code).not.toBe('320571');
  });

  it('infers a county from the towns it names', () => {
    const g = resolveRegion('市科技局工作总结', '我市在杜桥镇、白水洋镇建立服务站8个。');
    expect(g.region?.code).toBe('331082');
    expect(g.basis).toBe('inferred');
    expect(g.evidence[0]).toMatch(/杜桥镇.*白水洋镇/);
    // One town shared by several counties decides nothing.
    expect(codeOf('县科技局工作总结', '在城关镇建立服务站。')).toBeNull();
  });

  it('infers only the province from 自治区 with 州级 when no place is named', () => {
    const g = resolveRegion('县科技局2024年工作计划', '组织申报自治区科技计划项目12项，争取州级资金。');
    expect(g.region?.code).toBe('650000');
    expect(g.basis).toBe('inferred');
  });

  it('infers, weakly, the only place a city’s text names, but not a destination', () => {
    const g = resolveRegion('', '我市将建设科教园区，推动厦门高校成果在本地转化。');
    expect(g.region?.code).toBe('350200');
    expect(g.confidence).toBe('low');
    expect(codeOf('', '我市组团赴厦门参加交易会，签约项目12个。')).toBeNull();
    expect(codeOf('', '我市将引进厦门高校科技成果12项，推动在本地转化。')).toBeNull();
  });
});
