import { assert, describe, expect, it } from 'vitest';
import { decodeEntities, indexIds, innerHtml, normaliseSpace, visibleText } from './html-text.ts';

const page = `<div class="report-text"><p id="p-0">今年<a id="f-1" href="#f-1" class="fig">30家</a><span id="fd-1" hidden>高企 · 实际</span>，<span class="masked">**<span class="visually-hidden">（原文隐去）</span></span>家。<a class="para-link" href="#p-0" aria-label="link">¶</a></p><h3 id="p-1" class="para-heading">一、&lt;script&gt; &amp; 标题<a class="para-link" href="#p-1">¶</a></h3><div id="outer"><div>inner</div>tail</div><img id="pic" src="x.png"></div>`;

/** The page's element with `id` (the test fails naming it when there is none). */
function element(id: string) {
  const at = indexIds(page).get(id);
  assert(at, `the page has #${id}`);
  return at;
}

describe('indexIds and innerHtml', () => {
  const ids = indexIds(page);

  it('finds every element with an id and its tag', () => {
    expect([...ids.keys()]).toEqual(['p-0', 'f-1', 'fd-1', 'p-1', 'outer', 'pic']);
    expect(ids.get('p-1')?.tag).toBe('h3');
  });

  it('cuts an element at its own close tag, past nested tags of the same name', () => {
    expect(innerHtml(page, element('outer'))).toBe('<div>inner</div>tail');
    expect(innerHtml(page, element('f-1'))).toBe('30家');
    expect(innerHtml(page, element('pic'))).toBe('');
  });
});

describe('visibleText', () => {
  it('keeps the words and drops hidden descriptions, screen-reader aids and the ¶ link', () => {
    expect(visibleText(innerHtml(page, element('p-0')))).toBe('今年30家，**家。');
  });

  it('decodes entities, so escaped markup reads as the characters written', () => {
    expect(visibleText(innerHtml(page, element('p-1')))).toBe('一、<script> & 标题');
  });

  it('skips nested elements inside a skipped one and resumes after it', () => {
    expect(visibleText('a<span hidden>b<b>c</b>d</span>e<br>f')).toBe('aef');
  });
});

describe('decodeEntities and normaliseSpace', () => {
  it('decodes named and numeric references, leaving unknown ones alone', () => {
    expect(decodeEntities('&#60;&#x3E;&quot;&#39;&nbsp;&bogus;')).toBe('<>"\'\u00a0&bogus;');
  });

  it('collapses runs of whitespace, including CR LF', () => {
    expect(normaliseSpace(' 甲\r\n乙\t 丙 ')).toBe('甲 乙 丙');
  });
});
