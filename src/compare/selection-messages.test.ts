import { describe, expect, it } from 'vitest';
import { selectionMessages, MAX_NAMED } from './selection-messages.ts';
import type { ParsedSelection } from './selection.ts';

const sel = (over: Partial<ParsedSelection>): ParsedSelection => ({
  ids: [],
  unknown: [],
  malformed: [],
  dropped: [],
  unchecked: [],
  ...over,
});

describe('selectionMessages', () => {
  it('names what is wrong with the address and what is missing', () => {
    const [bad, unknown, pick] = selectionMessages(sel({ malformed: ['<b>'], unknown: ['zz-1'] }), new Map());
    expect(bad).toContain('无法识别的报告编号（只能含字母、数字和连字符）：<b>');
    expect(unknown).toContain('找不到这些报告：zz-1');
    expect(pick).toContain('请在上面的列表中选择 2–4 篇报告');
  });

  it('says which ids were not looked up, apart from those not shown', () => {
    const [unchecked] = selectionMessages(sel({ ids: ['a', 'b'], unchecked: ['x-1'] }), new Map());
    expect(unchecked).toMatch(/^地址中的编号太多，只查看了前 \d+ 个；未查看：x-1。/);
    const [dropped] = selectionMessages(sel({ ids: ['a', 'b', 'c', 'd'], dropped: ['e'] }), new Map());
    expect(dropped).toContain('最多同时对比 4 篇，只显示前 4 篇；未显示：e');
  });

  it('names at most a few values of a long list and counts them all', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `zz-${i}`);
    const [unknown] = selectionMessages(sel({ unknown: many }), new Map());
    expect(unknown).toContain(`zz-${MAX_NAMED - 1} 等 1000 个`);
    expect(unknown).not.toContain(`zz-${MAX_NAMED}、`);
    expect(unknown).toContain('and others (1000 in all)');
    expect(unknown?.length).toBeLessThan(400);
  });
});
