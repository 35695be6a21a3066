// The ingest on the real raw files in content/sources/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/authoring/ingest/ingest.ts';
import { stripChrome } from '../../src/authoring/ingest/chrome.ts';
import { stripPinyinAnnotations, toSimplified } from '../../src/authoring/ingest/traditional.ts';
import { GAP_MARK } from '../../src/pipeline/types.ts';
import { present } from '../helpers/present.ts';

const SOURCES = 'content/sources';
const raw = (name: string) => readFileSync(join(SOURCES, name), 'utf8');
const ingest = (name: string) => ingestText(raw(name), name).drafts;
/** The `i`th draft of a raw file, failing the test when the ingest wrote fewer. */
const draftOf = (name: string, i = 0) => present(ingest(name)[i], `draft ${i} of ${name}`);
const F000 = '000_eec4c7015d6b4007.txt';
const F001 = '001_c29dd90ba846ba03.txt';
const F002 = '002_8ab899e49ca3ccd3.txt';
const F003 = '003_189255740c9d41d3.txt';
const F004 = '004_87709b1c34e14cd9.txt';
/** Body text with garbled runs cut out: they are kept verbatim, so they may hold anything. */
const withoutGarbled = (body: string) => body.replace(/「乱码：[^」]*」/g, '');
const paragraphs = (body: string) =>
  body
    .split('\n\n')
    .map((p) => p.trim())
    .filter(Boolean);

describe('splitting compilations', () => {
  it('finds three reports in 002, one per numbered part, each with its stated city', () => {
    const drafts = ingest(F002);
    expect(drafts).toHaveLength(3);
    expect(drafts.map((d) => d.meta.source.part)).toEqual([1, 2, 3]);
    expect(drafts.every((d) => d.meta.source.parts === 3 && d.meta.title === '市科技局工作总结')).toBe(true);
    expect(drafts.map((d) => d.meta.region.code)).toEqual(['520200', '330200', '340800']);
    expect(drafts.every((d) => d.meta.region_basis === 'stated')).toBe(true);
  });

  it('finds the five reports of 001 listed in its table of contents, in order', () => {
    const lines = raw(F001).split('\n');
    const contents = lines.findIndex((l) => l.replace(/\s/g, '') === '目录');
    const toc: string[] = [];
    for (const line of lines.slice(contents + 1)) {
      if (!/^\d\./.test(line)) break;
      toc.push(line.replace(/^\d\./, ''));
    }
    expect(toc).toHaveLength(5);
    const drafts = ingest(F001);
    expect(drafts).toHaveLength(5);
    expect(drafts.map((d) => d.meta.title)).toEqual(toc);
    expect(drafts.map((d) => d.meta.doc_type)).toEqual(['plan', 'plan', 'supervision-plan', 'assistance-plan', 'plan']);
  });

  it('keeps single reports single', () => {
    for (const f of [F000, F003, F004]) expect(ingest(f)).toHaveLength(1);
  });
});

describe('traditional text with pinyin annotations (002)', () => {
  const drafts = ingest(F002);

  it('leaves no pinyin annotation behind', () => {
    const annotation =
      /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|[\u4e00-\u9fff]（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}）/;
    for (const d of drafts) expect(withoutGarbled(d.body)).not.toMatch(annotation);
    // The raw file does have them, about 1,400.
    expect(stripPinyinAnnotations(raw(F002)).removed).toBeGreaterThan(1300);
  });

  it('leaves no traditional character: converting the output again changes nothing', () => {
    for (const d of drafts) {
      const text = withoutGarbled(d.body);
      expect(toSimplified(text)).toBe(text);
      expect(d.meta.quality.converted_traditional).toBe(true);
    }
  });

  it('keeps the garbled runs visible and marked, one per mojibake run', () => {
    const runs = drafts.flatMap((d) => d.body.match(/「乱码：[^」]+」/g) ?? []);
    const rawRuns = raw(F002).match(/\?[^\n]{0,12}\?|\?\?/g) ?? [];
    expect(runs.length).toBe(5);
    expect(rawRuns.length).toBeGreaterThanOrEqual(runs.length);
    // The runs are copied from the raw text, not converted.
    for (const r of runs) expect(raw(F002)).toContain(r.slice(4, -1));
  });

  it('joins the 33 page fragments without leaving their numbers', () => {
    for (const d of drafts) expect(d.body).not.toMatch(/(^|\n)\d{1,2}、/);
    // Fragment 2 ends "…组织申" and 3 starts "报国家…": joined as one word.
    expect(drafts[0]?.body).toContain('共组织申报国家和省级项目50余项');
  });

  it('marks the gap where the last fragment breaks off mid-sentence', () => {
    const draft = present(drafts[2], `draft 2 of ${F002}`);
    const anqing = paragraphs(draft.body);
    expect(anqing.at(-1)).toBe(GAP_MARK);
    expect(anqing.at(-2)).toMatch(/新毕业企业$/);
    expect(draft.meta.quality.gaps).toBe(1);
  });

  it('flags the rewritten years', () => {
    for (const d of drafts) {
      expect(d.meta.year_reliable).toBe(false);
      expect(d.meta.quality.rewritten_years).toBe(true);
      expect(d.warnings.join(' ')).toMatch(/rewritten/);
    }
  });
});

describe('masked figures (000)', () => {
  it('keeps every run of * verbatim: as many runs as the raw file has', () => {
    const rawRuns = raw(F000).match(/\*+/g) ?? [];
    const draft = draftOf(F000);
    const bodyRuns = draft.body.match(/\*+/g) ?? [];
    expect(rawRuns.length).toBeGreaterThan(100);
    expect(bodyRuns).toEqual(rawRuns);
    expect(draft.meta.quality.masked_figures).toBe(rawRuns.length);
  });
});

describe('site chrome', () => {
  // Navigation words are matched where chrome puts them (a line start, before a colon):
  // "上下一条心" in the text is not chrome.
  const CHROME: RegExp[] = [
    /推荐访问/,
    /(^|\n)上一条[:：]/,
    /(^|\n)下一条[:：]/,
    /与我们联系/,
    /Copyright/i,
    /版权所有/,
    /温馨提示/,
    /最新文档/,
    /提交评论/,
    /索引号/,
    /公开方式/,
    /成文日期/,
    /来源[:：]/,
    /下面是小编/,
    /版权说明/,
    /文档简介/,
    /人人文库/,
    /您现在的位置/,
    /联系电话/,
    /信息来源/,
    /\|/,
  ];
  for (const f of readdirSync(SOURCES).filter((n) => n.endsWith('.txt'))) {
    it(`leaves none in ${f}`, () => {
      for (const d of ingest(f)) for (const c of CHROME) expect(d.body, String(c)).not.toMatch(c);
    });
  }

  it('keeps what the chrome says about the source', () => {
    expect(draftOf(F003).meta.source.published).toBe('2023-12-28');
    expect(draftOf(F004).meta.source.published).toBe('2024-08-05');
    expect(draftOf(F002).meta.source.site).toBe('人人文库网');
  });
});

describe('no report text is lost', () => {
  /** The Han characters of a text, in order. */
  const han = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).join('');
  for (const f of [F000, F001, F003, F004]) {
    it(`every Han character of the report text in ${f} is in a body or a title`, () => {
      const drafts = ingest(f);
      const titles = new Set(drafts.map((d) => han(d.meta.title)));
      let lines = stripChrome(raw(f)).lines;
      // A compilation's header and contents list are not report text.
      const toc = lines.findIndex((l) => l.replace(/\s/g, '') === '目录');
      if (toc >= 0) lines = lines.slice(toc + 1).filter((l) => !/^\d\./.test(l) || !titles.has(han(l)));
      // Title lines (the page's and the document's, which differ only in digits) become frontmatter.
      const text = han(lines.filter((l) => !titles.has(han(l))).join('\n'));
      const out = han(drafts.map((d) => d.body.replaceAll(GAP_MARK, '')).join(''));
      expect(out).toBe(text);
    });
  }
});

describe('headings', () => {
  it('keeps the heading structure of 000 as Markdown headings', () => {
    const body = draftOf(F000).body;
    for (const h of [
      '## 一、工作开展情况',
      '## 二、存在问题',
      '## 三、2023年重点工作谋划',
      '### （一）争第一，实施科技指标提升工程',
      '### （三）争一流，实施区域创新能力提升工程',
    ]) {
      expect(body).toContain(`\n${h}\n`);
    }
    // Inline lead-ins stay in their paragraphs.
    expect(body).toContain('\n\n（一）实施创新主体培育工程，梯次化培育科技型企业。一是深入实施');
    expect(body).toContain('\n\n二是技术交易指标。');
  });

  it('finds headings in a flattened page (004) and a rebuilt stream (002)', () => {
    const xianju = draftOf(F004).body;
    expect(xianju).toContain('\n## 一、上阶段亮点工作\n');
    expect(xianju).toContain('\n## 二、下阶段工作计划\n');
    const [ningbo, anqing] = [draftOf(F002, 1), draftOf(F002, 2)];
    expect(ningbo.body).toContain('\n## 一、20年主要工作进展和成效\n\n一是科技创新能力进一步提升。');
    expect(anqing.body).toContain('\n## 四、强化科技创新载体建设，加速推进科技成果转化\n');
  });

  it('does not take a list item without content under it for a heading (001 #3, item 12)', () => {
    const plan = draftOf(F001, 2).body;
    expect(plan).toContain('\n\n12.检查督促落实行政执法突出问题整治工作情况（时间：3-8月）\n\n## 二、有关要求');
  });
});
