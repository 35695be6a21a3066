// Raw sources as scrapes and attackers leave them, written (not committed:
// some names are not portable) into the fixture site's sources folder: pages
// saved as .html, .svg and .js that would run script on the site's origin if
// they were ever served as what they were saved as, an .html that loads a
// .js source, a source named index.html (the listing page's own name), and
// names with spaces, Chinese, markup and URL-special characters. The fixture
// report html-in-text names one of them as its raw file.
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Each hostile file: its name and bytes. Every script here calls alert(), so a browser test sees any that runs. */
export const HOSTILE_SOURCES: { name: string; text: string }[] = [
  {
    name: 'evil.html',
    text: `<!doctype html><title>scraped</title><script>alert('html inline')</script><img src=x onerror="alert('html img')"><p>县科技局2024年工作总结</p>`,
  },
  {
    name: 'loader.html',
    text: `<!doctype html><script src="evil.js"></script><script src="evil.js.txt"></script><script src="/sources/evil.js.txt"></script><iframe src="evil.svg.txt"></iframe><object data="evil.svg"></object>`,
  },
  {
    name: 'evil.svg',
    text: `<svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg onload')"><script>alert('svg script')</script><text y="20">科技局</text></svg>`,
  },
  { name: 'evil.js', text: `alert('js'); document.title = 'pwned';\n` },
  { name: 'index.html', text: `<!doctype html><h1>Not the listing</h1><script>alert('index')</script>` },
  { name: '新沂 科技局 2023年 工作总结.txt', text: '新沂市科技局2023年工作总结\n\n全年新认定高新技术企业30家。\n' },
  { name: `<img src=x onerror=alert('name')>.html`, text: '<p>a file whose name is markup</p>' },
  { name: 'a#b?c%20d&e=1.html', text: '<p>a file whose name holds URL-special characters</p>' },
  { name: `<iframe src=javascript:alert('raw')><svg onload=alert('raw2')>.txt`, text: '仙居县科技局 原始抓取文本\n' },
];

/** The fixture sources: the real raw files and the hostile ones. Returns the folder. */
export function writeHostileSources(dir: string, realSources = 'content/sources'): string {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(realSources)) copyFileSync(join(realSources, f), join(dir, f));
  for (const { name, text } of HOSTILE_SOURCES) writeFileSync(join(dir, name), text);
  return dir;
}
