// Sentences generated from the data by templates, each part that states a
// fact linking to its evidence: what the corpus shows (home) — which theme
// leads which kind of report, which indicator recurs, where the targets are,
// how much the sources hide. Nothing is written that the data does not hold;
// a template whose data is missing says nothing.
import { countsInSeries } from '../pipeline/figures/series.ts';
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import { urls } from '../core/urls.ts';
import { reportShortName } from '../words/report-words.ts';

/** A sentence as text runs; a run with an href links to its evidence. */
export type Run = { text: string; href?: string };
export type Sentence = Run[];

const pct = (x: number) => `${Math.round(x * 100)}%`;
const isPlan = (r: Report) => /plan/.test(r.meta.doc_type);
const isSummary = (r: Report) => /summary/.test(r.meta.doc_type);

/** The theme with the largest share of text in each report (none when no theme fired). */
export function leadingThemes(ds: Dataset): Map<string, { theme: string; share: number }> {
  const lead = new Map<string, { theme: string; share: number }>();
  for (const t of ds.reportThemes) {
    const cur = lead.get(t.report);
    if (t.share > 0 && (!cur || t.share > cur.share || (t.share === cur.share && t.theme < cur.theme)))
      lead.set(t.report, { theme: t.theme, share: t.share });
  }
  return lead;
}

/** The report a figure of the dataset belongs to; a figure without its report is a fault in the dataset. */
function reportOf(ds: Dataset, id: string): Report {
  const report = ds.index.reportById.get(id);
  if (!report) throw new Error(`takeaways: no report ${id} in the dataset`);
  return report;
}

function themeLeadSentence(ds: Dataset, reports: readonly Report[], kindZh: string): Sentence | null {
  if (reports.length === 0) return null;
  const lead = leadingThemes(ds);
  const counts = new Map<string, { report: Report; share: number }[]>();
  for (const r of reports) {
    const l = lead.get(r.meta.id);
    if (l) counts.set(l.theme, [...(counts.get(l.theme) ?? []), { report: r, share: l.share }]);
  }
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, 3);
  const [top] = ranked;
  if (!top) return null;
  const runs: Run[] = [{ text: `${reports.length} 篇${kindZh}各自着墨最多的主题：` }];
  ranked.forEach(([theme, led], i) => {
    const def = ds.themes.find((t) => t.id === theme);
    if (i > 0) runs.push({ text: '、' });
    runs.push({ text: `“${def?.zh ?? theme}”`, href: urls.theme(theme) }, { text: `${led.length} 篇` });
  });
  const [topTheme, topLed] = top;
  const [example] = [...topLed].sort((a, b) => b.share - a.share || a.report.meta.id.localeCompare(b.report.meta.id));
  if (!example) return null;
  const rest = reports.length - [...counts.values()].reduce((n, l) => n + l.length, 0);
  runs.push(
    {
      text: `${counts.size > ranked.length ? '等' : ''}；“${ds.themes.find((t) => t.id === topTheme)?.zh ?? topTheme}”占比最高的是`,
    },
    { text: reportShortName(example.report.meta), href: urls.report(example.report.meta.id) },
    {
      text: `（${pct(example.share)} 的文字）${rest > 0 ? `；另有 ${rest} 篇未归入任何主题` : ''}。`,
    },
  );
  return runs;
}

function indicatorSentence(ds: Dataset): Sentence | null {
  const byIndicator = new Map<string, { reports: Set<string>; figures: number }>();
  for (const f of ds.figures) {
    if (!f.indicator || !countsInSeries(f)) continue;
    const counts = byIndicator.get(f.indicator) ?? { reports: new Set<string>(), figures: 0 };
    counts.reports.add(f.report);
    counts.figures += 1;
    byIndicator.set(f.indicator, counts);
  }
  const [top] = [...byIndicator.entries()].sort(
    (a, b) => b[1].reports.size - a[1].reports.size || b[1].figures - a[1].figures || a[0].localeCompare(b[0]),
  );
  if (!top) return null;
  const [id, { reports, figures }] = top;
  const ind = ds.indicators.find((i) => i.id === id);
  return [
    { text: '各地报告最常给出的数字是' },
    { text: `“${ind?.name_zh ?? id}”`, href: urls.indicator(id) },
    { text: `：${reports.size} 篇报告里共 ${figures} 个。` },
  ];
}

function targetSentence(ds: Dataset): Sentence | null {
  const targets = ds.figures.filter((f) => f.kind === 'target' && countsInSeries(f));
  if (targets.length === 0) return null;
  // A report's list is made with its first target: never empty.
  const byReport = new Map<string, [Figure, ...Figure[]]>();
  for (const f of targets) {
    const list = byReport.get(f.report);
    if (list) list.push(f);
    else byReport.set(f.report, [f]);
  }
  const [most] = [...byReport.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (!most) return null;
  const [top, list] = most;
  const report = reportOf(ds, top);
  return [
    { text: `${targets.length} 个数字是目标而非实绩，分布在 ${byReport.size} 篇报告中；目标最多的是` },
    { text: reportShortName(report.meta), href: urls.figure(top, list[0].n) },
    {
      text: `（${list.length} 个${list.some((f) => f.masked) ? `，其中 ${list.filter((f) => f.masked).length} 个原文隐去` : ''}）。`,
    },
  ];
}

function maskedSentence(ds: Dataset): Sentence | null {
  const masked = ds.figures.filter((f) => f.masked);
  const [firstMasked] = masked;
  if (!firstMasked) return [{ text: '所有数字都有数值，没有被原文隐去的。' }];
  const reports = [...new Set(masked.map((f) => f.report))];
  const first = reportOf(ds, firstMasked.report);
  return [
    {
      text: `原文隐去了 ${masked.length} 个数字（写作“**”），${reports.length === 1 ? '全部来自' : `来自 ${reports.length} 篇报告，如`}`,
    },
    {
      text: reportShortName(first.meta),
      href: urls.figure(first.meta.id, firstMasked.n),
    },
    { text: '；它们只标为隐去，从不补填。' },
  ];
}

export function homeTakeaways(ds: Dataset): Sentence[] {
  return [
    themeLeadSentence(ds, ds.reports.filter(isPlan), '计划'),
    themeLeadSentence(ds, ds.reports.filter(isSummary), '总结'),
    indicatorSentence(ds),
    targetSentence(ds),
    maskedSentence(ds),
  ].filter((s): s is Sentence => s !== null);
}
