import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InstrumentHit, ThemeDef, ThemeHit } from '../types.ts';
import { GAP_MARK } from '../types.ts';
import { loadInstruments, loadThemes } from './lexicon.ts';
import { apportion, reportInstrumentCounts, reportThemeShares, visibleChars } from './shares.ts';
import { tagInstruments, tagThemes } from './tag.ts';

const themes: readonly ThemeDef[] = [
  { id: 'a', zh: '甲', en: 'A', keywords: ['甲'] },
  { id: 'b', zh: '乙', en: 'B', keywords: ['乙'] },
  { id: 'c', zh: '丙', en: 'C', keywords: ['丙'] },
];

describe('apportion', () => {
  it('splits whole characters by weight and loses none', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [2, 1])).toEqual([5, 2]);
    expect(apportion(5, [])).toEqual([]);
  });
});

describe('reportThemeShares', () => {
  it('divides a paragraph among its themes by keywords fired, and counts untagged text as none', () => {
    const paragraphs = [
      { report: 'r', n: 0, text: '一二三四五六七八九十' }, // 10 chars: a (2 keywords), b (1 keyword)
      { report: 'r', n: 1, text: '一二三四五六七八九十' }, // 10 chars: untagged
      { report: 'r', n: 2, text: GAP_MARK, kind: 'gap' },
    ];
    const hits = new Map<string, ThemeHit[]>([
      [
        'r#0',
        [
          { theme: 'a', keywords: ['甲', '甲甲'] },
          { theme: 'b', keywords: ['乙'] },
        ],
      ],
    ]);
    const rows = reportThemeShares(paragraphs, hits, themes);
    expect(rows).toEqual([
      { report: 'r', theme: 'a', chars: 7, share: 7 / 20, paragraphs: 1 },
      { report: 'r', theme: 'b', chars: 3, share: 3 / 20, paragraphs: 1 },
      { report: 'r', theme: 'c', chars: 0, share: 0, paragraphs: 0 },
    ]);
  });

  it('keeps reports apart and ignores whitespace', () => {
    const paragraphs = [
      { report: 'x', n: 0, text: '甲 甲' },
      { report: 'y', n: 0, text: '乙乙乙乙' },
    ];
    const hits = new Map<string, ThemeHit[]>([
      ['x#0', [{ theme: 'a', keywords: ['甲'] }]],
      ['y#0', [{ theme: 'b', keywords: ['乙'] }]],
    ]);
    const rows = reportThemeShares(paragraphs, hits, themes).filter((r) => r.chars > 0);
    expect(rows).toEqual([
      { report: 'x', theme: 'a', chars: 2, share: 1, paragraphs: 1 },
      { report: 'y', theme: 'b', chars: 4, share: 1, paragraphs: 1 },
    ]);
  });

  it('gives each real report shares that sum to at most 1 and cover most of its text', () => {
    const lexicon = loadThemes('data/themes.csv');
    for (const file of ['000_eec4c7015d6b4007.txt', '001_c29dd90ba846ba03.txt', '004_87709b1c34e14cd9.txt']) {
      const lines = readFileSync(`content/sources/${file}`, 'utf8')
        .split('\n')
        .filter((l) => l.trim());
      const paragraphs = lines.map((text, n) => ({ report: file, n, text }));
      const hits = new Map(paragraphs.map((p) => [`${p.report}#${p.n}`, tagThemes(p.text, lexicon)]));
      const rows = reportThemeShares(paragraphs, hits, lexicon);
      const total = rows.reduce((sum, r) => sum + r.share, 0);
      expect(rows).toHaveLength(lexicon.length);
      expect(total, file).toBeLessThanOrEqual(1 + 1e-9);
      expect(total, file).toBeGreaterThan(0.5);
      const chars = rows.reduce((sum, r) => sum + r.chars, 0);
      expect(chars).toBeLessThanOrEqual(paragraphs.reduce((sum, p) => sum + visibleChars(p.text), 0));
    }
  });
});

describe('reportInstrumentCounts', () => {
  it('counts sentences per instrument and picks the clearest example', () => {
    const sentences = [
      { report: 'r', n: 0 },
      { report: 'r', n: 1 },
      { report: 'r', n: 2 },
      { report: 's', n: 0 },
    ];
    const hits = new Map<string, InstrumentHit[]>([
      ['r#0', [{ instrument: 'env_tax', keywords: ['税收'] }]],
      [
        'r#1',
        [
          { instrument: 'env_tax', keywords: ['所得税', '加计扣除'] },
          { instrument: 'env_goals', keywords: ['力争'] },
        ],
      ],
      ['r#2', [{ instrument: 'env_tax', keywords: ['减免'] }]],
      ['s#0', [{ instrument: 'env_goals', keywords: ['目标'] }]],
    ]);
    expect(reportInstrumentCounts(sentences, hits)).toEqual([
      { report: 'r', instrument: 'env_tax', mentions: 3, example_sentence: 1 },
      { report: 'r', instrument: 'env_goals', mentions: 1, example_sentence: 1 },
      { report: 's', instrument: 'env_goals', mentions: 1, example_sentence: 0 },
    ]);
  });

  it('finds regulation dominating the law-enforcement plan', () => {
    const text = readFileSync('content/sources/001_c29dd90ba846ba03.txt', 'utf8');
    const plan = text.slice(
      text.lastIndexOf('市科技局2024年度行政执法监督工作计划\n'),
      text.lastIndexOf('县科技局2024年度帮扶工作计划\n'),
    );
    const sentences = plan
      .split(/\n|(?<=[。；;])/)
      .filter((s) => s.trim())
      .map((s, n) => ({ report: 'suzhou', n, text: s }));
    expect(sentences.length).toBeGreaterThan(15);
    const lexicon = loadInstruments('data/instruments.csv');
    const hits = new Map(sentences.map((s) => [`suzhou#${s.n}`, tagInstruments(s.text, lexicon)]));
    const counts = reportInstrumentCounts(sentences, hits);
    expect(counts[0]?.instrument).toBe('env_regulation');
    expect(counts[0]?.mentions).toBeGreaterThan(sentences.length / 2);
  });
});
