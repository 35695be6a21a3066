// Runs `astro build` for a given content folder into a given output folder,
// with private caches (astro.isolated.config.mjs), in a child process: the
// site's data modules read ATLAS_CONTENT_DIR / ATLAS_DATA_DIR once per process.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ISOLATED_CONFIG = 'tests/reliability/astro.isolated.config.mjs';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  dataDir?: string;
  /** Extra environment (e.g. NODE_OPTIONS, TZ). */
  env?: Record<string, string>;
  /** Kill the build after this many ms (default 30 minutes). */
  timeoutMs?: number;
  /** Called with the build's process id once it starts (benchmarks sample its memory). */
  onSpawn?: (pid: number) => void;
  /**
   * Astro's cache folder (its incremental build cache among it), kept after the
   * build so a later build with the same folder can restore unchanged pages;
   * by default a new one, removed after the build.
   */
  cacheDir?: string;
  /** Called with each piece of the build's output as it comes (benchmarks time its stages). */
  onOutput?: (text: string) => void;
}

export interface BuildResult {
  ok: boolean;
  status: number | null;
  /** stdout and stderr, interleaved. */
  output: string;
  ms: number;
}

/** Moves a finished build to where the caller asked for it (a rename, or a copy across file systems). */
function moveBuild(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

export function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const cacheDir = opts.cacheDir ? resolve(opts.cacheDir) : mkdtempSync(join(tmpdir(), 'atlas-cache-'));
  mkdirSync(cacheDir, { recursive: true });
  // Astro writes its prerender chunks beside the output folder when that lies
  // inside the working directory, else into ./.astro/ — one folder that two
  // builds running at once would share and break. So every isolated build
  // writes into a folder of its own under .cache/ and is moved afterwards.
  mkdirSync('.cache', { recursive: true });
  const staging = mkdtempSync(resolve('.cache', 'isolated-'));
  const stagedOut = join(staging, 'dist');
  const env = {
    ...process.env,
    ATLAS_CONTENT_DIR: resolve(opts.contentDir),
    ATLAS_DATA_DIR: resolve(opts.dataDir ?? 'data'),
    ATLAS_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  const t0 = performance.now();
  return new Promise((done) => {
    // The pinned Node 24 (the system node is too old for Astro), running Astro's own bin.
    const child = spawn(
      resolve('node_modules/.bin/node'),
      ['node_modules/astro/bin/astro.mjs', 'build', '--config', ISOLATED_CONFIG, '--outDir', stagedOut],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    if (child.pid) opts.onSpawn?.(child.pid);
    let output = '';
    const take = (d: Buffer) => {
      output += d;
      opts.onOutput?.(String(d));
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30 * 60_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      if (!opts.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
      if (status === 0) moveBuild(stagedOut, resolve(opts.outDir));
      rmSync(staging, { recursive: true, force: true });
      done({ ok: status === 0, status, output, ms: performance.now() - t0 });
    });
  });
}
