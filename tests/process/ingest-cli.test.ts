// The ingest CLI, spawned as users run it: real files, odd inputs, exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReportFile } from '../../src/pipeline/corpus/report-file.ts';

const NODE = 'node_modules/.bin/node';
const CLI = 'src/authoring/cli/ingest.ts';
const tmp = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(NODE, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function input(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('ingest CLI on the real sources', () => {
  it('writes three drafts for 002 and prints a summary for each', () => {
    const out = join(tmp, 'out-002');
    const r = run('content/sources/002_8ab899e49ca3ccd3.txt', '--out', out);
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    for (const f of files) {
      const id = f.replace(/\.md$/, '');
      // One summary block per draft: id, title, region with evidence, year, type.
      expect(r.out).toContain(`${id}\t市科技局工作总结`);
      const report = parseReportFile(readFileSync(join(out, f), 'utf8'), f);
      expect(report.meta.id).toBe(id);
    }
    // Exactly one summary line per report.
    expect(r.out.split('\n').filter((l) => l.includes('\tregion: '))).toHaveLength(3);
    expect(r.out).toMatch(/region: 六盘水市 520200 \(stated\)/);
    expect(r.out).toMatch(/year: 2020 UNRELIABLE/);
    expect(r.out).toMatch(/rewritten/);
  });

  it('re-runs idempotently, and keeps a draft a curator edited unless --force', () => {
    const out = join(tmp, 'out-004');
    const src = 'content/sources/004_87709b1c34e14cd9.txt';
    expect(run(src, '--out', out).code).toBe(0);
    const again = run(src, '--out', out);
    expect(again.code).toBe(0);
    expect(again.out).toContain('unchanged:');
    const file = join(out, 'xianju-2024-h1-summary-h2-plan.md');
    const edited = readFileSync(file, 'utf8').replace('region_confidence: null', 'region_confidence: high');
    writeFileSync(file, edited);
    const kept = run(src, '--out', out);
    expect(kept.code).not.toBe(0);
    expect(kept.out).toMatch(/exists and differs \(use --force/);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(run(src, '--out', out, '--force').code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toBe(edited);
  });
});

describe('ingest CLI on odd inputs', () => {
  const out = join(tmp, 'odd');

  it('refuses an empty file, naming it', () => {
    const f = input('empty.txt', '');
    const r = run(f, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${f}: the file is empty`);
  });

  it('refuses a binary file, naming it', () => {
    const f = input(
      'image.bin',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    const r = run(f, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${f}: this is a binary file`);
  });

  it('decodes a GBK-encoded report and writes its draft', () => {
    const text = readFileSync('content/sources/004_87709b1c34e14cd9.txt', 'utf8');
    const f = input('xianju-gbk.txt', iconv.encode(text, 'gbk'));
    const gbkOut = join(tmp, 'gbk');
    const r = run(f, '--out', gbkOut);
    expect(r.code).toBe(0);
    expect(r.out).toContain('decoded from GBK');
    expect(existsSync(join(gbkOut, 'xianju-2024-h1-summary-h2-plan.md'))).toBe(true);
  });

  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    // 0xFF is never valid in UTF-8 or GBK.
    const f = input('latin.txt', new Uint8Array([0x41, 0xff, 0xfe, 0x42, 0x0a, 0xff, 0x43]));
    const r = run(f, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(
      `${f}: the file is neither valid UTF-8, UTF-16 (with a byte-order mark) nor valid GB18030/GBK`,
    );
  });

  it('refuses a file with no recognisable report', () => {
    const f = input(
      'chrome-only.txt',
      '推荐访问:工作计划 年度工作总结\n上一条:某某新闻\n下一条:另一条新闻\nCopyright © 2024 Example\n',
    );
    const r = run(f, '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`${f}: no recognisable report`);
    const english = input('english.txt', 'This is a plain English note with no report in it.\n');
    expect(run(english, '--out', out).err).toContain(`${english}: no recognisable report`);
  });

  it('names a missing file and exits non-zero', () => {
    const r = run(join(tmp, 'nope.txt'), '--out', out);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/nope\.txt: no such file/);
    expect(r.err).toContain('nothing written');
  });

  it('prints usage and exits non-zero without arguments', () => {
    const r = run();
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('usage:');
  });
});
