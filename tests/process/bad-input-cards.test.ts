// Social cards and characters their fonts lack: a report whose title holds
// an emoji, a CJK Extension B name and Arabic builds, draws the emoji with the
// fallback font, draws the rest as □, and the build's warning names the
// report's file, line and field (src/lib/social-cards.ts cardGlyphWarnings).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/pipeline/dataset.ts';
import { cardGlyphWarnings, socialCards } from '../../src/lib/social-cards.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-cards-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ID = 'xianju-2024-h1-summary-h2-plan';

/** The real corpus (the curated comparisons need it) with one report's title replaced. */
function corpusWithTitle(title: string): string {
  const dir = join(tmp, `c${Math.random().toString(36).slice(2)}`, 'reports');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync('content/reports')) copyFileSync(join('content/reports', f), join(dir, f));
  const text = readFileSync(`content/reports/${ID}.md`, 'utf8').replace(/^title: .*$/m, `title: "${title}"`);
  writeFileSync(join(dir, `${ID}.md`), text);
  return dir;
}

describe('social cards name the characters their fonts lack', () => {
  it('warns once per card at the report field holding them; an emoji is drawn, not reported', () => {
    const contentDir = corpusWithTitle('仙居县𠀀科技局😀工作总结 مرحبا');
    const ds = loadDataset({ contentDir, dataDir: 'data' });
    const warnings = cardGlyphWarnings(socialCards(ds));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^${contentDir}/${ID}\\.md:3: field "title": the social card /cards/reports/${ID}\\.png draws 𠀀 U\\+20000, م U\\+0645`,
      ),
    );
    expect(warnings[0]).not.toContain('😀');
  });

  it('says nothing for a corpus every card font covers', () => {
    const contentDir = corpusWithTitle('仙居县科技局2024年上半年工作总结和下半年工作计划');
    expect(cardGlyphWarnings(socialCards(loadDataset({ contentDir, dataDir: 'data' })))).toEqual([]);
  });
});
