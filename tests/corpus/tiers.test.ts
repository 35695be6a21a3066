// Every test file runs in exactly one tier: a file outside every tier's
// pattern (say one left in a folder a tier no longer reads) would never run.
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import inProcess from '../../vitest.config.ts';
import site from '../vitest.dist.config.ts';

interface Tier {
  name: string;
  include: string[];
  exclude: string[];
}

const tiers: Tier[] = [
  ...(inProcess.test?.projects ?? []).map((p) => {
    const t = (p as { test: { name: string; include: string[]; exclude?: string[] } }).test;
    return { name: t.name, include: t.include, exclude: t.exclude ?? [] };
  }),
  { name: 'site', include: site.test?.include ?? [], exclude: [] },
];

const files = (patterns: string[]) => new Set(patterns.flatMap((p) => globSync(p, { exclude: ['node_modules/**'] })));

describe('test tiers', () => {
  it('hold every test file once', () => {
    const all = globSync('{src,tests,scripts}/**/*.test.ts');
    expect(all.length).toBeGreaterThan(100);
    const tierOf = new Map<string, string[]>();
    for (const tier of tiers) {
      const excluded = files(tier.exclude);
      for (const f of files(tier.include)) if (!excluded.has(f)) tierOf.set(f, [...(tierOf.get(f) ?? []), tier.name]);
    }
    expect(all.filter((f) => tierOf.get(f)?.length !== 1).map((f) => `${f}: ${tierOf.get(f) ?? 'no tier'}`)).toEqual(
      [],
    );
  });
});
