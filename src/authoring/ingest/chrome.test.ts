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

describe('chrome of document-sharing, template and news pages', () => {
  it('drops a doc-sharing badge line, a download-icon footer and a template blurb, and lists each', () => {
    const page = [
      '《镇科技办工作总结.docx》由会员分享，可在线阅读，更多相关《镇科技办工作总结.docx(5页珍藏版)》请在某某文档网上搜索。',
      '以下是小编为大家整理的镇科技办工作总结，仅供参考，欢迎大家阅读。',
      '镇科技办2023年工作总结',
      '全年新增企业12家，总数达到86家。',
      'PPT  W  下载',
    ].join('\n');
    const r = stripChrome(page);
    expect(r.lines.filter((l) => l.trim())).toEqual(['镇科技办2023年工作总结', '全年新增企业12家，总数达到86家。']);
    expect(r.removedLines.map((l) => l.line)).toEqual([1, 2, 5]);
  });

  it('cuts a document site’s name and slogan out of a paragraph, without an address', () => {
    const r = stripChrome('新增企业8家。【某某文库】研发费用42亿元。某某范文，精品公文资料免费下载 专利授权81件。');
    expect(r.lines).toEqual(['新增企业8家。研发费用42亿元。专利授权81件。']);
    expect(r.removedLines.map((l) => l.text)).toEqual(['【某某文库】', '某某范文，精品公文资料免费下载']);
  });

  it('drops a news page’s editor and keyword footers and its disclaimer block', () => {
    const page = [
      '某县科技创新结硕果',
      '全县新增高新技术企业20家，同比增长18%。',
      '关键词：高新技术企业',
      '[责任编辑 某某 ]',
      '版权与免责声明：',
      '1 本网注明来源的作品，均转载自其它媒体。',
    ].join('\n');
    const r = stripChrome(page);
    expect(r.lines.filter((l) => l.trim())).toEqual(['某县科技创新结硕果', '全县新增高新技术企业20家，同比增长18%。']);
  });

  it('splits page fields off a headline, keeps the headline as the page title and the source as evidence', () => {
    const r = stripChrome(
      [
        '2023年某某州科技工作再上台阶文章来源：某某州人民政府网 点击数：88 更新时间：2024-01-05',
        '全州新增企业41家。',
      ].join('\n'),
    );
    expect(r.lines).toEqual(['2023年某某州科技工作再上台阶', '全州新增企业41家。']);
    expect(r.meta).toMatchObject({ pageTitle: '2023年某某州科技工作再上台阶', published: '2024-01-05' });
    expect(r.meta.origins).toEqual([{ line: 1, text: '某某州人民政府网' }]);
    expect(r.removedLines[0]?.why).toMatch(/page fields after the headline/);
  });

  it('removes a 信息来源 header as chrome but keeps what it says for the region', () => {
    const r = stripChrome(
      ['县科技局2023年工作总结', '信息来源：永嘉县科学技术局　发布时间：2024-01-19', '全县新增企业20家。'].join('\n'),
    );
    expect(r.lines.join('')).not.toMatch(/信息来源/);
    expect(r.meta.origins).toEqual([{ line: 2, text: '永嘉县科学技术局' }]);
  });

  it('keeps a masked title cut over short lines as one line', () => {
    const r = stripChrome(['XX', '县20', 'XX', '年科技工作总结', '全县新增企业20家，总数达到86家。'].join('\n'));
    expect(r.lines.filter((l) => l.trim())).toEqual(['XX县20XX年科技工作总结', '全县新增企业20家，总数达到86家。']);
    expect(r.removedLines).toEqual([]);
  });
});
