// The unseen development set (tests/fixtures/unseen/) through ingest and
// extraction: scores may not fall below the floors (just under what the
// rules reach), no draft may state a wrong region, call a placeholder year
// reliable or keep chrome, and data/scores/unseen.json (shown on the
// methodology page) must be what `npm run eval -- --write` gives today.
import { existsSync, readFileSync } from 'node:fs';
import { parseUnseenGold, unseenCaseNames } from '../../src/authoring/evaluation/evaluate-unseen.ts';
import { describe, expect, it } from 'vitest';
import { evaluateUnseen, unseenTotals } from '../../src/authoring/evaluation/evaluate-unseen.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';

const scores = evaluateUnseen('tests/fixtures/unseen', loadLexicons('data'));
const t = unseenTotals(scores);

describe('unseen development set', () => {
  it('holds at least 25 raw reports', () => {
    expect(t.cases).toBeGreaterThanOrEqual(25);
  });

  it('keeps figure precision, recall, kind and indicator accuracy above their floors', () => {
    expect(t.precision).toBeGreaterThanOrEqual(0.98);
    expect(t.recall).toBeGreaterThanOrEqual(0.98);
    expect(t.kind).toBeGreaterThanOrEqual(0.97);
    expect(t.indicator).toBeGreaterThanOrEqual(0.88);
  });

  it('keeps the draft metadata right', () => {
    expect(t.metadata).toBeGreaterThanOrEqual(0.97);
    for (const [field, share] of Object.entries(t.metaFields)) expect(share, field).toBeGreaterThanOrEqual(0.9);
  });

  it('finds every region the text names, never states a wrong one, never calls a placeholder year reliable, leaves no chrome', () => {
    expect(t.regionsFound).toBe(t.regionsNamed);
    expect(scores.filter((s) => s.meta.wrongRegion).map((s) => s.name)).toEqual([]);
    expect(scores.filter((s) => s.meta.placeholderReliable).map((s) => s.name)).toEqual([]);
    expect(
      scores.filter((s) => s.meta.chromeLeft.length).map((s) => `${s.name}: ${s.meta.chromeLeft.join(', ')}`),
    ).toEqual([]);
  });

  it('annotates measures with ids of data/measures.csv', () => {
    if (!existsSync('data/measures.csv')) return;
    const ids = new Set(
      readFileSync('data/measures.csv', 'utf8')
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0])
        .filter(Boolean),
    );
    for (const name of unseenCaseNames('tests/fixtures/unseen')) {
      const gold = parseUnseenGold(readFileSync(`tests/fixtures/unseen/${name}.figures.csv`, 'utf8'), name);
      for (const g of gold) if (g.measure) expect(ids.has(g.measure), `${name}: ${g.measure}`).toBe(true);
    }
  });

  it('data/scores/unseen.json is up to date (npm run eval -- --write)', () => {
    const saved = JSON.parse(readFileSync('data/scores/unseen.json', 'utf8')).unseen;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    expect(saved).toMatchObject({
      cases: t.cases,
      gold_figures: t.gold,
      precision: round(t.precision),
      recall: round(t.recall),
      kind_accuracy: round(t.kind),
      metadata_accuracy: round(t.metadata),
    });
  });
});
