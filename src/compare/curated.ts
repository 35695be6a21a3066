// The curated comparisons: fixed selections rendered as static pages that
// work without JavaScript (/compare/<slug>/), each with a CSV download.
import type { Bilingual, Selection } from './types.ts';

export interface CuratedComparison {
  slug: string;
  title: Bilingual;
  description: Bilingual;
  selections: Selection[];
  /** `plan-result` pages lead with the plan-against-result tables. */
  focus: 'full' | 'plan-result';
}

export const CURATED: CuratedComparison[] = [
  {
    slug: '2024-plans',
    title: {
      zh: '2024 年工作计划对比：薛城区、梁溪区、长沙县、仙居县',
      en: '2024 work plans side by side: Xuecheng, Liangxi, Changsha County, Xianju',
    },
    description: {
      zh: '四个区县科技局 2024 年的计划：各自重点在哪些主题、定了哪些目标、用了哪些政策工具。仙居县取其下半年计划部分。',
      en: 'Four district and county bureaus’ plans for 2024: which themes they stress, which targets they set, which policy instruments they use. For Xianju, the second-half plan part.',
    },
    selections: [
      { id: 'xuecheng-2024-plan' },
      { id: 'liangxi-2024-plan' },
      { id: 'changsha-county-2024-plan' },
      { id: 'xianju-2024-h1-summary-h2-plan', section: 'plan' },
    ],
    focus: 'full',
  },
  {
    slug: 'city-summaries',
    title: {
      zh: '三市工作总结对比：六盘水、宁波、安庆',
      en: 'Three city summaries side by side: Liupanshui, Ningbo, Anqing',
    },
    description: {
      zh: '约 2010–2012 年三个地级市科技局的工作总结。原文年份被转载网站改写，年份为推断。',
      en: 'Work summaries of three prefecture-level city bureaus from about 2010–2012. The host site rewrote the years; the years are inferred.',
    },
    selections: [{ id: 'liupanshui-2010-summary' }, { id: 'ningbo-2012-summary' }, { id: 'anqing-2011-summary' }],
    focus: 'full',
  },
  {
    slug: 'plan-vs-result',
    title: {
      zh: '目标与实绩：兖州区 2022/2023、仙居县 2024 上/下半年',
      en: 'Targets against results: Yanzhou 2022/2023, Xianju 2024 first/second half',
    },
    description: {
      zh: '同一份报告里既有实绩又有目标：把每个目标与同一口径（同一指标、所计何物、范围）的实绩并排，没有可比实绩的目标照实说明。目标针对的是下一时期，并非对实绩的考核。',
      en: 'Reports holding both results and targets: each target beside the results of the same series (indicator, what is counted, scope), and a target with no comparable result said to have none. The targets are for the next period, not a test of the results.',
    },
    selections: [{ id: 'yanzhou-2022-summary-2023-plan' }, { id: 'xianju-2024-h1-summary-h2-plan' }],
    focus: 'plan-result',
  },
];

export function curatedBySlug(slug: string): CuratedComparison | undefined {
  return CURATED.find((c) => c.slug === slug);
}
