// A labelled strip: a table-like chart of figures with group header rows, one
// row per figure, a lollipop whose length compares figures of one series
// only, and the figure as written (with what it counts) beside it. A figure
// with nothing of its series to compare with has no length: its mark stands
// at the start with no line and no zero rule, so it does not read as zero.
// Redacted figures get a hatched block and their masked text (`**家`), never
// a position.
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { FigureKind } from '../pipeline/types.ts';
import { color, FONT_SIZE, HATCH_FILL, KIND_STYLE } from './palette.ts';
import { clamp, fitLabel, widest } from './text.ts';

export interface StripItem {
  key: string;
  group: string;
  groupLabel: string;
  rowLabel: string;
  /** Position on the 0…1 scale of its series; null when it has no length (alone in its series, a rank, redacted). */
  pos: number | null;
  /** The value as shown: as written, with what it counts. */
  raw: string;
  kind: FigureKind;
  masked: boolean;
  tip: string;
  /** Rows whose bars compare with each other (one series) sit together under this sub-header. */
  scale?: { id: string; label: string };
}

const ROW = 22;
const HEADER_PREFIX = '\u0000group:';
const SUB_PREFIX = '\u0000scale:';
/** Where a redacted block ends on the 0…1 scale. */
export const REDACTED_SPAN = 0.3;

export function stripPlot(items: StripItem[], width: number): PlotOptions {
  const groups: { id: string; label: string; items: StripItem[] }[] = [];
  for (const item of items) {
    let g = groups.find((x) => x.id === item.group);
    if (!g) groups.push((g = { id: item.group, label: item.groupLabel, items: [] }));
    g.items.push(item);
  }
  // Within a group, rows keep their order, except that the rows of one scale are
  // gathered under their sub-header, after the rows without a length.
  const subHeaders: { key: string; label: string }[] = [];
  const domain = groups.flatMap((g) => {
    const keys = [HEADER_PREFIX + g.id, ...g.items.filter((i) => !i.scale).map((i) => i.key)];
    const scales = [...new Map(g.items.filter((i) => i.scale).map((i) => [i.scale!.id, i.scale!.label])).entries()];
    for (const [id, label] of scales) {
      const key = `${SUB_PREFIX}${g.id}\u0000${id}`;
      subHeaders.push({ key, label });
      keys.push(key, ...g.items.filter((i) => i.scale?.id === id).map((i) => i.key));
    }
    return keys;
  });
  const rowLabel = new Map(items.map((i) => [i.key, i.rowLabel]));
  const marginLeft = clamp(widest(rowLabel.values()) + 14, 60, Math.round(width * 0.38));
  // Room right of the longest bar for its text; a figure without a bar has the whole row.
  const labelRoom = clamp(
    widest(items.filter((i) => i.pos !== null).map((i) => i.raw)) + 18,
    40,
    Math.round(width * 0.4),
  );
  const minPos = Math.min(0, ...items.map((i) => i.pos ?? 0));
  // Where a row's text starts: after its bar, its redacted block, or at the start when it has no length.
  const at = (i: StripItem) => (i.masked ? REDACTED_SPAN : (i.pos ?? minPos));
  const plain = items.filter((i) => !i.masked);
  const redacted = items.filter((i) => i.masked);
  const headers = groups.map((g) => ({ key: HEADER_PREFIX + g.id, label: g.label }));
  const kindOf = (i: StripItem) => KIND_STYLE[i.kind];
  return {
    height: domain.length * ROW + 12,
    marginLeft,
    marginRight: labelRoom,
    marginTop: 4,
    marginBottom: 8,
    x: { domain: [minPos, 1], axis: null },
    y: {
      type: 'band',
      domain,
      padding: 0,
      label: null,
      tickSize: 0,
      tickFormat: (k: string) =>
        k.startsWith(HEADER_PREFIX) || k.startsWith(SUB_PREFIX) ? '' : fitLabel(rowLabel.get(k) ?? k, marginLeft - 14),
    },
    color: { type: 'identity' },
    symbol: { type: 'identity' },
    marks: [
      Plot.ruleY(
        plain.filter((i) => i.pos !== null),
        { y: 'key', x1: 0, x2: 'pos', stroke: color('rule'), strokeWidth: 2 },
      ),
      Plot.dot(plain, {
        x: (i: StripItem) => i.pos ?? minPos,
        y: 'key',
        r: 5,
        symbol: (i: StripItem) => kindOf(i).symbol,
        fill: (i: StripItem) => color(kindOf(i).token),
        title: 'tip',
      }),
      Plot.barX(redacted, {
        x1: 0,
        x2: REDACTED_SPAN,
        y: 'key',
        insetTop: 5,
        insetBottom: 5,
        fill: HATCH_FILL,
        stroke: color('hatch'),
        title: 'tip',
      }),
      Plot.text(items, {
        x: at,
        y: 'key',
        text: (i: StripItem) =>
          fitLabel(i.raw, labelRoom - 9 + (width - marginLeft - labelRoom) * ((1 - at(i)) / (1 - minPos))),
        textAnchor: 'start',
        dx: 9,
        fill: (i: StripItem) => color(i.masked ? 'muted' : 'ink'),
        ariaHidden: 'true',
      }),
      // A scale's sub-header: the bars below it, and only those, compare by length.
      Plot.text(subHeaders, {
        y: 'key',
        text: (h: { label: string }) => fitLabel(h.label, width - 20, FONT_SIZE - 1),
        frameAnchor: 'left',
        textAnchor: 'start',
        dx: -marginLeft + 14,
        fontSize: FONT_SIZE - 1,
        fontWeight: 600,
        fill: color('muted'),
        stroke: color('bg'),
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
      Plot.text(headers, {
        y: 'key',
        text: (h: { label: string }) => fitLabel(h.label, width - 8, FONT_SIZE + 1),
        frameAnchor: 'left',
        textAnchor: 'start',
        dx: -marginLeft + 2,
        fontWeight: 700,
        fontSize: FONT_SIZE + 1,
        // Drawn last, with a halo that masks the zero rule where a long header crosses it.
        fill: 'currentColor',
        stroke: color('bg'),
        strokeWidth: 4,
        paintOrder: 'stroke',
      }),
    ],
  };
}

/**
 * Value/max within each series: bars compare like with like only. A series
 * with a single value has nothing to be compared with, so it gets no length
 * (a lone 15场 beside a lone 165人 would otherwise both be drawn full).
 */
export function positionsBySeries<T>(
  items: T[],
  value: (t: T) => number | null,
  series: (t: T) => string,
): Map<T, number | null> {
  const max = new Map<string, number>();
  const count = new Map<string, number>();
  for (const t of items) {
    const v = value(t);
    if (v === null) continue;
    max.set(series(t), Math.max(max.get(series(t)) ?? 0, Math.abs(v)));
    count.set(series(t), (count.get(series(t)) ?? 0) + 1);
  }
  return new Map(
    items.map((t) => {
      const v = value(t);
      const m = max.get(series(t)) ?? 0;
      return [t, v === null || (count.get(series(t)) ?? 0) < 2 ? null : m === 0 ? 0 : v / m];
    }),
  );
}
