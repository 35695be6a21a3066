// The raw sources folder before the build (src/pipeline/sources.ts): every
// file is published as text under its own name (plus .txt), whatever it was
// saved as; what cannot be published safely is refused naming the file, at
// once (a FIFO is never opened); a report's raw_file that leaves the folder
// is refused at its line.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedSourceName } from '../../src/pipeline/source-names.ts';
import { readSources } from '../../src/pipeline/sources.ts';
import { checkCorpus } from '../../src/integrations/corpus-check.ts';
import { HOSTILE_SOURCES, writeHostileSources } from '../reliability/hostile-sources.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let folders = 0;
/** A fresh sources folder holding `files` (name → text). */
function folder(files: Record<string, string> = {}): string {
  const dir = join(tmp, `s${folders++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const refusal = (dir: string): string => {
  try {
    readSources(dir);
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('raw sources are published as text under their own names', () => {
  it('adds .txt to every name not ending in .txt; keeps .txt names (their addresses stay)', () => {
    expect(publishedSourceName('page.html')).toBe('page.html.txt');
    expect(publishedSourceName('image.svg')).toBe('image.svg.txt');
    expect(publishedSourceName('script.js')).toBe('script.js.txt');
    expect(publishedSourceName('index.html')).toBe('index.html.txt');
    expect(publishedSourceName('NOTES.TXT')).toBe('NOTES.TXT.txt');
    expect(publishedSourceName('000_eec4c7015d6b4007.txt')).toBe('000_eec4c7015d6b4007.txt');
  });

  it('publishes every hostile name, none as the listing page, none as anything but .txt', () => {
    const dir = writeHostileSources(folder());
    const sources = readSources(dir);
    for (const { name } of HOSTILE_SOURCES) expect(sources.map((s) => s.file)).toContain(name);
    expect(sources.every((s) => s.published.endsWith('.txt'))).toBe(true);
    expect(sources.map((s) => s.published)).not.toContain('index.html');
    expect(sources.find((s) => s.file === 'evil.js')?.bytes).toBe(readFileSync(join(dir, 'evil.js')).length);
  });

  it('ignores hidden files (.gitkeep, .DS_Store) and an absent folder', () => {
    expect(readSources(folder({ '.gitkeep': '', '.DS_Store': 'x' }))).toEqual([]);
    expect(readSources(join(tmp, 'no-such-folder'))).toEqual([]);
  });
});

describe('what cannot be published is refused, naming the file', () => {
  it('a sub-folder', () => {
    const dir = folder({ 'a.txt': 'x' });
    mkdirSync(join(dir, 'drafts'));
    expect(refusal(dir)).toMatch(
      new RegExp(`^${dir}/drafts:1: a folder, not a file; .*move the files of a sub-folder up`),
    );
  });

  it('a FIFO, at once (it would block a read forever)', () => {
    const dir = folder();
    if (spawnSync('mkfifo', [join(dir, 'pipe.html')]).status !== 0) return; // no mkfifo here
    const t0 = performance.now();
    expect(refusal(dir)).toMatch(new RegExp(`^${dir}/pipe\\.html:1: a FIFO \\(named pipe\\), not a file`));
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('a dangling link, naming its target; a link out of the folder', () => {
    const dangling = folder();
    symlinkSync(join(tmp, 'gone.txt'), join(dangling, 'gone.txt'));
    expect(refusal(dangling)).toMatch(
      /gone\.txt:1: a symbolic link to ".*gone\.txt", which does not exist \(a dangling link\)/,
    );
    const outward = folder();
    writeFileSync(join(tmp, 'secret.txt'), 'secret');
    symlinkSync(join(tmp, 'secret.txt'), join(outward, 'passwd.txt'));
    expect(refusal(outward)).toMatch(
      /passwd\.txt:1: a symbolic link to ".*secret\.txt", outside the raw sources folder/,
    );
  });

  it('a control, line-break or invisible character in a name, shown escaped', () => {
    expect(refusal(folder({ 'a\nb.txt': 'x' }))).toMatch(
      /\/a\\nb\.txt":1: the name holds a line break \(U\+000A\); rename the file$/,
    );
    expect(refusal(folder({ 'evil\u202Etxt.exe': 'x' }))).toMatch(/holds an invisible character U\+202E/);
  });

  it('a name too long to publish once .txt is added', () => {
    expect(refusal(folder({ [`${'科'.repeat(83)}.html`]: 'x' }))).toMatch(
      /the name is too long to publish \(at most 251 bytes/,
    );
  });

  it('two names one address would serve: a.html and a.html.txt; A.txt and a.txt', () => {
    expect(refusal(folder({ 'a.html': '1', 'a.html.txt': '2' }))).toMatch(
      /a\.html\.txt:1: would be published as \/sources\/a\.html\.txt, the address of "a\.html" too/,
    );
    expect(refusal(folder({ 'A.txt': '1', 'a.txt': '2' }))).toMatch(
      /a\.txt:1: would be published as \/sources\/a\.txt, the address of "A\.txt" too/,
    );
  });

  it('a file over 10 MB, before reading it', () => {
    const dir = folder();
    const fd = openSync(join(dir, 'crawl.html'), 'w');
    ftruncateSync(fd, 10_000_001);
    closeSync(fd);
    expect(refusal(dir)).toMatch(/crawl\.html:1: 10000001 bytes; a raw file is at most 10000000 bytes/);
  });
});

describe("a report's raw_file names a file in the sources folder", () => {
  const REPORT = readFileSync('content/reports/xianju-2024-h1-summary-h2-plan.md', 'utf8');
  const line = REPORT.split('\n').findIndex((l) => l.trim().startsWith('raw_file:')) + 1;
  it.each([
    ['../../etc/passwd', /without a folder/],
    ['sub/file.txt', /without a folder/],
    ['..\\\\secret.txt', /without a folder/],
    ['.hidden.txt', /a hidden file/],
  ])('%s is refused at its line', (raw, message) => {
    const dir = join(tmp, `r${folders++}`, 'reports');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'xianju-2024-h1-summary-h2-plan.md');
    writeFileSync(file, REPORT.replace(/raw_file: .*/, `raw_file: "${raw}"`));
    let message_ = '';
    try {
      checkCorpus({ contentDir: dir, dataDir: 'data' });
    } catch (e) {
      message_ = (e as Error).message;
    }
    expect(message_).toMatch(new RegExp(`^${file}:${line}: field "source\\.raw_file": `));
    expect(message_).toMatch(message);
  });

  it('a FIFO in the sources folder stops the corpus check at once, naming it', () => {
    const root = join(tmp, `f${folders++}`);
    mkdirSync(join(root, 'reports'), { recursive: true });
    mkdirSync(join(root, 'sources'));
    writeFileSync(join(root, 'reports', 'xianju-2024-h1-summary-h2-plan.md'), REPORT);
    if (spawnSync('mkfifo', [join(root, 'sources', 'stuck.txt')]).status !== 0) return;
    expect(() => checkCorpus({ contentDir: join(root, 'reports'), dataDir: 'data' })).toThrow(
      /sources\/stuck\.txt:1: a FIFO/,
    );
  });
});
