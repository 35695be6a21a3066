// The search page in Debian Chromium over the built site: a reader types a
// query and sees highlighted snippets grouped by report, follows a snippet to
// its paragraph, filters, goes back, shares the address; hostile input stays
// text; without JavaScript the page says so and offers browsing.
// ATLAS_DIST=<dir> runs it against another build than dist/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, openPage } from '../helpers/browser.ts';
import { MAX_QUERY_CHARS } from '../../src/search/engine/query-parse.ts';
import { serveBuiltSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/axe.ts';

const site = serveBuiltSite();

const resultIds = (page: Page) =>
  page.locator('.search-result').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.report));
const marks = (page: Page) => page.locator('.search-results mark').allInnerTexts();

/** Opens the page for `q` and waits until it has answered: a count or notice drawn, and aria-busy gone (the theme counts follow the results). */
async function searchFor(page: Page, q: string): Promise<void> {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
  await page.locator('.search-count, .search-notice, .search-empty').first().waitFor();
  await page.locator('#search-app:not([aria-busy])').waitFor();
}

/** Per listed report (matches first, then the near block): its id, tier class, marks and the text of its passages. */
const listed = (page: Page, block: 'first' | 'near') =>
  page
    .locator(block === 'first' ? '.search-main > .search-results' : '.search-near .search-results')
    .locator('.search-result')
    .evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.report!,
        tier: [...el.classList].find((c) => c.startsWith('search-result--'))!.slice('search-result--'.length),
        meta: el.querySelector('.search-meta')!.textContent!,
        marks: [...el.querySelectorAll('.search-snippets mark')].map((m) => m.textContent),
        passages: [...el.querySelectorAll('.search-snippets a')].map((a) => a.textContent!),
      })),
    );

describe('search page', () => {
  it('typing a query shows highlighted snippets grouped by report, and puts the query in the address', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-q').fill('科技特派员');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('科技特派员');
    await page.locator('.search-result').first().waitFor();
    const ids = await resultIds(page);
    expect(ids).toEqual(
      expect.arrayContaining([
        'xianju-2024-h1-summary-h2-plan',
        'unidentified-county-2024-assistance-plan',
        'yanzhou-2022-summary-2023-plan',
      ]),
    );
    expect(await marks(page)).toContain('科技特派员');
    // Marks are real elements holding text, never markup.
    expect(
      await page
        .locator('.search-results mark')
        .first()
        .evaluate((m) => m.children.length),
    ).toBe(0);
    await expect.poll(() => page.locator('.search-count').innerText()).toMatch(/找到 \d+ 份报告/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a snippet links to its paragraph, which exists and holds the matched words', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '揭榜挂帅');
    expect((await resultIds(page))[0]).toBe('xinyi-2023-summary');
    const href = await page.locator('.search-snippets a').first().getAttribute('href');
    expect(href).toMatch(/^\/reports\/xinyi-2023-summary\/#p-\d+$/);
    await page.locator('.search-snippets a').first().click();
    await page.waitForURL(/\/reports\/xinyi-2023-summary\//);
    const anchor = href!.split('#')[1];
    expect(await page.locator(`[id="${anchor}"]`).innerText()).toContain('揭榜挂帅');
    await context.close();
  });

  it('filters narrow the results, show counts, live in the address, and the back button undoes them', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '科技');
    const before = await resultIds(page);
    const jiangsu = page.locator('a[data-filter="province"]', { hasText: '江苏省' });
    const count = Number(await jiangsu.locator('.search-facet__count').innerText());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before.length);
    await jiangsu.click();
    await page.waitForURL(/province=/);
    await expect.poll(() => resultIds(page)).toHaveLength(count);
    for (const meta of await page.locator('.search-meta').allInnerTexts()) expect(meta).toContain('江苏省');
    expect(await page.locator('a[data-filter="province"][aria-current="true"]').innerText()).toContain('江苏省');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBeNull();
    await expect.poll(() => resultIds(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a shared address restores query and filters', async () => {
    const { page, context } = await openPage(site.browser, PHONE);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('高企')}&type=summary`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('高企');
    expect(await page.locator('a[data-filter="type"][aria-current="true"]').count()).toBe(1);
    // 高企 also finds 高新技术企业 (synonym from the indicator lexicon).
    expect((await marks(page)).some((m) => m.includes('高新技术企业') || m === '高企')).toBe(true);
    await context.close();
  });

  it('traditional characters find simplified text', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '研發投入');
    await expect.poll(() => page.locator('.search-status').innerText()).toContain('已按简体字检索');
    expect(await marks(page)).toContain('研发投入');
    await context.close();
  });

  it('is usable from the keyboard: / focuses the box, ↓ walks the results', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '人才');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-link'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toMatch(/^\/reports\//);
    await context.close();
  });

  it.each([
    ['markup', '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'],
    ['emoji', '🙂🚀'],
    ['punctuation only', '，。！？…'],
    ['a 10,000-character query', '科技'.repeat(5_000)],
  ])('handles %s as text, without errors', async (_label, q) => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    let dialog = false;
    page.on('dialog', (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-q').fill(q);
    await page.locator('#search-q').press('Enter');
    await page.locator('.search-count, .search-notice').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialog).toBe(false);
    expect(await page.locator('#search-app img, #search-app script').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe(q);
    // The address keeps only what is searched.
    expect(new URL(page.url()).searchParams.get('q')).toBe(q.slice(0, MAX_QUERY_CHARS));
    if (q.length > MAX_QUERY_CHARS) expect(await page.locator('.search-status').innerText()).toContain('查询过长');
    if (!/[\p{L}\p{N}]/u.test(q)) expect(await page.locator('.search-status').innerText()).toContain('没有可检索');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a long shared address is cut to what is searched, and the reader is told', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    // 600 characters (5 KB encoded): longer ones are refused by servers before the page can cut them.
    const q = '科技'.repeat(300);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}&type=summary`);
    await expect.poll(() => page.locator('.search-status').innerText()).toContain('查询过长');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe(q.slice(0, MAX_QUERY_CHARS));
    expect(url.searchParams.get('type')).toBe('summary');
    expect(page.url().length).toBeLessThan(1200);
    expect(await page.locator('#search-q').inputValue()).toBe(q.slice(0, MAX_QUERY_CHARS));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exact results mark only the whole phrase or a synonym, and 同时检索 lists only what was not typed', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '高企');
    // 兖州's title 区科学技术局… holds 技术 (a piece of 高新技术企业): no mark there.
    const yanzhou = page.locator('.search-result[data-report="yanzhou-2022-summary-2023-plan"]');
    expect(await yanzhou.locator('.search-meta').innerText()).toContain('完全匹配');
    expect(await yanzhou.locator('h2 mark').count()).toBe(0);
    const exactMarks = await page.locator('.search-result--exact mark').allInnerTexts();
    expect(exactMarks.length).toBeGreaterThan(0);
    for (const m of exactMarks) expect(['高企', '高新企业', '高新技术企业']).toContain(m);
    expect(await page.locator('.search-count').innerText()).toContain('包含全部检索词');
    await searchFor(page, '高企 研发');
    expect(await page.locator('.search-synonyms').innerText()).toBe(
      '同时检索：高企 → 高新企业、高新技术企业；研发 → r&d',
    );
    await searchFor(page, '<img src=x onerror=alert(1)>');
    expect(await page.locator('.search-synonyms').count()).toBe(0);
    await context.close();
  });

  it('filter values past the first eight are reachable from the keyboard behind 更多', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '专');
    const more = page.locator('.search-facet-group[aria-label="主题"] details.search-facet__more');
    const hidden = more.locator('a[data-filter="theme"]').first();
    expect(await hidden.isVisible()).toBe(false);
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => hidden.isVisible()).toBe(true);
    const label = (await hidden.innerText()).split(/\s/)[0];
    await hidden.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/theme=/);
    expect(await page.locator('a[data-filter="theme"][aria-current="true"]').innerText()).toContain(label);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Esc clears the query everywhere: box, results and address; Back brings them back', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '科技');
    await page.locator('#search-q').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(await page.locator('#search-q').inputValue()).toBe('');
    await expect.poll(() => page.locator('.search-result').count()).toBe(0);
    expect(await page.locator('.search-status').innerText()).toContain('输入要查找的词');
    await page.goBack();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-q').inputValue()).toBe('科技');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a page past the end shows the last page and says so in the address, without breaking Back', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/search/`);
    await searchFor(page, '科技');
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('科技')}&page=99`);
    await page.locator('.search-result').first().waitFor();
    const shown = (await page.locator('.search-pager span').innerText()).match(/第 (\d+) \/ (\d+) 页/)!;
    expect(shown[1]).toBe(shown[2]);
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe(shown[1]);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBeNull();
    await expect.poll(() => page.locator('.search-pager span').innerText()).toContain('第 1 /');
    await context.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])(
    'Back from a result returns to the same scroll position (%s, page rebuilt, not from the bfcache)',
    async (_label, viewport) => {
      const { page, context } = await openPage(site.browser, viewport);
      await searchFor(page, '科技');
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      const link = page.locator('.search-result h2 a').nth(5);
      await link.scrollIntoViewIfNeeded();
      // Wait for the wheel's scroll to end (scrollend), not for a guessed time.
      const before = await page.evaluate(() => window.scrollY);
      const scrolled = page.evaluate(
        (y0) =>
          new Promise<void>((done) => {
            const check = () => window.scrollY !== y0 && done();
            window.addEventListener('scrollend', check);
          }),
        before,
      );
      await page.mouse.wheel(0, 200);
      await scrolled;
      const y = await page.evaluate(() => window.scrollY);
      expect(y).toBeGreaterThan(300);
      await link.click();
      await page.waitForURL((u) => u.pathname.startsWith('/reports/'));
      await page.goBack();
      await page.locator('.search-result').nth(5).waitFor();
      // A fresh document (what this test is about); bfcache would keep the marker and the scroll anyway.
      expect(
        await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      ).toBeUndefined();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
      await context.close();
    },
  );

  it('on a phone, a filter button above the results opens the filters there; on a desktop they stand beside', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await searchFor(page, '科技');
    const toggle = page.locator('.search-filter-toggle');
    const firstResult = page.locator('.search-result').first();
    expect(await toggle.isVisible()).toBe(true);
    expect((await toggle.boundingBox())!.y).toBeLessThan((await firstResult.boundingBox())!.y);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    const facet = page.locator('a[data-filter="province"]').first();
    expect(await facet.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await facet.isVisible()).toBe(true);
    expect((await facet.boundingBox())!.y).toBeLessThan((await firstResult.boundingBox())!.y);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBeTruthy();
    await facet.click();
    await page.waitForURL(/province=/);
    await expect.poll(() => toggle.innerText()).toContain('已选 1 项');
    expect(errors).toEqual([]);
    await context.close();

    const desktop = await openPage(site.browser, DESKTOP);
    await searchFor(desktop.page, '科技');
    expect(await desktop.page.locator('.search-filter-toggle').isVisible()).toBe(false);
    expect(await desktop.page.locator('a[data-filter="province"]').first().isVisible()).toBe(true);
    await desktop.context.close();
  });

  it('an empty query asks for one', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/search/`);
    await expect.poll(() => page.locator('.search-status').innerText()).toContain('输入要查找的词');
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript says so and links to browsing', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP, { javaScriptEnabled: false });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('科技')}`);
    expect(await page.locator('main').innerText()).toContain('全文搜索需要在浏览器中启用 JavaScript');
    expect(await page.locator('main a[href="/reports/"]').count()).toBe(1);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    await context.close();
  });

  it('a report\'s "more passages" expands in place and reaches a passage that was not shown', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '高新技术企业');
    const expandable = page.locator('.search-results .search-result:has(button.search-more)').first();
    await expandable.waitFor();
    // Located by its report, as the button is gone once expanded.
    const group = page
      .locator(`.search-results .search-result[data-report="${await expandable.getAttribute('data-report')}"]`)
      .first();
    const hrefs = () => group.locator('.search-snippets a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const before = await hrefs();
    const label = await group.locator('button.search-more').innerText();
    const promised = Number(/(\d+) 段/.exec(label)?.[1]);
    expect(promised).toBeGreaterThan(0);
    await group.locator('button.search-more').click();
    await group.and(page.locator('[data-expanded]')).waitFor();
    expect(await group.locator('button.search-more').count()).toBe(0);
    const after = await hrefs();
    const added = after.filter((h) => !before.includes(h));
    expect(added.length).toBeGreaterThan(0);
    expect(new Set(after).size).toBe(after.length);
    // The first new passage has focus, and it marks the phrase (or a synonym).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(added[0]);
    for (const m of await group.locator('.search-snippets mark').allInnerTexts())
      expect(['高新技术企业', '高企', '高新企业', '国高企']).toContain(m);
    await page.locator(`.search-snippets a[href="${added[0]}"]`).click();
    await page.waitForURL(/\/reports\//);
    expect(await page.locator(`[id="${added[0]!.split('#')[1]}"]`).innerText()).toMatch(/高新技术企业|高企|高新企业/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a quoted query returns only literal matches, says so, and lists no near matches', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, 'R&D');
    const unquoted = (await resultIds(page)).length;
    expect(await page.locator('.search-synonyms').innerText()).toContain('研发');
    await searchFor(page, '"R&D"');
    await page.locator('.search-notice', { hasText: '引号' }).waitFor();
    const quoted = await page.locator('.search-results').first().locator('.search-result').count();
    expect(quoted).toBeGreaterThan(0);
    expect(quoted).toBeLessThan(unquoted);
    const literal = await page.locator('.search-results').first().locator('mark').allInnerTexts();
    expect(literal.length).toBeGreaterThan(0);
    for (const m of literal) expect(m.toLowerCase()).toBe('r&d');
    for (const meta of await page.locator('.search-results').first().locator('.search-meta').allInnerTexts())
      expect(meta).toContain('完全匹配');
    expect(await page.locator('.search-synonyms').count()).toBe(0);
    expect(await page.locator('.search-near').isHidden()).toBe(true);
    await context.close();
  });

  it('a two-term query finds a report whose terms stand far apart, each shown in its own passage', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '乡村振兴 科技特派员');
    const groups = await page
      .locator('.search-results')
      .first()
      .locator('.search-result')
      .evaluateAll((els) =>
        els.map((el) =>
          [...el.querySelectorAll('.search-snippets li')].map((li) =>
            [...li.querySelectorAll('mark')].map((m) => m.textContent),
          ),
        ),
      );
    const apart = groups.filter((snippets) => {
      const all = snippets.flat();
      return (
        all.includes('乡村振兴') &&
        all.includes('科技特派员') &&
        !snippets.some((m) => m.includes('乡村振兴') && m.includes('科技特派员'))
      );
    });
    expect(apart.length).toBeGreaterThan(0);
    await context.close();
  });

  it('English and pinyin place names find the report: xinyi, Xinyi City, Xīnyí find 新沂; ningbo finds 宁波', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    for (const [q, zh] of [
      ['xinyi', '新沂'],
      ['Xinyi City', '新沂'],
      ['Xīnyí', '新沂'],
      ['ningbo', '宁波'],
    ] as const) {
      await searchFor(page, q);
      const first = page.locator('.search-results').first().locator('.search-result').first();
      expect(await first.locator('.search-meta').innerText(), q).toContain(zh);
    }
    await context.close();
  });

  it('has no serious or critical axe violation with results and filters shown', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '科技特派员');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('says the query syntax in the help line, and results lead with the derived title, the scraped one beside it', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '防震减灾');
    const help = await page.locator('#search-help').innerText();
    for (const syntax of ['OR', '|', '-词', 'NOT 词', '16家']) expect(help).toContain(syntax);
    const ningbo = page.locator('.search-result[data-report="ningbo-2012-summary"]');
    expect(await ningbo.locator('h2').innerText()).toBe('宁波市 约2012年工作总结');
    expect(await ningbo.locator('.search-original').innerText()).toBe('原标题：市科技局工作总结');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('16家 lists no report without 16家 among its matches (安庆 has 16件 and 7家)', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '16家');
    const results = await listed(page, 'first');
    expect(results.length).toBeGreaterThan(0);
    expect(results.map((r) => r.id)).not.toContain('anqing-2011-summary');
    for (const r of results) {
      expect(r.meta).toContain('完全匹配');
      expect(r.marks).toContain('16家');
      expect(r.marks.every((m) => m === '16家')).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('科普 OR 防震减灾 finds either word and says how it read the query', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '科普');
    const science = (await listed(page, 'first')).map((r) => r.id);
    await searchFor(page, '防震减灾');
    const quake = (await listed(page, 'first')).map((r) => r.id);
    await searchFor(page, '科普 OR 防震减灾');
    expect(await page.locator('.search-reading').innerText()).toBe('按此检索：科普 或 防震减灾');
    const either = await listed(page, 'first');
    expect(either.map((r) => r.id).sort()).toEqual([...new Set([...science, ...quake])].sort());
    expect(either.flatMap((r) => r.marks)).toEqual(expect.arrayContaining(['科普', '防震减灾']));
    await searchFor(page, '科普 | 防震减灾');
    expect((await listed(page, 'first')).map((r) => r.id).sort()).toEqual(either.map((r) => r.id).sort());
    expect(errors).toEqual([]);
    await context.close();
  });

  it('科普 -地震 leaves out the reports holding 地震, and says so', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '科普 地震');
    const withQuake = (await listed(page, 'first')).map((r) => r.id);
    expect(withQuake.length).toBeGreaterThan(0);
    await searchFor(page, '科普 -地震');
    expect(await page.locator('.search-reading').innerText()).toBe('按此检索：科普，不含 地震');
    expect(await page.locator('.search-count').innerText()).toContain(`已排除 ${withQuake.length} 份含排除词的报告`);
    const results = await listed(page, 'first');
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(withQuake).not.toContain(r.id);
      expect(r.passages.join('')).not.toContain('地震');
      expect(r.marks).toContain('科普');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('text copied across 。 finds its report with a passage that links to the paragraph holding it', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    const copied = '科技型中小企业40家。三是加强研发机构建设';
    await searchFor(page, copied);
    const first = page.locator('.search-main > .search-results .search-result').first();
    expect(await first.getAttribute('data-report')).toBe('xianju-2024-h1-summary-h2-plan');
    expect(await first.locator('.search-meta').innerText()).toContain('完全匹配');
    const passage = first.locator('.search-snippets a').first();
    expect((await passage.innerText()).replace('…', '')).toContain(copied);
    const href = (await passage.getAttribute('href'))!;
    await passage.click();
    await page.waitForURL(/\/reports\/xianju-2024-h1-summary-h2-plan\//);
    expect(await page.locator(`[id="${href.split('#')[1]}"]`).innerText()).toContain(copied);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a typo in a six-character word lists near matches and offers the reports’ spelling, which searches it', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '高新枝术企业');
    expect(await page.locator('.search-near').isVisible()).toBe(true);
    expect((await listed(page, 'near')).length).toBeGreaterThan(0);
    const dym = page.locator('.search-dym a');
    expect(await page.locator('.search-dym').innerText()).toContain('报告中没有“高新枝术企业”');
    expect(await dym.innerText()).toBe('高新技术企业');
    await dym.click();
    await page.waitForURL((u) => u.searchParams.get('q') === '高新技术企业');
    await page.locator('#search-app:not([aria-busy]) .search-count').waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('高新技术企业');
    const exact = await listed(page, 'first');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact[0]?.meta).toContain('完全匹配');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('宁波 仙居: no report holds both, so the reports holding one are listed as such', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await searchFor(page, '宁波 仙居');
    expect(await page.locator('.search-empty').innerText()).toContain('下面是包含其中部分检索词最多的报告');
    const near = await listed(page, 'near');
    const byId = new Map(near.map((r) => [r.id, r]));
    expect(byId.get('ningbo-2012-summary')?.meta).toContain('只含 宁波');
    expect(byId.get('xianju-2024-h1-summary-h2-plan')?.meta).toContain('只含 仙居');
    expect(errors).toEqual([]);
    await context.close();
  });
});
