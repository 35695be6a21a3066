// Typed lint where promises live (eslint.config.js): a promise left floating in
// browser code, or an async handler where the DOM expects void, fails lint.
// Linted as text in place of an existing module, so the project service types it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function promiseErrors(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/browser/cite.ts' });
  return (result?.messages ?? []).flatMap((m) => (m.ruleId?.includes('promise') ? [m.ruleId] : []));
}

describe('typed lint in browser code', () => {
  it('refuses a floating promise and an async listener, passes one handled', async () => {
    expect(await promiseErrors("fetch('/x');\n")).toEqual(['@typescript-eslint/no-floating-promises']);
    expect(
      await promiseErrors("document.body.addEventListener('click', async () => { await fetch('/x'); });\n"),
    ).toEqual(['@typescript-eslint/no-misused-promises']);
    expect(await promiseErrors("void fetch('/x').catch(() => undefined);\n")).toEqual([]);
  }, 60_000);
});
