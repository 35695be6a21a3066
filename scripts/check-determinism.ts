// Determinism: two builds of the same input must give byte-identical sites.
// The second build runs with the clock moved 400 days on, another time zone
// and another locale, so a date taken from the clock or a locale-dependent
// format shows up as a difference (a build date must come from the content).
// Usage: node scripts/check-determinism.ts [--against <dir>] [--content <dir>] [--keep]
//   --against dist: build once and compare with an existing build instead of building twice.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSite, type BuildResult } from '../tests/reliability/isolated-build.ts';

export interface DirDifference {
  files: number;
  onlyInA: string[];
  onlyInB: string[];
  /** Files in both whose bytes differ, with where they first differ. */
  differing: { file: string; at: number; a: string; b: string }[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .sort();
}

function firstDiff(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

function excerpt(buf: Buffer, at: number): string {
  return JSON.stringify(buf.subarray(Math.max(0, at - 40), at + 60).toString('utf8'));
}

/** Compares two folders file by file, byte by byte. */
export function compareDirs(a: string, b: string): DirDifference {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const setA = new Set(filesA);
  const out: DirDifference = {
    files: filesA.length,
    onlyInA: [],
    onlyInB: [...filesB].filter((f) => !setA.has(f)),
    differing: [],
  };
  for (const f of filesA) {
    if (!filesB.has(f)) {
      out.onlyInA.push(f);
      continue;
    }
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (
      x.length === y.length &&
      createHash('sha1').update(x).digest('hex') === createHash('sha1').update(y).digest('hex')
    )
      continue;
    const at = firstDiff(x, y);
    out.differing.push({ file: f, at, a: excerpt(x, at), b: excerpt(y, at) });
  }
  return out;
}

export function formatDifference(d: DirDifference, limit = 20): string {
  const lines = [
    ...d.onlyInA.slice(0, limit).map((f) => `  only in the first build: ${f}`),
    ...d.onlyInB.slice(0, limit).map((f) => `  only in the second build: ${f}`),
    ...d.differing
      .slice(0, limit)
      .map((x) => `  ${x.file} differs at byte ${x.at}:\n    first:  ${x.a}\n    second: ${x.b}`),
  ];
  const total = d.onlyInA.length + d.onlyInB.length + d.differing.length;
  if (total > lines.length) lines.push(`  … ${total} differences in all`);
  return lines.join('\n');
}

export function isIdentical(d: DirDifference): boolean {
  return d.onlyInA.length + d.onlyInB.length + d.differing.length === 0;
}

/** A Node preload that moves the clock `days` days on: new Date(), Date.now(). */
function clockShiftPreload(dir: string, days: number): string {
  const file = join(dir, 'shift-clock.mjs');
  writeFileSync(
    file,
    `const Real = Date;
const shift = ${days} * 86400000 + 7 * 3600000;
class Shifted extends Real {
  constructor(...args) { if (args.length === 0) super(Real.now() + shift); else super(...args); }
  static now() { return Real.now() + shift; }
}
globalThis.Date = Shifted;
`,
  );
  return file;
}

/** The environment of the "other machine" build: later clock, far time zone, other locale. */
export function otherMachineEnv(work: string): Record<string, string> {
  const preload = clockShiftPreload(work, 400);
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${pathToFileURL(preload).href}`.trim(),
    TZ: 'Pacific/Kiritimati',
    LANG: 'de_DE.UTF-8',
    LC_ALL: 'de_DE.UTF-8',
  };
}

export interface DeterminismResult {
  first: string;
  second: string;
  builds: BuildResult[];
  difference: DirDifference;
}

/** Builds the site (once against `against`, else twice) and compares. */
export async function checkDeterminism(
  opts: { contentDir?: string; against?: string; work?: string } = {},
): Promise<DeterminismResult> {
  const work = opts.work ?? mkdtempSync(join(tmpdir(), 'atlas-determinism-'));
  const contentDir = opts.contentDir ?? process.env.ATLAS_CONTENT_DIR ?? 'content/reports';
  const builds: BuildResult[] = [];
  let first = opts.against ?? '';
  if (!first) {
    first = join(work, 'first');
    builds.push(await buildSite({ contentDir, outDir: first }));
  }
  const second = join(work, 'second');
  builds.push(await buildSite({ contentDir, outDir: second, env: otherMachineEnv(work) }));
  const failed = builds.find((b) => !b.ok);
  if (failed) throw new Error(`a build failed:\n${failed.output.slice(-3000)}`);
  return { first, second, builds, difference: compareDirs(first, second) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const against = arg('--against');
  if (against && !existsSync(against)) throw new Error(`--against ${against}: no such folder (build it first)`);
  const work = mkdtempSync(join(tmpdir(), 'atlas-determinism-'));
  const r = await checkDeterminism({ contentDir: arg('--content'), against, work });
  const secs = r.builds.map((b) => `${(b.ms / 1000).toFixed(0)}s`).join(' + ');
  if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
  if (!isIdentical(r.difference)) {
    console.error(`Builds differ (${r.difference.files} files; builds ${secs}):\n${formatDifference(r.difference)}`);
    process.exit(1);
  }
  console.log(
    `Deterministic: ${r.difference.files} files byte-identical across two builds (the second with the clock 400 days on, TZ Pacific/Kiritimati, LANG de_DE; builds ${secs}).`,
  );
}
