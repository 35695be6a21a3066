// How the open dataset is named and described, once, for every place that
// describes it: datapackage.json, the schema.org Dataset on /data/ and on
// indicator pages, and the /data/ page itself.
import type { Bilingual } from '../core/bilingual.ts';
import { SITE_NAME } from './source-words.ts';

export const DATASET_TITLE: Bilingual = {
  zh: `${SITE_NAME.zh}：地方科技局工作总结与计划的文本、数字与主题`,
  en: `${SITE_NAME.en}: texts, figures and themes of Chinese local S&T bureau reports`,
};

/** What the dataset holds, for the years the reports cover. */
export function datasetDescription([first, last]: [number, number]): Bilingual {
  return {
    zh: `中国地方科技局公开的工作总结与计划（${first}–${last}年）经整理的全文，及其中的每一个数字（附原句、字符位置与永久链接）、各主题的文字占比、政策工具提及和所用词表。`,
    en: `Curated texts of Chinese local science-and-technology bureau work summaries and plans (${first}–${last}) and every figure in them, each with its sentence, character offsets and permalink; the share of text per theme, policy-instrument mentions, and the lexicons used.`,
  };
}

/** One indicator's figures as a dataset of their own (indicator pages). */
export function indicatorDatasetTitle(name: Bilingual): Bilingual {
  return {
    zh: `${name.zh}：各地科技局报告中的数字`,
    en: `${name.en}: figures in Chinese local S&T bureau reports`,
  };
}

export function indicatorDatasetDescription(name: Bilingual, figures: number): Bilingual {
  return {
    zh: `各地科技局报告中关于“${name.zh}”的 ${figures} 个数字，按口径（存量、新增、目标……）分列，每个数字附原句与永久链接。`,
    en: `${figures} figures on ${name.en.toLowerCase()} from Chinese local S&T bureau reports, by series (stock, new, target …), each with its sentence and permalink.`,
  };
}

export const DATASET_KEYWORDS = [
  'science and technology policy',
  'China',
  'local government',
  'regional innovation',
  '科技局',
  '工作总结',
  '工作计划',
  '科技政策',
];
