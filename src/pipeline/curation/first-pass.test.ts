import { describe, expect, it } from 'vitest';
import type { CurationDecision, FigureLabels } from './decisions.ts';
import { firstPass } from './first-pass.ts';

const labels = (over: Partial<FigureLabels> = {}): FigureLabels => ({
  value: 44,
  unit: '家',
  kind: 'actual',
  indicator: 'high_tech_enterprises',
  measure: 'stock',
  scope: null,
  period: '',
  rank_of: null,
  rank_among: null,
  ...over,
});
const decision = (over: Partial<CurationDecision>): CurationDecision => ({
  line: 2,
  report: 'r',
  offset: 0,
  raw: '44家',
  status: 'verified',
  labels: labels(),
  inSeries: true,
  sameAs: null,
  note: '',
  proposed: labels(),
  reviewed: '2026-12-07',
  ...over,
});

describe('firstPass', () => {
  it('scores the proposals recorded at review against what was verified, field by field', () => {
    const pass = firstPass([
      decision({}),
      decision({ proposed: labels({ measure: 'new' }) }),
      decision({ proposed: labels({ indicator: null, period: '2020年' }) }),
      decision({ status: 'rejected', labels: null }),
      decision({ status: 'duplicate', labels: null, sameAs: 0 }),
      decision({ proposed: null, inSeries: false }),
    ]);
    expect(pass).toMatchObject({ decided: 6, verified: 4, rejected: 1, duplicates: 1, missed: 1, offSeries: 1 });
    expect(pass.precision).toBeCloseTo(4 / 5);
    expect(pass.recall).toBeCloseTo(3 / 4);
    expect(pass.accuracy.measure).toBeCloseTo(2 / 3);
    expect(pass.accuracy.indicator).toBeCloseTo(2 / 3);
    expect(pass.accuracy.period).toBeCloseTo(2 / 3);
    expect(pass.accuracy.kind).toBe(1);
  });

  it('says nothing when nothing was decided', () => {
    expect(firstPass([])).toMatchObject({ decided: 0, precision: null, recall: null });
  });
});
