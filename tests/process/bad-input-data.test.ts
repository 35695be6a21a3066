// The data folder and frontmatter cases of the adversarial battery (issue 24)
// that used to pass silently: each now stops the corpus check (the build's
// first step) with `file:line: field "…": message`. The changelog, the
// lexicons' labels, numbers not written in decimal, line breaks in
// frontmatter text, and whatever stands where a file belongs (a FIFO, a
// folder, a dangling link).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/integrations/corpus-check.ts';
import { parseChangelog, readReleases } from '../../src/pipeline/release.ts';
import { CURATION_COLUMNS } from '../../src/pipeline/curation/decisions.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ID = 'xianju-2024-h1-summary-h2-plan';
const REPORT = readFileSync(`content/reports/${ID}.md`, 'utf8');
let n = 0;

/** A corpus of one real report and a copy of data/, each changed as asked; returns its folders. */
function corpus({ report = REPORT, data = {} }: { report?: string; data?: Record<string, string | null> } = {}) {
  const root = join(tmp, `c${n++}`);
  const contentDir = join(root, 'reports');
  const dataDir = join(root, 'data');
  mkdirSync(contentDir, { recursive: true });
  cpSync('data', dataDir, { recursive: true });
  // The curation decides figures of every report; this corpus holds one, so it starts with none.
  writeFileSync(join(dataDir, 'curation.csv'), `${CURATION_COLUMNS.join(',')}\n`);
  writeFileSync(join(contentDir, `${ID}.md`), report);
  for (const [file, text] of Object.entries(data)) {
    if (text === null) rmSync(join(dataDir, file), { recursive: true, force: true });
    else writeFileSync(join(dataDir, file), text);
  }
  return { contentDir, dataDir };
}

function refusal(dirs: { contentDir: string; dataDir: string }): string {
  try {
    checkCorpus(dirs);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

const CHANGELOG = readFileSync('data/CHANGELOG.md', 'utf8');

describe('the changelog (data/CHANGELOG.md)', () => {
  it('reads the real one: newest first, with its notes', () => {
    const releases = readReleases('data');
    expect(releases.map((r) => `${r.version} ${r.date}`)).toEqual(['1.1.0 2026-12-04', '1.0.0 2026-12-01']);
    expect(releases[1]?.notes.length).toBeGreaterThan(0);
  });

  it.each([
    [
      'an impossible date',
      CHANGELOG.replace('## 1.1.0 — 2026-12-04', '## 1.1.0 — 2026-13-45'),
      9,
      'date',
      /"2026-13-45" is not a calendar date/,
    ],
    [
      'an older release on top',
      CHANGELOG.replace('## 1.1.0 — 2026-12-04', '## 0.9.0 — 2026-11-01'),
      18,
      'version',
      /1\.0\.0 — 2026-12-01 is below 0\.9\.0 — 2026-11-01 \(line 9\): releases are listed newest first/,
    ],
    [
      'a date older than the release below it',
      CHANGELOG.replace('## 1.1.0 — 2026-12-04', '## 1.1.0 — 2026-11-30'),
      18,
      'date',
      /newest first/,
    ],
    [
      'a heading without its space',
      CHANGELOG.replace('## 1.0.0 — 2026-12-01', '##1.0.0 — 2026-12-01'),
      18,
      'heading',
      /a release heading reads "## 1\.2\.0 — 2026-12-04"/,
    ],
    [
      'a heading with three #',
      CHANGELOG.replace('## 1.0.0 — 2026-12-01', '### 1.0.0 — 2026-12-01'),
      18,
      'heading',
      /not "### 1\.0\.0/,
    ],
    [
      'a two-part version',
      CHANGELOG.replace('## 1.0.0 — 2026-12-01', '## 1.0 — 2026-12-01'),
      18,
      'heading',
      /not "## 1\.0 — 2026-12-01"/,
    ],
    [
      'a heading without its #',
      CHANGELOG.replace('## 1.0.0 — 2026-12-01', '1.0.0 — 2026-12-01'),
      18,
      'heading',
      /a release heading/,
    ],
    [
      'a version twice',
      CHANGELOG.replace('## 1.0.0 — 2026-12-01', '## 1.1.0 — 2026-12-01'),
      18,
      'version',
      /1\.1\.0 is listed twice \(also at line 9\)/,
    ],
    [
      'a version with a leading zero',
      CHANGELOG.replace('## 1.1.0 — 2026-12-04', '## 1.01.0 — 2026-12-04'),
      9,
      'version',
      /without leading zeros/,
    ],
  ])('%s stops the check at its line', (_, text, line, field, message) => {
    const dirs = corpus({ data: { 'CHANGELOG.md': text } });
    const got = refusal(dirs);
    expect(got.startsWith(`${join(dirs.dataDir, 'CHANGELOG.md')}:${line}: field "${field}": `), got).toBe(true);
    expect(got).toMatch(message);
  });

  it('a missing changelog is an error naming it, not version 0.0.0', () => {
    const dirs = corpus({ data: { 'CHANGELOG.md': null } });
    expect(refusal(dirs)).toMatch(
      new RegExp(`^${join(dirs.dataDir, 'CHANGELOG.md')}:1: no such file: the changelog gives the dataset's version`),
    );
  });

  it('a changelog without a release heading, or one that is a folder', () => {
    expect(refusal(corpus({ data: { 'CHANGELOG.md': '# Data releases\n\nNothing yet.\n' } }))).toMatch(
      /CHANGELOG\.md:1: no release heading/,
    );
    const dirs = corpus({ data: { 'CHANGELOG.md': null } });
    mkdirSync(join(dirs.dataDir, 'CHANGELOG.md'));
    expect(refusal(dirs)).toMatch(/CHANGELOG\.md:1: a folder, not a file/);
  });

  it('parses what it is given alone (the title line is no release)', () => {
    expect(parseChangelog('# 数据发布记录\n\n## 2.0.0 - 2027-01-02\n- a\n')).toEqual([
      { version: '2.0.0', date: '2027-01-02', notes: ['- a'] },
    ]);
  });
});

const csv = (file: string) => readFileSync(join('data', file), 'utf8');

describe('lexicon labels: one line of visible text, named, not repeated', () => {
  const scopes = csv('scopes.csv');
  const indicators = csv('indicators.csv');
  const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  it.each([
    [
      'an empty scope name',
      'scopes.csv',
      scopes.replace('above_scale,规上,', 'above_scale,,'),
      lineOf(scopes, 'above_scale,'),
      'name_zh',
      /is empty; every entry needs its name/,
    ],
    [
      'two scopes with one name',
      'scopes.csv',
      scopes.replace('above_scale,规上,', 'above_scale,全域,'),
      lineOf(scopes, 'above_scale,'),
      'name_zh',
      /"全域" is already the name at line 2/,
    ],
    [
      'an empty indicator name',
      'indicators.csv',
      indicators.replace('tech_smes,科技型中小企业,', 'tech_smes," ",'),
      lineOf(indicators, 'tech_smes,'),
      'name_zh',
      /is empty/,
    ],
    [
      'a control character in an indicator name',
      'indicators.csv',
      indicators.replace('tech_smes,科技型中小企业,', 'tech_smes,科技型\u0007中小企业,'),
      lineOf(indicators, 'tech_smes,'),
      'name_zh',
      /holds a control character U\+0007/,
    ],
    [
      'a line break in an indicator name',
      'indicators.csv',
      indicators.replace('tech_smes,科技型中小企业,', 'tech_smes,"科技型\n中小企业",'),
      lineOf(indicators, 'tech_smes,'),
      'name_zh',
      /holds a line break \(U\+000A\)/,
    ],
    [
      'a zero-width space in a synonym',
      'indicators.csv',
      indicators.replace('|高企|', '|高\u200b企|'),
      2,
      'synonyms',
      /"高\u200b企" holds an invisible character U\+200B/,
    ],
  ])('%s is refused at its line', (_, file, text, line, field, message) => {
    const dirs = corpus({ data: { [file]: text } });
    const got = refusal(dirs);
    expect(got.startsWith(`${join(dirs.dataDir, file)}:${line}: field "${field}": `), got).toBe(true);
    expect(got).toMatch(message);
  });

  it('a region name with a tab is refused at its line', () => {
    const regions = csv('regions.csv');
    const dirs = corpus({ data: { 'regions.csv': regions.replace(',仙居县,', ',仙居\t县,') } });
    expect(refusal(dirs)).toMatch(/regions\.csv:\d+: field "name_zh": holds a tab \(U\+0009\)/);
  });
});

describe('frontmatter: numbers in decimal, text on one line', () => {
  const at = (start: string) => REPORT.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  it.each([
    [
      'a hexadecimal year',
      REPORT.replace(/^year: 2024$/m, 'year: 0x7E8'),
      at('year:'),
      'year',
      /"0x7E8" is not a plain decimal whole number; write numbers in decimal digits \(2024\)/,
    ],
    ['an octal year in the list', REPORT.replace(/^ {2}- 2024$/m, '  - 0o3750'), at('  - 2024'), 'years.0', /"0o3750"/],
    ['a year with a plus sign', REPORT.replace(/^year: 2024$/m, 'year: +2024'), at('year:'), 'year', /"\+2024"/],
    ['a year written 2024.0', REPORT.replace(/^year: 2024$/m, 'year: 2024.0'), at('year:'), 'year', /"2024\.0"/],
    ['a year with a leading zero', REPORT.replace(/^year: 2024$/m, 'year: 02024'), at('year:'), 'year', /"02024"/],
    [
      'a line break in the title',
      REPORT.replace(/^title: .*$/m, 'title: "仙居县科技局\\n工作总结"'),
      at('title:'),
      'title',
      /the title holds a line break \(U\+000A\)/,
    ],
    [
      'a tab in the issuer',
      REPORT.replace(/^issuer: .*$/m, 'issuer: "仙居县\\t科技局"'),
      at('issuer:'),
      'issuer',
      /holds a tab \(U\+0009\)/,
    ],
  ])('%s is refused at its line', (_, report, line, field, message) => {
    const dirs = corpus({ report });
    const got = refusal(dirs);
    expect(got.startsWith(`${join(dirs.contentDir, `${ID}.md`)}:${line}: field "${field}": `), got).toBe(true);
    expect(got).toMatch(message);
  });
});

describe('what stands where a file belongs', () => {
  const fifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

  it('a FIFO as a lexicon, at once', () => {
    const dirs = corpus({ data: { 'indicators.csv': null } });
    if (!fifo(join(dirs.dataDir, 'indicators.csv'))) return;
    expect(refusal(dirs)).toMatch(/indicators\.csv:1: a FIFO \(named pipe\), not a file; a table is a CSV file/);
  });

  it('a folder as a lexicon', () => {
    const dirs = corpus({ data: { 'themes.csv': null } });
    mkdirSync(join(dirs.dataDir, 'themes.csv'));
    expect(refusal(dirs)).toMatch(/themes\.csv:1: a folder, not a file/);
  });

  it('a FIFO and a dangling link among the reports, named', () => {
    const a = corpus();
    if (fifo(join(a.contentDir, 'stuck.md')))
      expect(refusal(a)).toMatch(/stuck\.md:1: a FIFO \(named pipe\), not a file; a report is a file/);
    const b = corpus();
    symlinkSync(join(tmp, 'nowhere.md'), join(b.contentDir, 'gone.md'));
    expect(refusal(b)).toMatch(
      /gone\.md:1: a symbolic link to ".*nowhere\.md", which does not exist \(a dangling link\)/,
    );
  });
});
