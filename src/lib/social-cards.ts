// Which social card each page shares, and what it says: a card per report,
// indicator, curated comparison and chart, one for everything else. The text
// comes from the same helpers the pages use (display title, key figures,
// takeaways), so a card never says what its page does not.
import type { ChartDef } from '../charts/types.ts';
import type { CardContent } from '../cards/card-svg.ts';
import { CURATED } from '../compare/curated.ts';
import { compareReports } from '../compare/from-dataset.ts';
import { comparisonTakeaways } from '../compare/takeaways.ts';
import { allCharts } from './charts.ts';
import { keyFigures } from './key-figures.ts';
import { formatFigure } from '../words/figure-words.ts';
import { displayTitle, regionText, yearSpan, titleNote } from '../words/report-words.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { currentRelease } from './release.ts';
import type { Dataset, Report } from '../pipeline/types.ts';
import { measureText } from '../words/series-words.ts';
import { urls } from '../core/urls.ts';
import { missingGlyphs, MISSING_GLYPH } from '../cards/glyphs.ts';
import { fieldLine } from '../pipeline/corpus/report-file.ts';

export interface SocialCard extends CardContent {
  /** Path under /cards/, e.g. reports/xinyi-2023-summary.png. */
  path: string;
  /** The report a report's card is about (its warnings name the report's file and field). */
  report?: Report;
}

/** A card's path under /cards/ (its page serves it from there). */
const underCards = (url: string) => url.slice(urls.cards().length);

function footer(): string {
  return `区域科技政策图鉴 Regional S&T Policy Atlas · 数据版本 ${currentRelease().version}`;
}

export function socialCards(ds: Dataset): SocialCard[] {
  const cards: SocialCard[] = [];
  const masked = ds.figures.filter((f) => f.masked).length;
  cards.push({
    path: underCards(urls.siteCard()),
    kicker: '区域科技政策图鉴 Regional S&T Policy Atlas',
    title: '各地科技局做了什么，承诺了什么',
    lines: [
      `${ds.reports.length} 篇工作总结与计划 · ${ds.figures.length} 个数字，每个都链接回原句`,
      masked ? `${masked} 个数字原文隐去，照原样标出` : '',
      '',
    ].filter(Boolean),
    footer: footer(),
  });
  for (const r of ds.reports) {
    const figures = ds.index.figuresByReport.get(r.meta.id) ?? [];
    const k = keyFigures(figures, ds.indicators);
    const names = new Map(ds.indicators.map((i) => [i.id, i.name_zh]));
    // A card line names what a value counts: 高新技术企业 存量 183家, never 高新技术企业 108家 for applications.
    const key = [...k.results, ...k.targets]
      .slice(0, 3)
      .map((f) => `${names.get(f.indicator!)} ${measureText(f, ds, true).zh} ${formatFigure(f)}`);
    cards.push({
      report: r,
      path: underCards(urls.reportCard(r.meta.id)),
      kicker: `报告 · ${DOC_TYPE_LABELS[r.meta.doc_type]?.zh ?? ''}`,
      title: displayTitle(r.meta),
      lines: [
        titleNote(r.meta).zh,
        key.length ? key.join(' · ') : `${figures.length} 个数字`,
        `${regionText(r.meta)} · ${yearSpan(r.meta)} · ${figures.length} 个数字${k.masked.count ? `（${k.masked.count} 个原文隐去）` : ''}`,
      ],
      footer: footer(),
    });
  }
  // A card for every indicator page (every indicator with a figure), counting what its series hold.
  for (const ind of ds.indicators.filter((i) => ds.index.figuresByIndicator.has(i.id))) {
    const all = ds.index.figuresByIndicator.get(ind.id) ?? [];
    const inSeries = ds.index.seriesFiguresByIndicator.get(ind.id) ?? [];
    cards.push({
      path: underCards(urls.indicatorCard(ind.id)),
      kicker: '指标 Indicator',
      title: `${ind.name_zh} ${ind.name_en}`,
      lines: [
        `${all.length} 个数字，来自 ${new Set(all.map((f) => f.report)).size} 篇报告；${inSeries.length} 个已核对、列入系列`,
        '每个数字都链接回它的原句',
      ],
      footer: footer(),
    });
  }
  for (const c of CURATED) {
    const takeaways = comparisonTakeaways(compareReports(ds, c.selections)).map((s) =>
      s.map((run) => run.text).join(''),
    );
    cards.push({
      path: underCards(urls.comparisonCard(c.slug)),
      kicker: '对比 Comparison',
      title: c.title.zh,
      lines: takeaways.slice(0, 2),
      footer: footer(),
    });
  }
  for (const def of allCharts(ds) as ChartDef[]) {
    cards.push({
      path: underCards(urls.chartCard(def.id)),
      kicker: '图表 Chart',
      title: def.title.zh,
      lines: [def.alt.zh],
      footer: footer(),
    });
  }
  return cards;
}

const codePoint = (c: string) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The frontmatter field (path and line) of a report whose words hold `char`, for a warning that points at it. */
function fieldWith(report: Report, char: string): { field: string; line: number } | null {
  const walk = (value: unknown, path: (string | number)[]): (string | number)[] | null => {
    if (typeof value === 'string') return value.includes(char) ? path : null;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const found = walk(value[i], [...path, i]);
        if (found) return found;
      }
    } else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const found = walk(v, [...path, key]);
        if (found) return found;
      }
    }
    return null;
  };
  const path = walk(report.meta, []);
  return path ? { field: path.join('.'), line: fieldLine(report, path) } : null;
}

/**
 * One warning per card holding characters no card font can draw (drawn as □):
 * `file:line: field "…": …` for a report's card, else the card and where its
 * words come from. The build prints them; nothing is dropped silently.
 */
export function cardGlyphWarnings(cards: readonly SocialCard[]): string[] {
  const warnings: string[] = [];
  for (const card of cards) {
    const text = [card.kicker, card.title, ...card.lines.slice(0, 3), card.footer].join('\n');
    const missing = missingGlyphs(text);
    const [first] = missing;
    if (first === undefined) continue;
    const what = `the social card ${urls.cards()}${card.path} draws ${missing.map(codePoint).join(', ')} as ${MISSING_GLYPH}: no card font has ${missing.length > 1 ? 'them' : 'it'}`;
    const at = card.report ? fieldWith(card.report, first) : null;
    if (card.report && at) warnings.push(`${card.report.file}:${at.line}: field "${at.field}": ${what}`);
    else if (card.report) warnings.push(`${card.report.file}: ${what}`);
    else warnings.push(`${what} (its words come from the lexicons in data/ or a chart's title)`);
  }
  return warnings;
}
