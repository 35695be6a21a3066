// The two static downloads of a chart, /charts/<id>.svg and /charts/<id>.csv,
// each carrying its source and licence:
// - SVG: the standalone rendering (title, key, credit drawn in, light palette
//   as inline fallback colours), with the page address and licence appended
//   to the visible credit line and written into <desc>;
// - CSV: exactly the columns of the chart's data table (machine keys as the
//   header row), then three constant columns `source`, `licence`, `page`, so
//   the notes survive any CSV tool (CSV has no comments).
import Papa from 'papaparse';
import { escapeXml } from '../charts/legend.ts';
import { renderStandaloneSvg } from '../charts/standalone.ts';
import type { Cell, ChartDef } from '../charts/types.ts';
import { LICENCE_NOTE, LICENCE_URL } from './constants.ts';
import { RENDER_WIDTHS } from './layout.ts';

/** Drawn at the widest page rendering's width. */
const SVG_WIDTH = Math.max(...RENDER_WIDTHS);

export const CSV_NOTE_COLUMNS = ['source', 'licence', 'page'] as const;

/** `pageUrl`: absolute address of the chart on its page (urls.ts chartPageUrl). */
export function chartSvgDownload(def: ChartDef, pageUrl: string): string {
  const svg = renderStandaloneSvg(def, { lang: 'zh', width: SVG_WIDTH, dark: false, pageUrl: `${pageUrl} · ${LICENCE_NOTE}` });
  const desc = [def.alt.zh, def.source.zh, `${pageUrl}`, `${LICENCE_NOTE} (${LICENCE_URL})`].join('\n');
  const replaced = svg.replace(/<desc>[^<]*<\/desc>/, () => `<desc>${escapeXml(desc)}</desc>`);
  if (replaced === svg) throw new Error(`chart ${def.id}: the standalone SVG has no <desc> to carry the source`);
  return replaced;
}

const cellText = (value: Cell | undefined): string => (value === null || value === undefined ? '' : String(value));

export function chartCsvDownload(def: ChartDef, pageUrl: string): string {
  const notes = [def.source.zh, LICENCE_NOTE, pageUrl];
  const fields = [...def.columns.map((c) => c.key), ...CSV_NOTE_COLUMNS];
  const data = def.rows.map((row) => [...def.columns.map((c) => cellText(row[c.key])), ...notes]);
  return Papa.unparse({ fields, data }, { newline: '\n', quotes: false }) + '\n';
}
