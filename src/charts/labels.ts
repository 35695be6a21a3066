// Names of dataset things for charts, in both languages, looked up in the
// dataset (region and indicator names from the lexicons, a unique short label
// per report). The wording itself (regions, years, sources, ranks) is the
// words layer's; chart styling per document type is here.
import type { Dataset, Figure, Report } from '../pipeline/types.ts';
import type { DocType } from '../core/codes.ts';
import type { Bilingual } from '../core/bilingual.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { regionLabel, UNKNOWN_REGION, yearSpan } from '../words/report-words.ts';

export const DOC_TYPE_TOKEN: Record<DocType, string> = {
  summary: 'doc-summary',
  plan: 'doc-plan',
  'summary+plan': 'doc-summary-plan',
  'supervision-plan': 'doc-supervision-plan',
  'assistance-plan': 'doc-assistance-plan',
};

export const DOC_TYPE_SYMBOL: Record<DocType, string> = {
  summary: 'circle',
  plan: 'triangle',
  'summary+plan': 'diamond',
  'supervision-plan': 'square',
  'assistance-plan': 'star',
};

export function regionName(ds: Dataset, code: string | null, fallbackZh?: string): Bilingual {
  if (code === null) return UNKNOWN_REGION;
  const region = ds.index.regionByCode.get(code);
  if (region) return { zh: region.name_zh, en: region.name_en };
  return { zh: fallbackZh || code, en: fallbackZh ? `${fallbackZh} (${code})` : code };
}

export function reportRegion(ds: Dataset, report: Report): Bilingual {
  const code = report.meta.region.code;
  return code === null ? UNKNOWN_REGION : regionName(ds, code, report.meta.region.name);
}

/** "新沂市 2023", "兖州区（推断） 2022–2023", "六盘水市 约2010": the words layer's region and year, with the region table's names. */
function baseLabel(ds: Dataset, report: Report): Bilingual {
  const m = report.meta;
  const names = reportRegion(ds, report);
  const region = (lang: 'zh' | 'en') => regionLabel(m.region.code ? names[lang] : null, m.region_basis, lang);
  return { zh: `${region('zh')} ${yearSpan(m, 'zh')}`, en: `${region('en')} ${yearSpan(m, 'en')}` };
}

const labelsMemo = new WeakMap<Dataset, Map<string, Bilingual>>();

/** A short, unique label per report (region and year; doc type added on a clash). Built once per dataset. */
export function reportLabels(ds: Dataset): Map<string, Bilingual> {
  const memo = labelsMemo.get(ds);
  if (memo) return memo;
  const bases = ds.reports.map((r) => [r, baseLabel(ds, r)] as const);
  const counts = new Map<string, number>();
  for (const [, b] of bases) counts.set(b.zh, (counts.get(b.zh) ?? 0) + 1);
  const labels = new Map<string, Bilingual>();
  for (const [r, b] of bases) {
    if ((counts.get(b.zh) ?? 0) < 2) {
      labels.set(r.meta.id, b);
      continue;
    }
    const t = DOC_TYPE_LABELS[r.meta.doc_type];
    labels.set(r.meta.id, { zh: `${b.zh} ${t.zh}`, en: `${b.en} ${t.en}` });
  }
  labelsMemo.set(ds, labels);
  return labels;
}

export function themeName(ds: Dataset, themeId: string | null): Bilingual {
  if (themeId === null) return { zh: '未归类', en: 'Unclassified' };
  const t = ds.themes.find((x) => x.id === themeId);
  return t ? { zh: t.zh, en: t.en } : { zh: themeId, en: themeId };
}

export function indicatorName(ds: Dataset, indicatorId: string): Bilingual {
  const i = ds.indicators.find((x) => x.id === indicatorId);
  return i ? { zh: i.name_zh, en: i.name_en } : { zh: indicatorId, en: indicatorId };
}

/**
 * The year a figure speaks about: a combined summary+plan report covers two
 * years (2022 summary, 2023 plan), so targets belong to its last year and
 * everything else to its first.
 */
export function figureYear(report: Report, figure: Figure): number {
  const years = report.meta.years.length ? report.meta.years : [report.meta.year];
  return figure.kind === 'target' ? Math.max(...years) : Math.min(...years);
}

/** What a figure counts; when the extractor found no words, the text just before it. */
export function figureLabel(f: Figure): string {
  // 存续 + 存续期高企 is said once.
  const label = (f.label.includes(f.subject_qualifier) ? f.label : `${f.subject_qualifier}${f.label}`).trim();
  if (label) return label;
  const at = f.sentence.indexOf(f.raw);
  const before = (at >= 0 ? f.sentence.slice(0, at) : f.sentence).replace(/[，。；、：,;:\s]+$/u, '');
  const tail = [...before].slice(-8).join('');
  return tail ? `…${tail}` : '（未标注）';
}
