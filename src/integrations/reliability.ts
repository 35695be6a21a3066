// The build's own guard: before any page is built it validates the curated corpus
// (a bad file stops the build naming file, line and field); after the build
// it fails if any paragraph or figures.csv row is missing from its report
// page (no silent loss) or if any page holds markup that would run code.
// It also writes dist/_headers (src/core/csp.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkCorpus, isInputError } from './corpus-check.ts';
import { findSilentLoss, formatLosses } from './silent-loss.ts';
import { findUnsafeMarkup } from './unsafe-html.ts';
import { copySources, publishedSourcesProblems, serveSource } from './published-sources.ts';
import { datasetDirs, sharedDataset, sourcesDirOf } from '../pipeline/dataset.ts';
import { createHash } from 'node:crypto';
import { headersFile } from '../core/csp.ts';
import { STANDALONE_STYLES } from '../charts/standalone.ts';

/** Pages and SVG files (relative paths) holding executable markup, with what was found; at most `limit` entries. */
export function findCodeInPages(outDir: string, limit = 20): string[] {
  const problems: string[] = [];
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') || f.endsWith('.svg'))
    .sort();
  for (const file of files) {
    for (const u of findUnsafeMarkup(readFileSync(join(outDir, file), 'utf8'), { codeOnly: true })) {
      problems.push(`  ${file}: ${u.what}: ${u.excerpt}`);
      if (problems.length >= limit) return problems;
    }
  }
  return problems;
}

export default function reliability(): AstroIntegration {
  let command = '';
  return {
    name: 'atlas-reliability',
    hooks: {
      'astro:config:setup': (params) => {
        command = params.command;
      },
      'astro:config:done': ({ config, logger }) => {
        if (command !== 'build') return;
        // Permalinks, citations, canonical links and embed snippets are absolute.
        if (!process.env.SITE_URL) {
          logger.warn(
            `SITE_URL is not set: permalinks, citations and embed snippets point at ${config.site} (right for npm start; set SITE_URL=https://… when building for the web)`,
          );
        }
        const dirs = datasetDirs(process.env);
        const { contentDir } = dirs;
        const t0 = performance.now();
        let n: number;
        try {
          n = checkCorpus(dirs);
        } catch (e) {
          if (!isInputError(e)) throw e;
          // The message names file, line and field; Astro's stack trace would only bury it.
          logger.error(e.message);
          process.exit(1);
        }
        logger.info(`corpus ${contentDir}: ${n} reports valid (${Math.round(performance.now() - t0)} ms)`);
      },
      'astro:server:setup': ({ server }) => {
        // The dev server serves the raw sources as the build publishes them: plain text under their published names.
        server.middlewares.use(
          serveSource(() => {
            const dirs = datasetDirs(process.env);
            return { list: sharedDataset(dirs).sources, dir: sourcesDirOf(dirs) };
          }),
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The raw sources, copied as text under their published names (src/pipeline/sources.ts).
        copySources(outDir, sharedDataset(datasetDirs(process.env)).sources, sourcesDirOf(datasetDirs(process.env)));
        // The hosts' headers, from the one CSP the pages' meta tags carry too.
        writeFileSync(
          join(outDir, '_headers'),
          headersFile(
            Object.values(STANDALONE_STYLES).map((style) => createHash('sha256').update(style).digest('base64')),
          ),
        );
        const dirs = datasetDirs(process.env);
        const { contentDir } = dirs;
        const t0 = performance.now();
        const result = findSilentLoss(outDir, contentDir);
        if (result.losses.length) {
          throw new Error(
            `No-silent-loss check failed: ${result.losses.length} paragraph(s)/figure(s) of the curated reports are not on their pages:\n${formatLosses(result.losses)}`,
          );
        }
        const t1 = performance.now();
        const code = findCodeInPages(outDir);
        if (code.length) throw new Error(`Built pages hold markup that would run code:\n${code.join('\n')}`);
        const sources = publishedSourcesProblems(outDir, sharedDataset(dirs).sources, sourcesDirOf(dirs));
        if (sources.length)
          throw new Error(`The raw sources were not published as text, whole:\n  ${sources.join('\n  ')}`);
        logger.info(
          `no silent loss: ${result.paragraphs} paragraphs of ${result.reports} reports and ${result.figures} figures.csv rows are on their pages (${Math.round(t1 - t0)} ms); no executable markup (${Math.round(performance.now() - t1)} ms)`,
        );
      },
    },
  };
}
