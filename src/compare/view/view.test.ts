// The view writers: text stays text in both, unsafe attributes and links are
// refused, and the DOM writer builds the very tree the HTML writer prints.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { loadDataset, REPOSITORY_DIRS } from '../../pipeline/dataset.ts';
import type { Dataset } from '../../pipeline/types.ts';
import { compareReports } from '../from-dataset.ts';
import { comparisonView } from './comparison-view.ts';
import { h } from './h.ts';
import { toHtml } from './html.ts';
import { toDom } from './dom.ts';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document;

/** Element tree as text with attributes sorted, so attribute order does not matter. */
function canonical(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  return `<${el.tagName.toLowerCase()} ${attrs.join(' ')}>${[...el.childNodes].map(canonical).join('')}</>`;
}

describe('writers', () => {
  it('escapes text and attribute values', () => {
    const html = toHtml(h('p', { title: '"><img src=x onerror=alert(1)>' }, '<script>alert(1)</script>&'));
    expect(html).toBe(
      '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;&amp;</p>',
    );
  });

  it('refuses event handlers, inline style and script links in both writers', () => {
    for (const node of [
      h('a', { onclick: 'x()' }),
      h('p', { style: 'color:red' }),
      h('a', { href: 'javascript:alert(1)' }),
      h('a', { href: '//evil.example/' }),
    ]) {
      expect(() => toHtml(node)).toThrow(/refused/);
      expect(() => toDom(node, doc())).toThrow(/refused/);
    }
  });

  it('the DOM writer keeps markup in text as text', () => {
    const d = doc();
    const el = toDom(h('p', null, '<img src=x onerror=alert(1)>'), d);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the comparison view', () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = loadDataset(REPOSITORY_DIRS);
  });

  it('is the same tree from both writers', () => {
    const c = compareReports(ds, [
      'xianju-2024-h1-summary-h2-plan',
      'yanzhou-2022-summary-2023-plan',
      'ningbo-2012-summary',
    ]);
    const tree = comparisonView(c);
    const d = doc();
    const fromHtml = d.createElement('div');
    fromHtml.innerHTML = toHtml(tree);
    const fromDom = d.createElement('div');
    fromDom.append(toDom(tree, d));
    const same = canonical(fromDom) === canonical(fromHtml);
    expect(same).toBe(true);
    expect(fromHtml.querySelectorAll('*').length).toBeGreaterThan(500);
    expect(fromDom.querySelectorAll('.cmp-themes tbody tr')).toHaveLength(ds.themes.length);
  });

  it('has one row per theme, one cell per column, absence said in words', () => {
    const c = compareReports(ds, ['suzhou-2024-law-enforcement-plan', 'ningbo-2012-summary']);
    const d = doc();
    const root = toDom(comparisonView(c), d);
    const rows = [...root.querySelectorAll('.cmp-themes tbody tr')];
    expect(rows).toHaveLength(ds.themes.length);
    rows.forEach((tr, r) => {
      const cells = [...tr.querySelectorAll('td')];
      expect(cells).toHaveLength(2);
      cells.forEach((td, i) => {
        const cell = c.themes[r]?.cells[i];
        if (!cell) throw new Error(`no theme cell in the model for row ${r}, column ${i}`);
        expect(td.querySelector('.cmp-absent') !== null).toBe(cell.absent);
        if (!cell.absent) {
          expect(td.querySelectorAll('.cmp-sentences li')).toHaveLength(cell.sentences.length);
          expect(td.querySelector('summary')!.textContent).toContain(`${cell.sentences.length} 句`);
        }
      });
    });
    expect(root.querySelectorAll('.cmp-absent').length).toBeGreaterThan(0);
  });

  it('leads with plan against result when asked, and links every figure to its report', () => {
    const c = compareReports(ds, ['xianju-2024-h1-summary-h2-plan']);
    const root = toDom(comparisonView(c, { lead: 'plan-result' }), doc());
    const sections = [...root.querySelectorAll('section.cmp-section')].map((s) => s.id);
    expect(sections[0]).toBe('cmp-plan-result');
    expect(sections).toHaveLength(5);
    const links = [...root.querySelectorAll('.cmp-prtable a.cmp-value')].map((a) => a.getAttribute('href'));
    expect(links.length).toBe(
      c.planResult.flatMap((b) => b.rows).reduce((n, r) => n + r.targets.length + r.results.length, 0),
    );
    for (const href of links) expect(href).toMatch(/^\/reports\/xianju-2024-h1-summary-h2-plan\/#f-\d+$/);
  });

  it('plan against result: no target chip under results, only target chips under targets', () => {
    const c = compareReports(ds, ['yanzhou-2022-summary-2023-plan', 'xianju-2024-h1-summary-h2-plan']);
    const root = toDom(comparisonView(c, { lead: 'plan-result' }), doc());
    const rows = [...root.querySelectorAll('.cmp-prtable tbody tr')];
    expect(rows.length).toBeGreaterThan(10);
    for (const tr of rows) {
      const [results, targets] = [...tr.querySelectorAll('td')];
      if (!results || !targets) throw new Error('a plan-against-result row has a results and a targets cell');
      expect(results.querySelectorAll('.cmp-kind--target')).toHaveLength(0);
      expect(targets.querySelectorAll('.tag.cmp-kind').length).toBe(
        targets.querySelectorAll('.tag.cmp-kind--target').length,
      );
    }
    const funds = rows.find((tr) => tr.querySelector('th')!.textContent!.startsWith('争取上级资金'))!;
    expect(funds.querySelector('td')!.textContent).not.toContain('目标');
    expect(root.querySelector('#cmp-pr-0')!.textContent).toContain('实绩一栏只列已完成的数字');
  });
});
