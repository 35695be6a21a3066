// Sentences generated from the data by templates, each part that states a
// fact linking to its evidence: what the corpus shows (home) — which theme
// leads which kind of report, which indicator recurs, where the targets are,
// how much the sources hide. Nothing is written that the data does not hold;
// a template whose data is missing says nothing.
import { countsInSeries } from '../pipeline/figures/series.ts';
import type { Dataset, Report } from '../pipeline/types.ts';
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

function themeLeadSentence(ds: Dataset, reports: readonly Report[], kindZh: string): Sentence | null {
  if (reports.length === 0) return null;
  const lead = leadingThemes(ds);
  const counts = new Map<string, Report[]>();
  for (const r of reports) {
    const l = lead.get(r.meta.id);
    if (l) counts.set(l.theme, [...(counts.get(l.theme) ?? []), r]);
  }
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, 3);
  if (ranked.length === 0) return null;
  const runs: Run[] = [{ text: `${reports.length} 篇${kindZh}各自着墨最多的主题：` }];
  ranked.forEach(([theme, led], i) => {
    const def = ds.themes.find((t) => t.id === theme);
    if (i > 0) runs.push({ text: '、' });
    runs.push({ text: `“${def?.zh ?? theme}”`, href: urls.theme(theme) }, { text: `${led.length} 篇` });
  });
  const [topTheme, topLed] = ranked[0];
  const example = [...topLed].sort(
    (a, b) => lead.get(b.meta.id)!.share - lead.get(a.meta.id)!.share || a.meta.id.localeCompare(b.meta.id),
  )[0];
  const rest = reports.length - [...counts.values()].reduce((n, l) => n + l.length, 0);
  runs.push(
    {
      text: `${counts.size > ranked.length ? '等' : ''}；“${ds.themes.find((t) => t.id === topTheme)?.zh ?? topTheme}”占比最高的是`,
    },
    { text: reportShortName(example.meta), href: urls.report(example.meta.id) },
    {
      text: `（${pct(lead.get(example.meta.id)!.share)} 的文字）${rest > 0 ? `；另有 ${rest} 篇未归入任何主题` : ''}。`,
    },
  );
  return runs;
}

function indicatorSentence(ds: Dataset): Sentence | null {
  const reportsOf = new Map<string, Set<string>>();
  const figuresOf = new Map<string, number>();
  for (const f of ds.figures) {
    if (!f.indicator || !countsInSeries(f)) continue;
    reportsOf.set(f.indicator, (reportsOf.get(f.indicator) ?? new Set()).add(f.report));
    figuresOf.set(f.indicator, (figuresOf.get(f.indicator) ?? 0) + 1);
  }
  const ranked = [...reportsOf.entries()].sort(
    (a, b) => b[1].size - a[1].size || figuresOf.get(b[0])! - figuresOf.get(a[0])! || a[0].localeCompare(b[0]),
  );
  if (ranked.length === 0) return null;
  const [id, reps] = ranked[0];
  const ind = ds.indicators.find((i) => i.id === id);
  return [
    { text: '各地报告最常给出的数字是' },
    { text: `“${ind?.name_zh ?? id}”`, href: urls.indicator(id) },
    { text: `：${reps.size} 篇报告里共 ${figuresOf.get(id)} 个。` },
  ];
}

function targetSentence(ds: Dataset): Sentence | null {
  const targets = ds.figures.filter((f) => f.kind === 'target' && countsInSeries(f));
  if (targets.length === 0) return null;
  const byReport = new Map<string, typeof targets>();
  for (const f of targets) byReport.set(f.report, [...(byReport.get(f.report) ?? []), f]);
  const [top, list] = [...byReport.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0];
  const report = ds.reports.find((r) => r.meta.id === top)!;
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
  if (masked.length === 0) return [{ text: '所有数字都有数值，没有被原文隐去的。' }];
  const reports = [...new Set(masked.map((f) => f.report))];
  const first = ds.reports.find((r) => r.meta.id === reports[0])!;
  return [
    {
      text: `原文隐去了 ${masked.length} 个数字（写作“**”），${reports.length === 1 ? '全部来自' : `来自 ${reports.length} 篇报告，如`}`,
    },
    {
      text: reportShortName(first.meta),
      href: urls.figure(first.meta.id, masked.find((f) => f.report === first.meta.id)!.n),
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
