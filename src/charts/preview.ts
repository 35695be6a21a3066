// Look at the charts: `node src/charts/preview.ts [--real] [--dark] [id-prefix …]`
// renders each chart at 360 and 1000 px into a page with charts.css, and
// screenshots it with headless Chromium into .cache/charts/<id>-<width>.png.
// --real uses the site dataset (src/pipeline/dataset.ts) instead of the fixture.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fixtureDataset } from './fixtures.ts';
import { chartsForDataset } from './registry.ts';
import { renderSvg } from './render.ts';
import { swatchSvg } from './legend.ts';
import type { ChartDef, Lang } from './types.ts';
import type { Dataset } from '../pipeline/types.ts';
import { datasetDirs, loadDataset } from '../pipeline/dataset.ts';

const args = process.argv.slice(2);
const dark = args.includes('--dark');
const lang: Lang = args.includes('--en') ? 'en' : 'zh';
const prefixes = args.filter((a) => !a.startsWith('--'));

function dataset(): Dataset {
  return args.includes('--real') ? loadDataset(datasetDirs(process.env)) : fixtureDataset();
}

function page(def: ChartDef, width: number): string {
  const css = readFileSync('src/styles/charts.css', 'utf8');
  const legend = (def.legend ?? []).map((l) => `<li>${swatchSvg(l)}${l.label[lang]}</li>`).join('');
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>${css}
body{margin:0;padding:12px;background:var(--atlas-bg);width:${width}px;box-sizing:content-box}
${dark ? '' : ':root{color-scheme:light}'}</style><body><figure class="atlas-figure">
<h2 class="atlas-figure__title">${def.title[lang]}</h2><p class="atlas-figure__subtitle">${def.subtitle[lang]}</p>
<ul class="atlas-legend">${legend}</ul>${renderSvg(def, { lang, width })}
<p class="atlas-figure__source">${def.source[lang]}</p></figure></body></html>`;
}

const ds = dataset();
const defs = chartsForDataset(ds).filter((d) => prefixes.length === 0 || prefixes.some((p) => d.id.startsWith(p)));
mkdirSync('.cache/charts', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const ctx = await browser.newContext({ colorScheme: dark ? 'dark' : 'light', deviceScaleFactor: 1 });
  const tab = await ctx.newPage();
  for (const def of defs) {
    for (const width of [360, 1000]) {
      const html = page(def, width);
      writeFileSync(`.cache/charts/${def.id}-${width}.html`, html);
      await tab.setViewportSize({ width: width + 24, height: 400 });
      await tab.setContent(html);
      const file = `.cache/charts/${def.id}-${width}${dark ? '-dark' : ''}${lang === 'en' ? '-en' : ''}.png`;
      await tab.locator('figure').screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await browser.close();
}
