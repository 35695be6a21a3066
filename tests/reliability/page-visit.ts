// One visit of a page in Chromium, recording what a security or CSP test
// needs: dialogs opened, Content-Security-Policy violations (the
// securitypolicyviolation event, from before the page's first script),
// elements a hostile payload would have added, and console errors.
import type { Browser, Page } from 'playwright-core';
import { openPage, settled } from '../helpers/browser.ts';

export interface Visit {
  dialogs: string[];
  violations: string[];
  /** Elements only an injected payload would create. */
  probes: number;
  errors: string[];
}

export async function visitPage(browser: Browser, url: string, act?: (page: Page) => Promise<void>): Promise<Visit> {
  const { page, context, errors } = await openPage(browser);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await settled(page);
  if (act) {
    await act(page);
    await settled(page);
  }
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  const probes = await page.evaluate(
    () => document.querySelectorAll('.xss-probe, img[src="x"], svg[onload], [onerror], [onload], [onclick]').length,
  );
  await context.close();
  return { dialogs, violations, probes, errors };
}
