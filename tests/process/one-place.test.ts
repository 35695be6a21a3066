// Facts stated once: no site path is written outside the URL scheme
// (src/core/urls.ts), and a report's region and year are worded by the words
// layer only. Scans the source as text (comments left out), so a new page or
// chart that spells a path by hand fails here, naming the file and line.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const SECTIONS =
  'reports|regions|indicators|themes|embed|oembed|charts|cards|data|cite|compare|compare-data|search|search-index|sources|methodology';
/** A string or template literal that starts with a site path. */
const PATH_LITERAL = new RegExp(`['"\`]/(?:${SECTIONS})(?:/|['"\`])`);
/** 约 / （推断） glued to a year or region by hand. */
const REGION_YEAR_WORDING = /[`'"]约\$\{|（推断）[`'"]|\}（推断）/;

const sourceFiles = (): string[] =>
  execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts') && !f.includes('/fixtures') && existsSync(f));

function codeLines(file: string): [number, string][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i): [number, string] => [i + 1, line])
    .filter(([, line]) => !/^\s*(\/\/|\*|\/\*)/.test(line));
}

function offenders(pattern: RegExp, allowed: string[]): string[] {
  return sourceFiles()
    .filter((f) => !allowed.includes(f))
    .flatMap((f) => codeLines(f).flatMap(([n, line]) => (pattern.test(line) ? [`${f}:${n}: ${line.trim()}`] : [])));
}

describe('one place for each fact', () => {
  it('writes every site path in src/core/urls.ts only', () => {
    expect(offenders(PATH_LITERAL, ['src/core/urls.ts'])).toEqual([]);
  });

  it('words an estimated year or an inferred region in src/words/report-words.ts only', () => {
    expect(offenders(REGION_YEAR_WORDING, ['src/words/report-words.ts'])).toEqual([]);
  });
});
