import { describe, expect, it } from 'vitest';
import { isChromeLine, stripChrome } from './chrome.ts';

describe('site chrome', () => {
  it('recognises chrome lines, in simplified or annotated traditional characters', () => {
    for (const line of ['推荐访问:工作计划', '上一条:北京新闻', 'Copyright © 2015-2024 InvestCHN.com', '版權(quán)說明:本文檔由用戶提供', '索 引 号 | 113310 | 公开方式 | 主动公开 |', '||||', '0/150']) {
      expect(isChromeLine(line), line).toBe(true);
    }
    expect(isChromeLine('上下一条心，努力转变工作作风。')).toBe(false);
  });

  it('drops the banner above the page title, tail blocks, and keeps the metadata', () => {
    const page = ['网站口号', '您现在的位置:首页 > 新闻', '某某市科技局：工作动态', '发布时间:2023-12-28  来源:某某融媒网', '', '正文第一段。', '温馨提示', '- 1. 本站资源', '最新文档', '- 合同范本'].join('\n');
    const r = stripChrome(page);
    expect(r.lines.filter((l) => l.trim())).toEqual(['某某市科技局：工作动态', '正文第一段。']);
    expect(r.meta).toMatchObject({ published: '2023-12-28', source: '某某融媒网', pageTitle: '某某市科技局：工作动态' });
  });
});
