// Citing a paragraph or a figure from its anchor: following #p-n or #f-n
// fills the cite box with that part's GB/T 7714 and English citations.
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from '../helpers/site.ts';

const site = serveBuiltSite();
const REPORT = '/reports/xinyi-2023-summary/';

describe('paragraph and figure citations', () => {
  it('a paragraph anchor cites 第 n+1 段 at #p-n; a figure anchor cites the figure as written at #f-n', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}${REPORT}#p-2`);
    const zh = page.locator('[data-cite-part-zh]');
    await expect.poll(() => zh.textContent()).toContain('（第 3 段）[EB/OL]');
    expect(await zh.textContent()).toMatch(/reports\/xinyi-2023-summary\/#p-2\.$/);
    expect(await zh.textContent()).not.toContain('[引用日期]');
    expect(await page.locator('[data-cite-part-en]').textContent()).toContain('paragraph 3');
    const figure = (await page.locator('#f-4').textContent())!.trim();
    await page.evaluate(() => (location.hash = '#f-4'));
    await expect.poll(() => zh.textContent()).toContain(`（数字 f-4：${figure}）`);
    expect(await page.locator('[data-cite-part-en]').textContent()).toMatch(
      new RegExp(`figure f-4 \\(${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\).*#f-4$`),
    );
    await context.close();
  });
});
