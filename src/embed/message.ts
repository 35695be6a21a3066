// The postMessage protocol between an embed page and the host page's
// /embed.js (host-resizer.ts, bundled with this very check: one definition).
import { CHART_ID, MAX_HEIGHT, MIN_HEIGHT } from './limits.ts';

export const RESIZE_TYPE = 'atlas:resize';
/** Sent by the host script to ask an embed for its height (it may have posted before the script ran). */
export const MEASURE_TYPE = 'atlas:measure';

export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  chart: string;
  height: number;
}

export function resizeMessage(chart: string, height: number): ResizeMessage {
  return { type: RESIZE_TYPE, chart, height: Math.ceil(height) };
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE_TYPE &&
    typeof m.chart === 'string' &&
    CHART_ID.test(m.chart) &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= MIN_HEIGHT &&
    m.height <= MAX_HEIGHT
  );
}

export function isMeasureRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === MEASURE_TYPE;
}
