// `npm run audit`: Lighthouse (from npm) in Debian's Chromium against the
// built site served locally with gzip, on the home page, a report, an
// indicator, a series view, search and compare; prints the four category scores of each and
// what kept a score below 100. Aim: performance ≥ 95, accessibility 100,
// best practices ≥ 95, SEO ≥ 95.
// Options: --dist DIR (dist) --form-factor mobile|desktop (mobile) --out DIR (.cache/audit)
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { serveDir } from '../tests/helpers/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const AIM: Record<(typeof CATEGORIES)[number], number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 95,
};

function firstPage(dist: string, section: string): string | null {
  const dir = join(dist, section);
  if (!existsSync(dir)) return null;
  const sub = readdirSync(dir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')),
  );
  return sub.length ? `/${section}/${sub.map((d) => d.name).sort()[0]}/` : null;
}

/** The pages audited: label → path (null when the build has no such page). */
export function auditPages(dist: string): [string, string | null][] {
  const has = (path: string) => (existsSync(join(dist, path, 'index.html')) ? path : null);
  const report = has('/reports/xinyi-2023-summary/') ?? firstPage(dist, 'reports');
  const indicator = has('/indicators/high_tech_enterprises/') ?? firstPage(dist, 'indicators');
  return [
    ['home', has('/')],
    ['report', report],
    ['indicator', indicator],
    ['series', indicator && has(`${indicator}stock/`)],
    ['search', has('/search/')],
    ['compare', has('/compare/')],
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      'form-factor': { type: 'string', default: 'mobile' },
      out: { type: 'string', default: '.cache/audit' },
    },
  });
  const dist = values.dist!;
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}: no built site (run npm run build first)`);
  const desktop = values['form-factor'] === 'desktop';
  mkdirSync(values.out!, { recursive: true });
  const server = await serveDir(dist, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
  });
  const rows: string[][] = [];
  const notes: string[] = [];
  let missed = 0;
  try {
    for (const [label, path] of auditPages(dist)) {
      if (!path) {
        rows.push([label, '(no page in the build)', '', '', '', '']);
        missed += 1;
        continue;
      }
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        formFactor: desktop ? 'desktop' : 'mobile',
        screenEmulation: desktop
          ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
          : undefined,
      });
      if (!result) throw new Error(`lighthouse gave no result for ${path}`);
      const lhr = result.lhr;
      writeFileSync(join(values.out!, `${label}.json`), JSON.stringify(lhr));
      const scores = CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)] as const);
      missed += scores.filter(([c, s]) => s < AIM[c]).length;
      rows.push([label, path, ...scores.map(([, s]) => String(s))]);
      for (const c of CATEGORIES) {
        const weak = (lhr.categories[c]?.auditRefs ?? []).flatMap((ref) => {
          const a = lhr.audits[ref.id];
          return a &&
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual'
            ? [`${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`]
            : [];
        });
        if (weak.length) notes.push(`  ${label} ${c}: ${weak.slice(0, 6).join(', ')}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  const header = ['page', 'path', 'perf', 'a11y', 'best', 'seo'];
  // A column's width: its widest cell (a row without the column adds nothing).
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(
    `Lighthouse ${desktop ? 'desktop' : 'mobile'} (Debian Chromium, local gzip server); aim: perf ≥ 95, a11y 100, best ≥ 95, SEO ≥ 95`,
  );
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  if (notes.length) console.log(`Below 100:\n${notes.join('\n')}`);
  console.log(
    missed
      ? `${missed} score(s) or page(s) short of the aim; reports in ${values.out}`
      : `every score meets the aim; reports in ${values.out}`,
  );
  process.exitCode = missed ? 1 : 0;
}

await main();
