import { describe, expect, it } from 'vitest';
import { axisAmount, seriesMiniSvg } from './series-mini.ts';
import type { SeriesPoint } from './series-value.ts';
import { widest } from './text.ts';

describe('axisAmount', () => {
  it('writes an axis end as a reader would, never as an exponent', () => {
    expect(axisAmount(930, '家')).toBe('930家');
    expect(axisAmount(12000, '家')).toBe('1.2万家');
    expect(axisAmount(34_290_000, '万元')).toBe('3429亿元');
    expect(axisAmount(250_000_000, '元')).toBe('2.5亿元');
    expect(axisAmount(79.63, '%')).toBe('79.6%');
    // A long unit is left to the entry's words.
    expect(axisAmount(5, '个百分点')).toBe('5');
  });
});

describe('seriesMiniSvg', () => {
  const point = (value: number, region: string) =>
    ({
      value,
      region_key: region,
      year: 2023,
      kind: 'actual',
      year_reliable: true,
      masked: false,
      rank: false,
    }) as SeriesPoint;

  it('keeps the largest value’s mark clear of the axis text, however long', () => {
    const svg = seriesMiniSvg([point(1200, 'a'), point(34_290_000, 'b')], '万元', '高新技术产业产值');
    const xs = [...svg.matchAll(/translate\(([\d.]+),/g)].map((m) => Number(m[1]));
    const [, text = ''] = /<text[^>]*>([^<]*)<\/text>/.exec(svg) ?? [];
    expect(text).toBe('0…3429亿元');
    // The text ends 4 px from the right edge (240), about 6 px a character at 10 px.
    const textStart = 236 - widest([text], 10);
    expect(Math.max(...xs) + 4).toBeLessThan(textStart);
    expect(svg).toContain('aria-label="高新技术产业产值"');
  });
});
