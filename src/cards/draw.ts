// Draws the cards a build lacks into the cache, in child processes, one per
// core (at most four): drawing is most of a large build's card time, and a
// process gives its native memory back when it exits. A few cards are drawn
// in this process. A child that fails stops the build with its own message.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { rasteriseAll } from './rasterise.ts';
import { writeAllCached } from './cache.ts';

/** Below this many cards, starting processes costs more than it saves. */
const IN_PROCESS = 96;
// The child's source in the project (builds run from its root), run as TypeScript by the project's
// Node: the build's bundle does not hold it. Without it, cards are drawn here, to the same bytes.
const CHILD = resolve('src/cards/draw-child.ts');

async function drawHere(svgs: string[]): Promise<void> {
  writeAllCached(svgs, await rasteriseAll(svgs));
}

function drawInChild(svgs: string[], script: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`social cards: drawing failed (exit ${code}): ${stderr.trim()}`)),
    );
    child.stdin.end(JSON.stringify(svgs));
  });
}

/** Draws `svgs` into the card cache. `script` is the child's path (src/cards/draw-child.ts). */
export async function drawMissing(svgs: string[], script = CHILD): Promise<void> {
  const workers = existsSync(script) ? Math.min(4, availableParallelism(), Math.ceil(svgs.length / IN_PROCESS)) : 1;
  if (workers <= 1) return drawHere(svgs);
  // Interleaved, so each child gets a like mix of long and short cards.
  const shares = Array.from({ length: workers }, (_, w) => svgs.filter((_, i) => i % workers === w));
  await Promise.all(shares.map((share) => drawInChild(share, script)));
}
