import { describe, expect, it } from 'vitest';
import { GAP_MARK } from '../../pipeline/types.ts';
import { findFragmentRun, joinFragments } from './fragments.ts';

describe('findFragmentRun', () => {
  it('finds lines numbered 1、2、3… in order', () => {
    expect(findFragmentRun(['标题', '1、甲', '2、乙', '3、丙', '尾'])).toEqual({ from: 1, to: 4 });
  });
  it('ignores numbering that does not run in order or is too short', () => {
    expect(findFragmentRun(['1、甲', '3、乙', '4、丙'])).toBeNull();
    expect(findFragmentRun(['1、甲', '2、乙'])).toBeNull();
  });
});

describe('joinFragments', () => {
  it('strips the numbers and joins fragments that continue one another', () => {
    const r = joinFragments(['1、共组织申', '2、报项目50余项。', '3、全年完成。']);
    expect(r.text).toBe('共组织申报项目50余项。全年完成。');
    expect(r.gaps).toBe(0);
  });

  it('marks a gap after a fragment cut on a broken character, and drops the broken character', () => {
    const r = joinFragments(['1、加快推进创新平台建�', '2、二是开展科普活动。', '3、完成。']);
    expect(r.text).toBe(`加快推进创新平台建\n\n${GAP_MARK}\n\n二是开展科普活动。完成。`);
    expect(r.gaps).toBe(1);
    expect(r.dropped).toEqual(['\ufffd']);
  });

  it('drops a half pinyin annotation left at a cut', () => {
    const r = joinFragments(['1、工作總結(j', '2、ié)完成。', '3、好。']);
    expect(r.text).toBe('工作總結完成。好。');
    expect(r.dropped).toEqual(['(j', 'ié)']);
  });

  it('marks a gap after a last fragment that stops mid-sentence, not after one that ends a sentence', () => {
    expect(joinFragments(['1、甲。', '2、乙。', '3、新毕业企业']).text).toBe(`甲。乙。新毕业企业\n\n${GAP_MARK}`);
    // A trailing pinyin annotation is not a sentence end.
    expect(joinFragments(['1、甲。', '2、乙。', '3、新畢業(yè)企業(yè)']).gaps).toBe(1);
    expect(joinFragments(['1、甲。', '2、乙。', '3、丙。']).gaps).toBe(0);
  });
});

describe('numbered lists are not page fragments', () => {
  it('takes lines that end their sentences for a list, and cut lines for fragments', () => {
    const list = ['1、积极培育企业。新增12家。', '2、推进研发投入。增长8%。', '3、加强平台建设。新建2家。'];
    expect(findFragmentRun(list)).toBeNull();
    const pages = [`1、${'全年新增企业十二家，'.repeat(16)}研发`, `2、${'投入增长百分之八，'.repeat(18)}新建`];
    expect(findFragmentRun(pages)).toEqual({ from: 0, to: 2 });
  });
});
