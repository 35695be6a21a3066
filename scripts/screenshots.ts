// Screenshots of built pages for a reader's look: each path at 390 and 1280 px,
// light and dark, into an output folder (default screenshots/, not committed).
//   node scripts/screenshots.ts [--out dir] [--height px] /reports/xinyi-2023-summary/ /
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDir } from '../tests/helpers/static-server.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  if (value === undefined) throw new Error(`screenshots: ${name} needs a value`);
  return value;
};
const out = flag('--out', 'screenshots');
const maxHeight = Number(flag('--height', '2400'));
const widths = flag('--widths', '390,1280').split(',').map(Number);
const schemes = flag('--schemes', 'light,dark').split(',') as ('light' | 'dark')[];
const paths = args.length ? args : ['/'];
mkdirSync(out, { recursive: true });

const server = await serveDir(process.env.ATLAS_DIST ?? 'dist');
const browser = await launchBrowser();
try {
  for (const path of paths) {
    for (const width of widths) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, locale: 'zh-CN' });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const height = Math.min(maxHeight, await page.evaluate(() => document.documentElement.scrollHeight));
        const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage: true, clip: { x: 0, y: 0, width, height } });
        console.log(join(out, name));
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
