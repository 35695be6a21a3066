import { describe, expect, it } from 'vitest';
import { OEMBED_SIZING, OEMBED_WIDTHS, oembedJson } from './oembed.ts';

const site = new URL('https://atlas.example.org');

describe('oembedJson at a width', () => {
  it('answers for the width asked, in integers, and lists the response for every column width', () => {
    const json = oembedJson({ id: 'home-timeline', title: '报告的年份与类型', width: 480, height: 401.6, site });
    expect(json).toMatchObject({ width: 480, height: 402 });
    expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
    expect(Object.keys(json.atlas_widths).map(Number)).toEqual([...OEMBED_WIDTHS]);
    expect(json.atlas_widths['320']).toBe('https://atlas.example.org/oembed/w320/home-timeline.json');
    expect(json.atlas_sizing).toBe(OEMBED_SIZING);
    // The snippet's iframe starts at the height estimated for this width.
    expect(json.html).toContain('height="402"');
  });

  it('defaults to the 640 px column', () => {
    expect(oembedJson({ id: 'home-timeline', title: 't', height: 300, site }).width).toBe(640);
  });
});
