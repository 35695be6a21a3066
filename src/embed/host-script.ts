// /embed.js: host-resizer.ts bundled for other sites' pages — one classic
// script (an IIFE, no modules), ES2017 so older browsers in newsrooms run it,
// the licence comment on top. Built at build time by the endpoint
// src/pages/embed.js.ts and read by the unit tests.
import { build } from 'esbuild';
import { resolve } from 'node:path';

export const HOST_SCRIPT_ENTRY = 'src/embed/host-resizer.ts';

const BANNER = `/*! Regional S&T Policy Atlas (区域科技政策图鉴) embed resizer. Licence: CC BY 4.0.
 * Put it after any number of <iframe data-atlas-chart="<chart-id>"> from the
 * Atlas; each grows to its chart's height. Plain ES2017, no dependencies. */`;

export async function hostScript(): Promise<string> {
  const out = await build({
    // From the project root: the endpoint runs from a bundled chunk, so its own location says nothing.
    entryPoints: [resolve(HOST_SCRIPT_ENTRY)],
    bundle: true,
    format: 'iife',
    target: 'es2017',
    platform: 'browser',
    banner: { js: BANNER },
    treeShaking: true,
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const [file] = out.outputFiles;
  if (!file) throw new Error(`embed.js: esbuild wrote no bundle for ${HOST_SCRIPT_ENTRY}`);
  return file.text;
}
