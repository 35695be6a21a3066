// Every CLI on every kind of wrong input, spawned as users run them: one line
// `file: problem` on stderr, exit code 1, no stack trace, and nothing hangs
// (each run has a timeout; /dev/zero and a FIFO are refused before reading).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'cli-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(cli: 'extract' | 'ingest', ...args: string[]) {
  const r = spawnSync('node_modules/.bin/node', [`src/authoring/cli/${cli}.ts`, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const REPORT = readFileSync('content/reports/xianju-2024-h1-summary-h2-plan.md', 'utf8');
const RAW = readFileSync('content/sources/004_87709b1c34e14cd9.txt', 'utf8');

/** Refused with one line naming the file (and matching `problem`), exit 1, no stack. */
function expectRefusal(r: ReturnType<typeof run>, path: string, problem: RegExp): void {
  expect(r.timedOut, 'the CLI did not return').toBe(false);
  expect(r.code).toBe(1);
  const lines = r.err
    .trim()
    .split('\n')
    .filter((l) => !/nothing written/.test(l));
  expect(lines, r.err).toHaveLength(1);
  const [line = ''] = lines;
  expect(line.startsWith(`${path}:`), line).toBe(true);
  expect(line).toMatch(problem);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('extract refuses wrong input in one line', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['an empty .md', () => file('empty.md', ''), /empty/],
    ['a binary file', () => file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), /binary/],
    ['a directory', () => tmp, /folder/],
    ['a missing path', () => join(tmp, 'missing.md'), /no such file/],
    ['/dev/zero', () => '/dev/zero', /not a regular file/],
    ['a .md without frontmatter', () => file('plain.md', '县科技局新认定企业30家。\n'), /:1: no YAML frontmatter/],
    [
      'a .md with frontmatter and no body',
      () => file('nobody.md', REPORT.slice(0, REPORT.indexOf('\n---\n') + 5)),
      /field "body": the report has no text/,
    ],
    [
      'a .md with an alias bomb',
      () => file('bomb.md', `---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n正文\n`),
      /alias \*a refused/,
    ],
    [
      'a .md with a misspelt key',
      () => file('typo.md', REPORT.replace('year_reliable:', 'year_relaible:')),
      /field "year_relaible": unknown key \(did you mean "year_reliable"\?\)/,
    ],
    ['a file over the size cap', () => file('huge.txt', Buffer.alloc(10_000_001, 0x41)), /at most 10000000 bytes/],
    [
      'bytes in no known encoding',
      () => file('latin.txt', new Uint8Array([0x41, 0xff, 0xfe, 0x42, 0x0a, 0xff, 0x43])),
      /neither valid UTF-8/,
    ],
  ];
  for (const [name, make, problem] of cases) {
    it(name, () => {
      const path = make();
      expectRefusal(run('extract', path), path, problem);
    });
  }

  it('a FIFO (it would block a read forever)', () => {
    const fifo = join(tmp, 'pipe.txt');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    expectRefusal(run('extract', fifo), fifo, /not a regular file/);
  });
});

describe('extract decodes every encoding alike', () => {
  const expected = run('extract', 'content/reports/xianju-2024-h1-summary-h2-plan.md').out;
  it.each([
    ['GBK', () => iconv.encode(REPORT, 'gbk')],
    ['GB18030', () => iconv.encode(REPORT, 'gb18030')],
    ['UTF-16 LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')])],
    ['UTF-16 BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, 'utf-16be')])],
  ])('a curated report saved as %s gives the same figures as UTF-8', (name, bytes) => {
    const r = run('extract', file(`xianju-${name.replace(/\W/g, '')}.md`, bytes()));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(expected);
  });
});

describe('ingest refuses wrong input in one line', () => {
  const out = join(tmp, 'out');
  it('--out naming an existing file', () => {
    const target = file('not-a-folder', 'x');
    expectRefusal(
      run('ingest', 'content/sources/004_87709b1c34e14cd9.txt', '--out', target),
      target,
      /--out exists and is not a folder/,
    );
  });
  it('--out under a file (a folder that cannot be created), reported before reading input', () => {
    const target = join(file('blocker', 'x'), 'drafts');
    expectRefusal(run('ingest', '/dev/zero', '--out', target), target, /cannot be created \(ENOTDIR\)/);
  });
  it('--out under /proc (where a recursive mkdir loops forever), refused at once', () => {
    const target = '/proc/atlas-drafts/x';
    expectRefusal(
      run('ingest', 'content/sources/004_87709b1c34e14cd9.txt', '--out', target),
      target,
      /cannot be created/,
    );
  });
  it('a raw file with a NUL past the first 8 KB, at its line', () => {
    const path = file('nul-late.txt', `${RAW}\n新认定\u0000企业\n`);
    const line = `${RAW}\n`.split('\n').length;
    expectRefusal(run('ingest', path, '--out', out), `${path}:${line}`, /a NUL byte at column 4: binary data/);
  });
  it.each([
    ['/dev/zero', () => '/dev/zero', /not a regular file/],
    ['a directory', () => tmp, /folder/],
    ['a file over the size cap', () => file('huge-raw.txt', Buffer.alloc(10_000_001, 0x41)), /at most 10000000 bytes/],
  ])('%s', (_, make, problem) => {
    const path = make();
    expectRefusal(run('ingest', path, '--out', out), path, problem);
  });

  it('decodes a UTF-16 raw source with BOM and a GB18030 one', () => {
    mkdirSync(out, { recursive: true });
    const utf16 = file('xianju-16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(RAW, 'utf-16le')]));
    const r16 = run('ingest', utf16, '--out', join(tmp, 'o16'));
    expect(r16.code, r16.err).toBe(0);
    expect(r16.out).toContain('decoded from UTF-16 LE');
    const gb = file('xianju-gb.txt', iconv.encode(`${RAW}\n𠀀`, 'gb18030'));
    const rgb = run('ingest', gb, '--out', join(tmp, 'ogb'));
    expect(rgb.code, rgb.err).toBe(0);
    expect(rgb.out).toContain('decoded from GB18030');
  });
});
