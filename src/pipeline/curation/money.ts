// Money normalisation shared with the figure extractor's convention: every
// amount of money is also given in 万元 so figures compare across reports.
const TO_WAN: Record<string, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4, 万亿元: 1e8 };

/** Rounds away float noise (4.61 × 10000 = 46100.000000000004). */
function tidy(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

export function normaliseValue(value: number | null, unit: string): { value_norm: number | null; unit_norm: string } {
  const factor = TO_WAN[unit];
  if (factor === undefined) return { value_norm: value, unit_norm: unit };
  return { value_norm: value === null ? null : tidy(value * factor), unit_norm: '万元' };
}
