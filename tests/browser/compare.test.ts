// /compare/ and the curated comparisons in Debian Chromium: selection through
// the picker and through the address, hostile and malformed addresses, the
// curated pages with JavaScript on and off, phone tabs, CSV export, print,
// accessibility, and no console errors anywhere.
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, openPage } from '../helpers/browser.ts';
import { serveBuiltSite } from '../helpers/site.ts';
import { seriousViolations } from '../helpers/axe.ts';
import type { Page } from 'playwright-core';

const site = serveBuiltSite();

const XIANJU = 'xianju-2024-h1-summary-h2-plan';
const NINGBO = 'ningbo-2012-summary';
const ANQING = 'anqing-2011-summary';
const CURATED = ['/compare/2024-plans/', '/compare/city-summaries/', '/compare/plan-vs-result/'];

/** The finder has answered: the list is not busy (it is set busy before any request starts). */
const listSettled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('#cmp-list')?.hasAttribute('aria-busy'));
const rowIds = (page: Page) =>
  page.locator('#cmp-list input[name="r"]').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));

describe('/compare/ with JavaScript', () => {
  it('selecting reports in the picker writes the address and builds the view', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('#cmp-messages').innerText()).toContain('请在上面的列表中选择');
    await expect(page.locator('#cmp-nojs').isHidden()).resolves.toBe(true);
    // No CSV or Print buttons before there is a comparison.
    expect(await page.locator('#cmp-toolbar').isVisible()).toBe(false);
    await page.locator(`input[value="${NINGBO}"]`).check();
    expect(await page.locator('#cmp-messages').innerText()).toContain('再选 1 篇即可对比');
    await page.locator(`input[value="${ANQING}"]`).check();
    await expect.poll(() => page.locator('#cmp-count').innerText()).toContain('2/4');
    expect(await page.locator('#cmp-messages').innerText()).toContain('已选 2 篇：按“对比所选报告”并排查看');
    await page.locator('#cmp-picker button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?r=${NINGBO},${ANQING}`);
    await page.locator('.cmp-themes').waitFor();
    const heads = await page.locator('.cmp-themes thead th').allInnerTexts();
    expect(heads.slice(1).map((t) => t.trim())).toEqual(['宁波市 约2012', '安庆市 约2011']);
    expect(await page.locator('.cmp-themes tbody tr').count()).toBe(13);
    expect(await page.locator('#cmp-toolbar').isVisible()).toBe(true);
    expect(await page.locator('#cmp-share').getAttribute('href')).toBe(`/compare/?r=${NINGBO},${ANQING}`);
    // Back goes to the empty selection, forward to the view again.
    await page.goBack();
    await expect.poll(() => page.locator('#cmp-view .cmp').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('#cmp-view .cmp').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds reports by filters and words, a page of them at a time, and stops at four', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    const all = await rowIds(page);
    await page.locator('select[data-filter="year"]').selectOption('2024');
    await listSettled(page);
    const in2024 = await rowIds(page);
    expect(in2024.length).toBeLessThan(all.length);
    expect(in2024.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#cmp-list-note').innerText()).toBe(`找到 ${in2024.length} 篇，共 ${all.length} 篇`);
    await page.locator('select[data-filter="level"]').selectOption('county');
    await listSettled(page);
    const counties = await page.locator('#cmp-list .cmp-list__meta').allInnerTexts();
    expect(counties.length).toBeGreaterThan(0);
    for (const meta of counties) expect(meta).toContain('县级');
    await page.locator('select[data-filter="level"]').selectOption('');
    await page.locator('select[data-filter="province"]').selectOption('浙江省');
    await page.locator('select[data-filter="type"]').selectOption('summary+plan');
    await listSettled(page);
    expect(await rowIds(page)).toEqual([XIANJU]);
    for (const sel of ['province', 'type', 'year']) await page.locator(`select[data-filter="${sel}"]`).selectOption('');
    await listSettled(page);
    // Nothing asked: the page's own list again.
    expect(await rowIds(page)).toEqual(all);
    // Words find a report by its place; Enter finds at once and never sends the form.
    await page.locator('#cmp-q').fill('宁波');
    await page.locator('#cmp-q').press('Enter');
    await listSettled(page);
    expect(await rowIds(page)).toEqual([NINGBO]);
    expect(new URL(page.url()).search).toBe('');
    await page.locator('#cmp-q').fill('');
    await page.locator('#cmp-q').press('Enter');
    await listSettled(page);
    const boxes = page.locator('#cmp-list input[type="checkbox"]');
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    expect(await boxes.nth(4).isDisabled()).toBe(true);
    expect(await page.locator('#cmp-count').innerText()).toContain('4/4（已达上限）');
    await boxes.nth(0).uncheck();
    expect(await boxes.nth(4).isDisabled()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the chosen reports below the list while the list changes, and un-chooses from there', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    expect(await page.locator('#cmp-chosen-list > li').count()).toBe(0);
    expect(await page.locator('#cmp-count').innerText()).toBe('已选 0/4');
    await page.locator(`input[value="${ANQING}"]`).check();
    await page.locator('#cmp-q').fill('宁波');
    await listSettled(page);
    await page.locator(`input[value="${NINGBO}"]`).check();
    // 安庆 is not in the list now, but still chosen.
    expect(await page.locator(`#cmp-list input[value="${ANQING}"]`).count()).toBe(0);
    expect(await page.locator('#cmp-chosen-list > li').allInnerTexts()).toEqual([
      expect.stringContaining('安徽省安庆市 约2011'),
      expect.stringContaining('浙江省宁波市 约2012'),
    ]);
    await page.locator('#cmp-picker button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?r=${ANQING},${NINGBO}`);
    await page.locator('.cmp-themes').waitFor();
    // Un-choosing from the chosen list unticks the row too; focus stays in the picker.
    await page.locator(`#cmp-chosen-list button[data-id="${NINGBO}"]`).click();
    expect(await page.locator(`#cmp-list input[value="${NINGBO}"]`).isChecked()).toBe(false);
    expect(await page.locator('#cmp-chosen-list > li').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.closest('#cmp-picker') !== null)).toBe(true);
    expect(await page.locator('#cmp-count').innerText()).toBe('已选 1/4');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finds a report covering two years under each of them', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    for (const year of ['2022', '2023']) {
      await page.locator('select[data-filter="year"]').selectOption(year);
      await listSettled(page);
      expect(await rowIds(page), year).toContain('yanzhou-2022-summary-2023-plan');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads several place names as any of them: 宁波 仙居 and ningbo xianju list both reports', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    for (const q of ['宁波 仙居', 'ningbo xianju']) {
      await page.locator('#cmp-q').fill(q);
      await page.locator('#cmp-q').press('Enter');
      await listSettled(page);
      expect((await rowIds(page)).sort(), q).toEqual([NINGBO, XIANJU].sort());
      expect(await page.locator('#cmp-list-note').innerText(), q).toMatch(/^找到 2 篇/);
    }
    // Both can be chosen from that one list.
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator(`input[value="${XIANJU}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?r=${NINGBO},${XIANJU}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when nothing matches the words and lists the nearest reports instead', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    await page.locator('#cmp-q').fill('科技特派圆');
    await expect.poll(() => page.locator('#cmp-list-note').innerText()).toContain('没有完全符合“科技特派圆”的报告');
    expect((await rowIds(page)).length).toBeGreaterThan(0);
    await page.locator('select[data-filter="province"]').selectOption('浙江省');
    await page.locator('select[data-filter="year"]').selectOption('2010');
    await expect.poll(() => page.locator('#cmp-list-note').innerText()).toContain('没有符合条件的报告');
    expect(await rowIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads a shared address: the view, the ticked boxes, cells that open, instrument examples on focus', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${XIANJU},${NINGBO}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    expect(await page.locator(`input[value="${XIANJU}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[value="${NINGBO}"]`).isChecked()).toBe(true);
    const cell = page.locator('.cmp-themes details.cmp-cell').first();
    const firstSentence = cell.locator('.cmp-sentences li').first();
    expect(await firstSentence.isVisible()).toBe(false);
    await cell.locator('summary').click();
    expect(await firstSentence.isVisible()).toBe(true);
    expect(await page.locator('.cmp-absent').count()).toBeGreaterThan(0);
    // Plan against result for 仙居 appears in a live selection too.
    expect(await page.locator('#cmp-plan-result .cmp-prtable').count()).toBe(1);
    const count = page.locator('.cmp-instruments a.cmp-count').first();
    const tip = page.locator(`#${await count.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(false);
    await count.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^例：/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the view as CSV', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${NINGBO},${ANQING}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cmp-csv').click()]);
    expect(download.suggestedFilename()).toBe(`compare-${NINGBO}_${ANQING}.csv`);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    const lines = text.trim().split('\n');
    expect(lines[0]).toBe('table,row,report,column,value,unit,kind,text,source');
    expect(lines.filter((l) => l.startsWith('themes,')).length).toBe(26);
    expect(lines.some((l) => l.startsWith('figures,') && l.includes(`${site.url}/reports/${NINGBO}/#f-`))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the selection (QA review)', () => {
  it('an address that loads late never draws over a newer choice', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route(`**/compare-data/${NINGBO}.json`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/compare/?r=${NINGBO},${ANQING}`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    // While 宁波 is still loading, the reader chooses two others and compares them.
    await page.locator(`input[value="${XIANJU}"]`).check();
    await page.locator('input[value="liupanshui-2010-summary"]').check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.locator('.cmp-themes').waitFor();
    const drawn = await page.locator('#cmp-result-h').innerText();
    expect(drawn).toBe('对比：仙居县 2024 · 六盘水市 约2010');
    // Now the old address's data arrives, and is read.
    const finished = page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/${NINGBO}.json`));
    release();
    await finished;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    expect(await page.locator('#cmp-result-h').innerText()).toBe(drawn);
    expect(new URL(page.url()).search).toBe(`?r=${XIANJU},liupanshui-2010-summary`);
    expect(await page.locator('#cmp-chosen-list > li').count()).toBe(2);
    expect(await page.locator('#cmp-share').getAttribute('href')).toBe(`/compare/?r=${XIANJU},liupanshui-2010-summary`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the same choice sent twice is one history entry', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator(`input[value="${ANQING}"]`).check();
    const before = await page.evaluate(() => history.length);
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.locator('.cmp-themes').waitFor();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.locator('#cmp-view[aria-busy]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the order in which the reports were ticked, not the list order', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    const order = await page
      .locator('#cmp-list input')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    expect(order.indexOf(XIANJU)).toBeLessThan(order.indexOf(ANQING));
    await page.locator(`input[value="${ANQING}"]`).check();
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator(`input[value="${NINGBO}"]`).uncheck();
    await page.locator(`input[value="${XIANJU}"]`).check();
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe(`?r=${ANQING},${XIANJU},${NINGBO}`);
    await page.locator('.cmp-themes').waitFor();
    expect(await page.locator('.cmp-report__label').allInnerTexts()).toEqual([
      '安庆市 约2011',
      '仙居县 2024',
      '宁波市 约2012',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads upper-case ids as their lower-case selves', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${NINGBO.toUpperCase()},Anqing-2011-Summary`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    expect(await page.locator('.cmp-report__label').allInnerTexts()).toEqual(['宁波市 约2012', '安庆市 约2011']);
    expect(await page.locator('#cmp-messages').innerText()).not.toContain('无法识别');
    expect(await page.locator('#cmp-share').getAttribute('href')).toBe(`/compare/?r=${NINGBO},${ANQING}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with one report, says that two are needed and shows no one-column comparison', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await expect.poll(() => page.locator('#cmp-messages').innerText()).toContain('至少需要 2 篇报告');
    expect(await page.locator('#cmp-messages').innerText()).toContain('宁波市 约2012');
    expect(await page.locator('#cmp-view .cmp').count()).toBe(0);
    expect(await page.locator('#cmp-toolbar').isVisible()).toBe(false);
    expect(await page.locator('#cmp-result-h').isVisible()).toBe(false);
    expect(await page.locator('#cmp-picker').isVisible()).toBe(true);
    expect(await page.locator(`input[value="${NINGBO}"]`).isChecked()).toBe(true);
    // A second tick makes it a comparison.
    await page.locator(`input[value="${ANQING}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.locator('#cmp-view .cmp').waitFor();
    expect(await page.locator('#cmp-toolbar').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('the list says how long it is and, on a %s, is seen to scroll', async (name, viewport) => {
    const { page, context, errors } = await openPage(site.browser, viewport);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    const total = await page.locator('#cmp-list > li').count();
    expect(await page.locator('#cmp-list-note').innerText()).toBe(`共 ${total} 篇`);
    const box = await page.locator('#cmp-list').evaluate((ul) => {
      const edge = ul.getBoundingClientRect().bottom;
      const rows = [...ul.children].map((li) => li.getBoundingClientRect());
      const cut = rows.find((r) => r.top < edge && r.bottom > edge);
      return { overflows: ul.scrollHeight > ul.clientHeight, shown: cut ? (edge - cut.top) / cut.height : null };
    });
    expect(box.overflows).toBe(true);
    // The box ends inside a row, never at a border, so the list never looks complete.
    if (name === 'desktop') {
      expect(box.shown).not.toBeNull();
      expect(box.shown!).toBeGreaterThan(0.3);
      expect(box.shown!).toBeLessThan(0.7);
    }
    await page.locator('select[data-filter="year"]').selectOption('2024');
    await listSettled(page);
    const shown = await page.locator('#cmp-list > li').count();
    expect(await page.locator('#cmp-list-note').innerText()).toBe(`找到 ${shown} 篇，共 ${total} 篇`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('figures as written (QA review)', () => {
  it('theme chips read on their own: a rank as a rank, no bare number', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${XIANJU},xinyi-2023-summary,${NINGBO}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    const chips = await page.locator('.cmp-themes .cmp-keyfig').allInnerTexts();
    expect(chips).toContain('全市排名3');
    expect(chips).toContain('创新指数 364.85');
    for (const chip of chips) expect(chip).not.toMatch(/^[\d.,*]+名?$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plan against result: the results column holds no target, the targets column only targets', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP, { javaScriptEnabled: false });
    await page.goto(`${site.url}/compare/plan-vs-result/`, { waitUntil: 'load' });
    // 兖州's block (the blocks are ordered by comparable pairs, so not by position).
    const yanzhou = page.locator('[id^="cmp-pr-"]', { has: page.locator('thead th', { hasText: '2022年实绩' }) });
    const heads = await yanzhou.locator('thead th').allInnerTexts();
    expect(heads[1]).toContain('2022年实绩');
    const kinds = (col: number) =>
      page.locator(`.cmp-prtable tbody td:nth-of-type(${col}) .tag.cmp-kind`).allInnerTexts();
    const results = await kinds(1);
    const targets = await kinds(2);
    expect(results.length).toBeGreaterThan(20);
    expect(results).not.toContain('目标');
    expect(new Set(targets)).toEqual(new Set(['目标']));
    const funds = yanzhou.locator('tbody tr', { hasText: '争取上级资金' });
    expect(await funds.locator('td').first().innerText()).not.toContain('目标');
    await context.close();
  });
});

describe('hostile and malformed addresses', () => {
  it('shows markup in ?r= as text, runs nothing, and names the bad ids', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    const evil = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'no-such-report', NINGBO];
    await page.goto(`${site.url}/compare/?r=${evil.map(encodeURIComponent).join(',')}`, { waitUntil: 'load' });
    const messages = page.locator('#cmp-messages');
    await expect.poll(() => messages.innerText()).toContain('找不到这些报告：no-such-report');
    const text = await messages.innerText();
    expect(text).toContain('无法识别的报告编号');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('再选至少一篇');
    expect(await page.locator('#cmp-messages img, #cmp-messages script, #cmp-view img').count()).toBe(0);
    // The one good id is ticked, but one report is no comparison.
    expect(await page.locator(`input[value="${NINGBO}"]`).isChecked()).toBe(true);
    expect(await page.locator('#cmp-view .cmp').count()).toBe(0);
    expect(dialogs).toBe(0);
    // The unknown id was looked up (its data file) and not found: that 404 is the only error.
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    expect(errors.find((e) => e.startsWith('HTTP 404'))).toMatch(/\/compare-data\/no-such-report\.json$/);
    await context.close();
  });

  it('uses the first four of more than four reports and says so', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    const ids = [XIANJU, NINGBO, ANQING, 'liupanshui-2010-summary', 'xinyi-2023-summary'];
    await page.goto(`${site.url}/compare/?r=${ids.join(',')}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    expect(await page.locator('.cmp-themes thead th').count()).toBe(5);
    expect(await page.locator('#cmp-messages').innerText()).toContain('未显示：xinyi-2023-summary');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads the plain form address ?r=a&r=b as well', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${NINGBO}&r=${ANQING}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    expect(await page.locator('.cmp-themes thead th').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('/compare/ is a plain form with a note and the curated links', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP, { javaScriptEnabled: false });
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    expect(await page.locator('#cmp-nojs').isVisible()).toBe(true);
    expect(await page.locator('#cmp-nojs').innerText()).toContain('需要 JavaScript');
    // The filters need the script, so they stay hidden without it.
    expect(await page.locator('#cmp-filters').isVisible()).toBe(false);
    expect(await page.locator('#cmp-list-note').innerText()).toMatch(/^共 \d+ 篇$/);
    for (const href of CURATED) expect(await page.locator(`.cmp-curated a[href="${href}"]`).count()).toBe(1);
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator(`input[value="${ANQING}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.waitForURL(/\?r=/);
    expect(new URL(page.url()).searchParams.getAll('r')).toEqual([NINGBO, ANQING]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(CURATED)('%s is complete as static HTML', async (path) => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP, { javaScriptEnabled: false });
    const response = await page.goto(site.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('.cmp-reports > li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.cmp-themes tbody tr').count()).toBe(13);
    expect(await page.locator('.cmp-emphasis tbody tr').count()).toBe(13);
    expect(await page.locator('.cmp-instruments tbody tr:not(.cmp-side)').count()).toBeGreaterThan(10);
    const details = page.locator('details.cmp-cell').first();
    await details.locator('summary').click();
    expect(await details.locator('.cmp-sentences li').first().isVisible()).toBe(true);
    const csv = await page.locator('a[href$=".csv"]').getAttribute('href');
    const res = await page.request.get(site.url + csv!);
    expect(res.status()).toBe(200);
    // No byte-order mark: d3 and csv-parse name the first column right.
    expect((await res.text()).split('\n')[0]).toBe('table,row,report,column,value,unit,kind,text,source');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('curated pages with JavaScript', () => {
  it.each(CURATED)('%s has no console errors and no serious axe violation', async (path) => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(site.url + path, { waitUntil: 'load' });
    await page.locator('.cmp').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the plan-vs-result page leads with targets beside results for 兖州 and 仙居', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/plan-vs-result/`, { waitUntil: 'load' });
    const first = page.locator('section.cmp-section').first();
    expect(await first.getAttribute('id')).toBe('cmp-plan-result');
    const titles = await first.locator('h3').allInnerTexts();
    expect(titles.join('\n')).toContain('2022年实绩与2023年目标');
    expect(titles.join('\n')).toContain('上半年实绩与下半年目标');
    await context.close();
  });

  it('the 2024 plans page takes 仙居 second-half plan only', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/2024-plans/`, { waitUntil: 'load' });
    const labels = await page.locator('.cmp-report__label').allInnerTexts();
    expect(labels).toEqual(['薛城区 2024', '梁溪区 2024', '长沙县 2024', '仙居县 2024 下半年计划']);
    expect(await page.locator('.cmp-themes').innerText()).not.toContain('814.37万元');
    await context.close();
  });

  it('the /compare/ view passes axe too', async () => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${XIANJU},${NINGBO}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('phone and print', () => {
  it.each([CURATED[0], `/compare/?r=${XIANJU},${NINGBO},${ANQING}`])(
    '%s: tabs pick one report at a time, by click and by arrow keys',
    async (path) => {
      const { page, context, errors } = await openPage(site.browser, PHONE);
      await page.goto(site.url + path, { waitUntil: 'load' });
      await page.locator('.cmp-tabs').waitFor();
      const tabs = page.locator('.cmp-tabs [role="tab"]');
      expect(await tabs.count()).toBe(await page.locator('.cmp-reports > li').count());
      expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
      const visibleCols = () =>
        page
          .locator('.cmp-themes tbody tr')
          .first()
          .locator('td:visible')
          .evaluateAll((tds) => tds.map((td) => td.className));
      expect(await visibleCols()).toEqual(['cmp-c cmp-c--0']);
      await tabs.nth(1).click();
      expect(await visibleCols()).toEqual(['cmp-c cmp-c--1']);
      await page.keyboard.press('ArrowRight');
      expect(await tabs.nth(2).getAttribute('aria-selected')).toBe('true');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('cmp-tab-2');
      expect(await visibleCols()).toEqual(['cmp-c cmp-c--2']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('after 对比所选报告, focus moves to the comparison heading, scrolled into view', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${site.url}/compare/`, { waitUntil: 'load' });
    await page.locator('#cmp-filters').waitFor();
    await page.locator(`input[value="${NINGBO}"]`).check();
    await page.locator(`input[value="${ANQING}"]`).check();
    await page.locator('#cmp-picker button[type="submit"]').click();
    await page.locator('#cmp-view .cmp').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cmp-result-h');
    const h = page.locator('#cmp-result-h');
    expect(await h.getAttribute('tabindex')).toBe('-1');
    expect(await h.innerText()).toBe('对比：宁波市 约2012 · 安庆市 约2011');
    const top = await h.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    // A shared address opens where it opens: no focus moved, no scroll.
    await page.goto(`${site.url}/compare/?r=${NINGBO},${ANQING}`, { waitUntil: 'load' });
    await page.locator('#cmp-view .cmp').waitFor();
    expect(await page.evaluate(() => [document.activeElement?.tagName, window.scrollY])).toEqual(['BODY', 0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript a phone gets stacked cells, each naming its report', async () => {
    const { page, context } = await openPage(site.browser, PHONE, { javaScriptEnabled: false });
    await page.goto(`${site.url}${CURATED[1]}`, { waitUntil: 'load' });
    const row = page.locator('.cmp-themes tbody tr').first();
    expect(await row.locator('td:visible').count()).toBe(3);
    expect(await row.locator('.cmp-owner:visible').allInnerTexts()).toEqual([
      '六盘水市 约2010',
      '宁波市 约2012',
      '安庆市 约2011',
    ]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('print shows every cell open and hides the controls', async () => {
    const { page, context } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.url}/compare/?r=${NINGBO},${ANQING}`, { waitUntil: 'load' });
    await page.locator('.cmp-themes').waitFor();
    const sentence = page.locator('.cmp-themes details.cmp-cell .cmp-sentences li').first();
    expect(await sentence.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await sentence.isVisible()).toBe(true);
    expect(await page.locator('#cmp-picker').isVisible()).toBe(false);
    expect(await page.locator('#cmp-toolbar').isVisible()).toBe(false);
    await context.close();
  });
});
