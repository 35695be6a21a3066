// Bilingual names of the dataset's codes: Chinese first, English second.
// One table each, for pages, charts, the comparison and search alike.
// Keyed by the codes themselves (src/core/codes.ts): a new doc type, level or period without its name is a type error.
import type { Confidence, DocType, FigureKind, Level, Period, RegionBasis } from '../core/codes.ts';
import type { Bilingual } from '../core/bilingual.ts';

export const DOC_TYPE_LABELS: Record<DocType, Bilingual> = {
  summary: { zh: '工作总结', en: 'Work summary' },
  plan: { zh: '工作计划', en: 'Work plan' },
  'summary+plan': { zh: '总结与计划', en: 'Summary and plan' },
  'supervision-plan': { zh: '行政执法监督计划', en: 'Law-enforcement supervision plan' },
  'assistance-plan': { zh: '帮扶工作计划', en: 'Rural assistance plan' },
};

export const LEVEL_LABELS: Record<Level, Bilingual> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  district: { zh: '区级', en: 'District' },
  county: { zh: '县级', en: 'County' },
};

export const PERIOD_LABELS: Record<Period, Bilingual> = {
  year: { zh: '全年', en: 'Full year' },
  H1: { zh: '上半年', en: 'First half' },
  H2: { zh: '下半年', en: 'Second half' },
  'H1+H2': { zh: '上半年与下半年', en: 'First and second half' },
};

export const KIND_LABELS: Record<FigureKind, Bilingual> = {
  actual: { zh: '实际完成', en: 'Achieved' },
  target: { zh: '目标', en: 'Target' },
};

export const BASIS_LABELS: Record<RegionBasis, Bilingual> = {
  stated: { zh: '原文写明', en: 'Stated in the text' },
  inferred: { zh: '推断', en: 'Inferred' },
  unknown: { zh: '地区不明', en: 'Unidentified region' },
};

export const CONFIDENCE_LABELS: Record<Confidence, Bilingual> = {
  high: { zh: '高', en: 'high' },
  medium: { zh: '中', en: 'medium' },
  low: { zh: '低', en: 'low' },
};

export function label(map: Record<string, Bilingual>, key: string | null | undefined): Bilingual {
  return (key && map[key]) || { zh: key ?? '—', en: key ?? '—' };
}
