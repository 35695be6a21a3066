import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight, legendRows } from './height.ts';

const def = {
  title: { zh: '报告的年份与类型', en: 'Years and types' },
  subtitle: { zh: '每个点是一份报告。', en: 'One dot per report.' },
  source: { zh: '来源：各地科技局', en: 'Source: bureaus' },
  legend: [] as { label: { zh: string; en: string }; color: string }[],
};

describe('the embed height estimate', () => {
  const sizes = { 360: 300, 560: 380, 800: 420 };

  it('scales the rendering shown at the content width and adds the text around it', () => {
    const h = estimateEmbedHeight(def, sizes);
    // 616 px of content shows the 560 px rendering, scaled up.
    const chart = (380 * (640 - 24)) / 560;
    expect(h).toBeGreaterThan(chart + 100);
    expect(h).toBeLessThan(chart + 200);
  });

  it('grows with the chart, a longer title and a key', () => {
    const base = estimateEmbedHeight(def, sizes);
    expect(estimateEmbedHeight(def, { ...sizes, 560: 700 })).toBeGreaterThan(base + 300);
    expect(estimateEmbedHeight({ ...def, title: { zh: '很长的标题'.repeat(20), en: '' } }, sizes)).toBeGreaterThan(
      base + 40,
    );
    const key = [{ label: { zh: '实际完成', en: 'Achieved' }, color: 'kind-actual' }];
    expect(estimateEmbedHeight({ ...def, legend: key }, sizes)).toBeGreaterThan(base + 15);
  });

  it('uses the rendering charts.css shows at each frame width, the widest capped', () => {
    const phone = estimateEmbedHeight(def, { 360: 600, 560: 10, 800: 10 }, 360);
    expect(phone).toBeGreaterThan((600 * 336) / 360);
    const huge = estimateEmbedHeight(def, { 360: 10, 560: 10, 800: 800 }, 2000);
    expect(huge).toBeGreaterThan(960);
    expect(huge).toBeLessThan(960 + 300);
  });

  it('says which rendering is missing rather than guessing', () => {
    expect(() => estimateEmbedHeight(def, { 360: 300 })).toThrow(/560px rendering/);
  });

  it('wraps the key into rows by label width', () => {
    expect(legendRows([], 600)).toBe(0);
    expect(legendRows(['实际完成', '目标'], 600)).toBe(1);
    expect(
      legendRows(
        Array.from({ length: 12 }, () => '很长很长的图例标签'),
        600,
      ),
    ).toBeGreaterThan(2);
  });
});
