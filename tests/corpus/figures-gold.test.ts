// The extractor against the hand-annotated gold (tests/fixtures/gold): the
// scores may not fall below the floors, set a small margin under what the
// extractor reached when they were written (precision 1.000, recall 1.000,
// kind accuracy 0.997 over 392 gold figures in all eleven reports). The
// annotation rules are in src/pipeline/figures/README.md.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateGold, inSampleEvaluation, sectionJson } from '../../src/authoring/evaluation/evaluate.ts';
import { overallScore, parseGold, scoreReport } from '../../src/authoring/evaluation/gold.ts';
import { extractFigures } from '../../src/pipeline/figures/index.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { present } from '../helpers/present.ts';

const NO_INDICATORS = { ...loadLexicons('data'), indicators: [] };

const FLOORS = { precision: 0.98, recall: 0.97, kindAccuracy: 0.97 };
// In-sample, after the measure rules were written from these reports (0.881 and 0.977 then).
const SERIES_FLOORS = { indicatorAccuracy: 0.85, measureAccuracy: 0.94 };
const PER_REPORT_FLOORS = { precision: 0.9, recall: 0.85 };

describe('figure extraction against the gold annotations', () => {
  const scores = evaluateGold('tests/fixtures/gold', 'content/reports', loadLexicons('data'));

  it('covers at least the five required reports', () => {
    const reports = scores.map((s) => s.report);
    for (const id of [
      'xinyi-2023-summary',
      'xianju-2024-h1-summary-h2-plan',
      'changsha-county-2024-plan',
      'yanzhou-2022-summary-2023-plan',
      'liangxi-2024-plan',
    ]) {
      expect(reports).toContain(id);
    }
    expect(overallScore(scores).gold).toBeGreaterThanOrEqual(390);
  });

  it('stays above the overall floors', () => {
    const overall = overallScore(scores);
    expect(overall.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(overall.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(overall.kindAccuracy).toBeGreaterThanOrEqual(FLOORS.kindAccuracy);
  });

  it('annotates indicator and measure for every figure of at least six reports, and stays above their floors', () => {
    const annotated = scores.filter((s) => s.gold > 0 && s.seriesAnnotated === s.matched);
    expect(annotated.length).toBeGreaterThanOrEqual(6);
    const overall = overallScore(scores);
    expect(overall.seriesAnnotated).toBeGreaterThanOrEqual(200);
    expect(overall.indicatorAccuracy).toBeGreaterThanOrEqual(SERIES_FLOORS.indicatorAccuracy);
    expect(overall.measureAccuracy).toBeGreaterThanOrEqual(SERIES_FLOORS.measureAccuracy);
  });

  it.each(scores.map((s) => [s.report, s] as const))('%s stays above the per-report floors', (_id, s) => {
    expect(s.precision).toBeGreaterThanOrEqual(PER_REPORT_FLOORS.precision);
    expect(s.recall).toBeGreaterThanOrEqual(PER_REPORT_FLOORS.recall);
  });
});

describe('scoreReport', () => {
  const body = '申报高企108家，认定86家，资金***万元，2024年。';
  const gold = parseGold(
    'value,unit,kind,masked,context\n108,家,actual,false,申报高企108家\n86,家,target,false,认定86家\n,万元,actual,true,资金***万元\n',
    'g.csv',
  );

  it('matches by value and unit inside the context, masked ones by unit', () => {
    const s = scoreReport('r', body, gold, extractFigures(body, 'r', NO_INDICATORS));
    expect(s).toMatchObject({ gold: 3, extracted: 3, matched: 3, kindCorrect: 2, precision: 1, recall: 1 });
    expect(s.wrongKind.map((w) => w.figure.raw)).toEqual(['86家']);
  });

  it('counts misses and spurious figures', () => {
    const figures = extractFigures(body, 'r', NO_INDICATORS).filter((f) => f.raw !== '86家');
    const [first, ...rest] = figures;
    const wrong = { ...present(first, 'figure extracted from the body'), value: 107 };
    const s = scoreReport('r', body, gold, [wrong, ...rest]);
    expect(s.matched).toBe(1);
    expect(s.missed.map((g) => g.context)).toEqual(['申报高企108家', '认定86家']);
    expect(s.spurious.map((f) => f.value)).toEqual([107]);
  });

  it('scores indicator and measure where the gold gives them, an empty indicator meaning none', () => {
    const annotated = parseGold(
      'value,unit,kind,masked,context,indicator,measure\n108,家,actual,false,申报高企108家,high_tech_enterprises,applied\n86,家,target,false,认定86家,,new\n',
      'g.csv',
    );
    const s = scoreReport('r', body, annotated, extractFigures(body, 'r', NO_INDICATORS));
    // With no lexicon, no figure has an indicator: only the second row's "none" is right.
    expect(s).toMatchObject({
      seriesAnnotated: 2,
      indicatorCorrect: 1,
      measureCorrect: 2,
      indicatorAccuracy: 0.5,
      measureAccuracy: 1,
    });
    expect(() =>
      parseGold('value,unit,kind,masked,context,indicator,measure\n1,家,actual,false,x,,\n', 'g.csv'),
    ).toThrow(/g.csv row 2: empty measure/);
  });

  it('rejects a gold context that is not in the body', () => {
    const bad = parseGold('value,unit,kind,masked,context\n1,家,actual,false,不存在的句子\n', 'g.csv');
    expect(() => scoreReport('r', body, bad, [])).toThrow(/not in the report body/);
  });
});

describe('data/scores/in-sample.json (read by the methodology page)', () => {
  it('is what `npm run eval -- --write` gives today', () => {
    const saved = JSON.parse(readFileSync('data/scores/in-sample.json', 'utf8'));
    expect(saved).toEqual(sectionJson(inSampleEvaluation(loadLexicons('data'))));
  });
});
