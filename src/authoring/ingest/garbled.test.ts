import { describe, expect, it } from 'vitest';
import { findGarbledRuns, protectGarbled, restoreGarbled } from './garbled.ts';

describe('garbled runs', () => {
  it('finds a ?-cluster with the characters rare in the document and the pinyin remnant, and nothing around it', () => {
    // 施 is common in the document (實施 ×3), so the run stops before it.
    const text =
      '提高科技經(jīng)費(fèi)使用效率,確??萍加媱濏椖康捻樌麑?shí)施,開展了科技計劃項目實(shí)施及經(jīng)費(fèi)使用情況,實(shí)施方案。';
    expect(findGarbledRuns(text).map((r) => r.text)).toEqual(['??萍加媱濏椖康捻樌麑?shí)']);
  });

  it('ignores a question mark in ordinary text', () => {
    expect(findGarbledRuns('Is this a report? No.')).toEqual([]);
  });

  it('protects runs from later steps and restores them marked', () => {
    const p = protectGarbled('涉??蒲谢氐闹С?,建成');
    expect(p.runs).toEqual(['??蒲谢氐闹С?']);
    expect(p.text).not.toContain('?');
    expect(restoreGarbled(p.text, p.runs)).toBe('涉「乱码：??蒲谢氐闹С?」,建成');
  });
});
