import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { embedSnippets, escapeAttr } from './snippet.ts';
import { oembedJson } from './oembed.ts';
import { chartPageUrl, embedUrl, oembedUrl } from './urls.ts';

const site = 'https://atlas.example.org';

describe('embed snippets', () => {
  const input = {
    id: 'indicator-high_tech_enterprises-dots',
    title: '高新技术企业："各地"<数字> & 年份',
    height: 412.6,
    site,
  };
  const { responsive, plain } = embedSnippets(input);

  it('give an iframe with the chart’s absolute address, title and estimated height', () => {
    const { document } = parseHTML(`<body>${responsive}</body>`);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe('https://atlas.example.org/embed/indicator-high_tech_enterprises-dots/');
    expect(iframe.getAttribute('title')).toBe(input.title);
    expect(iframe.getAttribute('height')).toBe('413');
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('data-atlas-chart')).toBe(input.id);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(document.querySelector('script')!.getAttribute('src')).toBe('https://atlas.example.org/embed.js');
  });

  it('the plain one is the same iframe without the script', () => {
    expect(plain).not.toContain('<script');
    expect(responsive.startsWith(plain)).toBe(true);
  });

  it('escape the title so it cannot close the attribute', () => {
    expect(escapeAttr(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
    expect(responsive).not.toContain('"各地"');
  });

  it('refuse an id that is not a slug', () => {
    expect(() => embedSnippets({ ...input, id: 'x"><script>' })).toThrow(/slug/);
    expect(() => embedUrl('Bad Id', site)).toThrow();
  });
});

describe('addresses and oEmbed', () => {
  it('are absolute on the configured site', () => {
    expect(oembedUrl('home-timeline', new URL(site))).toBe('https://atlas.example.org/oembed/home-timeline.json');
    expect(embedUrl('home-timeline', site, { lang: 'en', theme: 'dark' })).toBe(
      'https://atlas.example.org/embed/home-timeline/?theme=dark&lang=en',
    );
    expect(chartPageUrl('/reports/xinyi-2023-summary/', 'report-xinyi-2023-summary-figures', site)).toBe(
      'https://atlas.example.org/reports/xinyi-2023-summary/#chart-report-xinyi-2023-summary-figures',
    );
  });

  it('oEmbed is a rich response carrying the responsive snippet', () => {
    const json = oembedJson({ id: 'home-timeline', title: '报告的年份与类型', height: 354.2, site });
    expect(json).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: '报告的年份与类型',
      width: 640,
      height: 354,
      provider_url: 'https://atlas.example.org/',
    });
    expect(json.provider_name).toContain('区域科技政策图鉴');
    expect(json.html).toBe(
      embedSnippets({ id: 'home-timeline', title: '报告的年份与类型', height: 354.2, site }).responsive,
    );
  });
});
