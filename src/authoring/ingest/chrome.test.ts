import { describe, expect, it } from 'vitest';
import { isChromeLine, stripChrome } from './chrome.ts';

describe('site chrome', () => {
  it('recognises chrome lines, in simplified or annotated traditional characters', () => {
    for (const line of [
      '推荐访问:工作计划',
      '上一条:北京新闻',
      'Copyright © 2015-2024 InvestCHN.com',
      '版權(quán)說明:本文檔由用戶提供',
      '索 引 号 | 113310 | 公开方式 | 主动公开 |',
      '||||',
      '0/150',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
    expect(isChromeLine('上下一条心，努力转变工作作风。')).toBe(false);
  });

  it('drops the banner above the page title, tail blocks, and keeps the metadata', () => {
    const page = [
      '网站口号',
      '您现在的位置:首页 > 新闻',
      '某某市科技局：工作动态',
      '发布时间:2023-12-28  来源:某某融媒网',
      '',
      '正文第一段。',
      '温馨提示',
      '- 1. 本站资源',
      '最新文档',
      '- 合同范本',
    ].join('\n');
    const r = stripChrome(page);
    expect(r.lines.filter((l) => l.trim())).toEqual(['某某市科技局：工作动态', '正文第一段。']);
    expect(r.meta).toMatchObject({
      published: '2023-12-28',
      source: '某某融媒网',
      pageTitle: '某某市科技局：工作动态',
    });
  });
});

describe('chrome by shape', () => {
  it('drops badge and counter lines above the title, link lists and paywalls below the text, and says why', () => {
    const page = [
      '会员专享  某某文库',
      '2024-03-12  浏览 99  下载 3  2页',
      '举报',
      '某某局2023年工作总结.docx',
      '县科技局2023年工作总结',
      '全年新增企业12家，总数达到86家。',
      '试读已到此处，剩余3页未读，点击下载阅读全文',
      '同类文档推荐',
    ].join('\n');
    const r = stripChrome(page);
    expect(r.lines.filter((l) => l.trim())).toEqual(['县科技局2023年工作总结', '全年新增企业12家，总数达到86家。']);
    expect(r.removedLines.map((l) => l.line)).toEqual([1, 2, 3, 4, 7, 8]);
    expect(r.removedLines.every((l) => l.why !== '')).toBe(true);
  });

  it('keeps headings before the first sentence and the signature after the last', () => {
    const page = [
      '县科技局2025年工作计划',
      '一、总体目标',
      '力争新增企业25家。',
      '县科技局',
      '2025年1月6日',
      '打印本页 关闭窗口',
    ].join('\n');
    expect(stripChrome(page).lines).toEqual([
      '县科技局2025年工作计划',
      '一、总体目标',
      '力争新增企业25家。',
      '县科技局',
      '2025年1月6日',
    ]);
  });

  it('cuts a watermark out of a paragraph and keeps the sentence after it', () => {
    const r = stripChrome(
      '新增企业8家。【某某网 www.example-docs.com】研发费用42亿元。请到 docs.example.cn 下载 专利授权81件。',
    );
    expect(r.lines).toEqual(['新增企业8家。研发费用42亿元。专利授权81件。']);
    expect(r.removedLines.map((l) => l.text)).toEqual(['【某某网 www.example-docs.com】', '请到 docs.example.cn 下载']);
  });
});

describe('chrome by shape, page furniture and wrapped text', () => {
  it('drops page headers and footers that repeat with their numbers changed', () => {
    const page = [
      '县科技局2023年工作总结',
      '- 1 -',
      '全年新增企业12家。',
      '- 2 -',
      '研发投入达到5亿元。',
      '- 3 -',
    ].join('\n');
    expect(stripChrome(page).lines).toEqual(['县科技局2023年工作总结', '全年新增企业12家。', '研发投入达到5亿元。']);
  });

  it('keeps the first lines of a sentence wrapped across lines', () => {
    const page = ['县科技局2023年工作总结', '全年新增国家高新技术企业3', '1家，研发投入达到5.2亿', '元。'].join('\n');
    expect(stripChrome(page).lines).toEqual([
      '县科技局2023年工作总结',
      '全年新增国家高新技术企业3',
      '1家，研发投入达到5.2亿',
      '元。',
    ]);
  });
});
