// A title for a report whose source gives none (a news item, a page that
// starts with the text), composed from what the ingest found: place, years
// and document type. It is published only as inferred (title_basis), never as
// the source's words, and never a file name.
import type { DocType, Period } from './classify.ts';
import type { GbRegion, Level } from './gb2260.ts';

const LEVEL_ZH: Record<Level, string> = { province: '省', city: '市', district: '区', county: '县' };

export interface TitleFacts {
  region: GbRegion | null;
  level: Level | null;
  /** The years found, or none when they are unknown or unreliable. */
  years: number[];
  docType: DocType;
  period: Period;
}

/** 鄂城区2022年科技工作总结, 市2019年科技工作总结和2020年工作计划, 县上半年科技工作总结. */
export function composeTitle(f: TitleFacts): string {
  const place = f.region?.name ?? (f.level ? LEVEL_ZH[f.level] : '');
  const [first, second] = f.years;
  const y = first ? `${first}年` : '';
  switch (f.docType) {
    case 'summary+plan':
      if (f.period === 'H1+H2') return `${place}${y}上半年科技工作总结和下半年工作计划`;
      return `${place}${y}科技工作总结和${second ? `${second}年` : ''}工作计划`;
    case 'plan':
      return `${place}${y}${f.period === 'H2' ? '下半年' : ''}科技工作计划`;
    case 'supervision-plan':
      return `${place}${y}科技行政执法监督工作计划`;
    case 'assistance-plan':
      return `${place}${y}科技帮扶工作计划`;
    default:
      return `${place}${y}${f.period === 'H1' ? '上半年' : ''}科技工作总结`;
  }
}
