// A series figure's value as the series view's table writes it.
import type { IndicatorSeries } from '../charts/indicator-series.ts';
import { rankText } from '../words/figure-words.ts';

export type SeriesFigure = IndicatorSeries['figures'][number];

/** A figure's value as a series lists it: a rank as a rank (第3), a redacted one as written. */
export const seriesValue = (f: SeriesFigure) => (f.measure === 'rank' && !f.masked ? rankText(f.raw) : f.raw);
