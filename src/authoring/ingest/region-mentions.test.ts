import { describe, expect, it } from 'vitest';
import { credible, findMentions } from './region-mentions.ts';

const roles = (text: string) => findMentions(text, 'text').map((m) => `${m.name}:${m.role}`);

describe('the role a place plays where a text names it', () => {
  it('reads the issuer from a bureau or government after the name', () => {
    expect(roles('余杭区科学技术局印发通知。')).toEqual(['余杭区:issuer']);
    expect(roles('定海区人民政府工作报告指出')).toEqual(['定海区:issuer']);
    expect(roles('如皋市科委组织评审')).toEqual(['如皋市:issuer']);
    expect(roles('答复政协武义县十一届委员会提案')).toEqual(['武义县:issuer']);
  });

  it('reads a district in brackets after the new area it belongs to', () => {
    expect(roles('金普新区（金州区）新增企业30家')).toEqual(['金州区:bracket']);
  });

  it('tells a comparison group and a superior from the own place', () => {
    expect(roles('增速居南通第一，南通市下达的任务全面完成，申报南通市级项目12项')).toEqual([
      '南通:compare',
      '南通市:superior',
      '南通市:superior',
    ]);
  });

  it('reads places inside names of organisations and parks', () => {
    expect(roles('武义县华鼎工具有限公司')).toEqual(['武义县:org']);
    expect(roles('推动临海经济开发区建设')).toEqual(['临海:org']);
  });

  it('prefers a later name overlapping an earlier one when it is the issuer (从 + 江阴科技局)', () => {
    expect(roles('记者从江阴科技局获悉')).toEqual(['江阴:issuer']);
  });

  it('only trusts a short county name that is the issuer, in a name, or also named in full', () => {
    // 新建 (a district of 南昌) and 合作 (a city in 甘肃) are common words here.
    const loose = credible(findMentions('新建省级研究院3家，合作项目12项，企业与合作社对接。', 'text'));
    expect(loose).toEqual([]);
    const named = credible(findMentions('德清县新增企业。德清开展科技服务。', 'text'));
    expect(named.map((m) => m.name)).toEqual(['德清县', '德清']);
  });
});
