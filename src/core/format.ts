// Number formatting for Chinese readers: grouping, no false precision. One
// formatter for pages, the comparison (built and in the browser) and tooltips.
const nf = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined || Number.isNaN(n) ? '—' : nf.format(n);
}
