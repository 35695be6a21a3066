// The two static downloads of a chart, /charts/<id>.svg and /charts/<id>.csv,
// each carrying its source and licence:
// - SVG: the standalone rendering (title, key, credit drawn in, light palette
//   as inline fallback colours), with the page address and licence appended
//   to the visible credit line and written into <desc>;
// - CSV: exactly the columns of the chart's data table (machine keys as the
//   header row), then three constant columns `source`, `licence`, `page`, so
//   the notes survive any CSV tool (CSV has no comments).
import { escapeXml } from '../charts/legend.ts';
import { renderStandaloneSvg } from '../charts/standalone.ts';
import type { ChartDef } from '../charts/types.ts';
import { LICENCE_NOTE, LICENCE_URL } from './constants.ts';
import { RENDER_WIDTHS } from './layout.ts';
import { toCsv } from '../pipeline/export/serialise.ts';

/** Drawn at the widest page rendering's width. */
const SVG_WIDTH = Math.max(...RENDER_WIDTHS);

export const CSV_NOTE_COLUMNS = ['source', 'licence', 'page'] as const;

/** `pageUrl`: absolute address of the chart on its page (urls.ts chartPageUrl). */
export function chartSvgDownload(def: ChartDef, pageUrl: string): string {
  const svg = renderStandaloneSvg(def, {
    lang: 'zh',
    width: SVG_WIDTH,
    dark: false,
    pageUrl: `${pageUrl} · ${LICENCE_NOTE}`,
  });
  const desc = [def.alt.zh, def.source.zh, `${pageUrl}`, `${LICENCE_NOTE} (${LICENCE_URL})`].join('\n');
  const replaced = svg.replace(/<desc>[^<]*<\/desc>/, () => `<desc>${escapeXml(desc)}</desc>`);
  if (replaced === svg) throw new Error(`chart ${def.id}: the standalone SVG has no <desc> to carry the source`);
  return replaced;
}

export function chartCsvDownload(def: ChartDef, pageUrl: string): string {
  const notes = { source: def.source.zh, licence: LICENCE_NOTE, page: pageUrl };
  const fields = [...def.columns.map((c) => c.key), ...CSV_NOTE_COLUMNS];
  return toCsv(
    def.rows.map((row) => ({ ...row, ...notes })),
    fields,
  );
}

/** The SVG at a retired chart's address when no chart stands for it: its notice, and where its figures are listed. */
export function noticeSvg(note: { zh: string; en: string }, pageUrl: string): string {
  const line = (text: string, y: number, size: number) =>
    `<text x="16" y="${y}" font-size="${size}" fill="#1f1f24">${escapeXml(text)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="120" viewBox="0 0 ${SVG_WIDTH} 120" role="img" aria-label="${escapeXml(note.zh)}">`,
    `<desc>${escapeXml(`${note.zh}\n${note.en}\n${pageUrl}`)}</desc>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
    line(note.zh, 36, 14),
    line(note.en, 62, 12),
    line(pageUrl, 92, 12),
    '</svg>',
    '',
  ].join('\n');
}

/** The CSV at a retired chart's address when no chart stands for it: one row saying so, with the page. */
export function noticeCsv(note: { zh: string; en: string }, pageUrl: string): string {
  return toCsv([{ note: note.zh, note_en: note.en, page: pageUrl }], ['note', 'note_en', 'page']);
}
