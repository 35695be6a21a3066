// How a figure reads, wherever it is shown: its value (a rank as a place, a
// masked figure as redacted), its tooltip and what redacted means. One
// wording for the report text, the tables, the charts' tips, the comparison
// (built and in the browser), key figures and cards.
import type { Bilingual } from '../core/bilingual.ts';
import type { FigureKind } from '../core/codes.ts';
import { formatNumber } from '../core/format.ts';
import { KIND_LABELS } from './labels.ts';

/** A figure whose number the source hid (`**家`, `X家`): shown as written, never guessed. */
export const REDACTED: Bilingual = { zh: '原文隐去', en: 'redacted in the source' };

/** A rank reads as a rank (第1, 第一), never as an amount: a bare 3 of 全市排名3 becomes 第3. */
export function rankText(raw: string): string {
  return /^第|[名位]$/u.test(raw) ? raw : `第${raw}`;
}

/** What a figure's value needs: how it was written, its number and unit, its qualifier (余, 以上 …). */
export interface FigureValueParts {
  masked: boolean;
  value: number | null;
  unit: string;
  qualifier: string;
  raw: string;
}

/**
 * A figure's value as a reader should see it, its qualifier where Chinese
 * puts it: 近1,576家, 180余名, 1,576家以上; a masked one stays as written, marked redacted.
 */
export function formatFigure(f: FigureValueParts): string {
  if (f.masked) return `${f.raw}（${REDACTED.zh}）`;
  const q = f.qualifier;
  const before = /^(近|约|超)/.test(q) ? q : '';
  const inside = /^(余|多)/.test(q) ? q : '';
  const after = q && !before && !inside ? q : '';
  return `${before}${formatNumber(f.value)}${inside}${f.unit}${after}`;
}

/** What a tooltip needs of a figure. */
export interface TipFigure {
  kind: FigureKind;
  /** A rank (measure rank) reads as a place, not an amount. */
  measure: string | null;
  label: string;
  masked: boolean;
  value_norm: number | null;
  unit_norm: string;
  /** Whether a curator checked it; a machine-read figure's tip says so. */
  review?: 'verified' | 'machine';
  /** What it counts (新增（新认定） · 目标, 排名): said in place of the bare kind when known. */
  measure_label?: Bilingual;
}

/** `研发投入 · 总额 · 1,200 万元`; `indicatorName` is the indicator's name when the figure has one. */
export function figureTip(f: TipFigure, indicatorName?: string): string {
  const kind = f.measure_label?.zh ?? KIND_LABELS[f.kind]?.zh ?? f.kind;
  const what = indicatorName ?? (f.label || '未归类指标');
  const amount =
    f.measure === 'rank' ? `第${formatNumber(f.value_norm)}名` : `${formatNumber(f.value_norm)} ${f.unit_norm}`;
  const tip = `${what} · ${kind} · ${f.masked ? REDACTED.zh : amount}`;
  return f.review === 'machine' ? `${tip} · ${REVIEW_STATE.machine.zh}` : tip;
}

/** Whether a person has checked a figure: verified figures go into series; the machine's stay in their report, marked. */
export const REVIEW_STATE: Record<'verified' | 'machine', Bilingual> = {
  verified: { zh: '已核对', en: 'verified' },
  machine: { zh: '待核对', en: 'unverified (machine-read)' },
};

/** Why a verified figure is not its series' value: a second statement of another, or a part / one of several. */
export const NOT_A_SERIES_VALUE: Record<'duplicate' | 'offSeries', Bilingual> = {
  duplicate: { zh: '同一事实的又一处陈述', en: 'the same fact stated again' },
  offSeries: { zh: '不作系列数值（部分或其中一项）', en: 'not the series value (a part, or one of several)' },
};

/** A report's figures chart on its own page: its data are the page's table of all figures, not repeated. */
export const DATA_IN_FIGURE_TABLE: Bilingual = {
  zh: '图中数据见本页“全部数字”表（含原句与核对状态）',
  en: "The data plotted are in this page's table of all figures (with sentences and review state)",
};
