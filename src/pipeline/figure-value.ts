// What a figure says, without where it sits: the fields every published copy
// of a figure carries (the /data rows, the comparison's per-report data), in
// one order, so the copies cannot drift apart.
import type { Figure } from './types.ts';

export type FigureValue = Pick<
  Figure,
  | 'raw'
  | 'value'
  | 'unit'
  | 'value_norm'
  | 'unit_norm'
  | 'kind'
  | 'qualifier'
  | 'subject_qualifier'
  | 'period'
  | 'masked'
  | 'indicator'
  | 'label'
  | 'theme'
>;

export function figureValue(f: Figure): FigureValue {
  return {
    raw: f.raw,
    value: f.value,
    unit: f.unit,
    value_norm: f.value_norm,
    unit_norm: f.unit_norm,
    kind: f.kind,
    qualifier: f.qualifier,
    subject_qualifier: f.subject_qualifier,
    period: f.period,
    masked: f.masked,
    indicator: f.indicator,
    label: f.label,
    theme: f.theme,
  };
}
