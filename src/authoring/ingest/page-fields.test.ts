import { describe, expect, it } from 'vitest';
import { isFieldRow, originValues, splitFieldTail } from './page-fields.ts';

describe('page fields', () => {
  it('splits a headline from the fields glued after it', () => {
    expect(splitFieldTail('2023年某某州科技工作再上台阶文章来源：州政府网 点击数：88 更新时间：2024-01-05')).toEqual({
      head: '2023年某某州科技工作再上台阶',
      tail: '文章来源：州政府网 点击数：88 更新时间：2024-01-05',
    });
    // A field row itself, or a sentence that mentions a source, is left alone.
    expect(splitFieldTail('文档分类：工作总结  上传时间：2024-12-30')).toBeNull();
    expect(splitFieldTail('资金来源：县财政专项资金。')).toBeNull();
  });

  it('reads who published the page from its source and publisher fields', () => {
    expect(originValues('信息来源：永嘉县科学技术局　　发布时间：2024-01-19')).toEqual(['永嘉县科学技术局']);
    expect(originValues('索引号 1234/2024-001 所属机构 永嘉县科学技术局 责任部门 县科技局')).toEqual([
      '永嘉县科学技术局',
      '县科技局',
    ]);
    expect(originValues('全年新增企业12家。')).toEqual([]);
  });

  it('knows a row of page fields', () => {
    expect(isFieldRow('发布时间：2024-01-19  来源：县政府办')).toBe(true);
    expect(isFieldRow('全年新增企业12家，来源：统计局。')).toBe(false);
  });
});
