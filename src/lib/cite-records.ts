// BibTeX and RIS records of a report, for reference managers (Zotero,
// EndNote, JabRef). The same facts as the text citations (src/lib/cite.ts):
// the author who wrote the text, the original address when known, the year
// (with a note when it is the curator's estimate) and the atlas's permalink.
import type { ReportMeta } from '../pipeline/types.ts';
import { DOC_TYPE_LABELS } from '../words/labels.ts';
import { yearSpan } from '../words/report-words.ts';
import { SITE_NAME } from './cite.ts';
import { displayTitle } from '../words/report-words.ts';

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_]/g, (c) => `\\${c}`);
const yearOf = (m: ReportMeta) => Number((m.source.published ?? '').slice(0, 4)) || m.year;

function notes(m: ReportMeta, version?: string): string[] {
  return [
    `${displayTitle(m)}. ${DOC_TYPE_LABELS[m.doc_type]?.en ?? m.doc_type}.`,
    m.year_reliable ? '' : `Year estimated by the curator (${yearSpan(m)}): the host site rewrote the years.`,
    m.source.author ? `Subject: ${m.issuer}.` : '',
    `Curated copy in ${SITE_NAME.en} (${SITE_NAME.zh})${version ? `, data version ${version}` : ''}.`,
  ].filter(Boolean);
}

export function bibtex(m: ReportMeta, permalink: string, version?: string): string {
  const fields: [string, string][] = [
    ['author', m.source.author ?? m.issuer],
    ['title', m.title],
    ['year', String(yearOf(m))],
    ...(m.source.published ? ([['date', m.source.published]] as [string, string][]) : []),
    ...(m.source.site ? ([['publisher', m.source.site]] as [string, string][]) : []),
    ['howpublished', m.source.url ?? permalink],
    ['url', permalink],
    ['note', notes(m, version).join(' ')],
    ['langid', 'chinese'],
  ];
  // A corporate author in double braces, so BibTeX does not split it into names.
  const value = (k: string, v: string) =>
    k === 'url' || k === 'howpublished' ? v : k === 'author' ? `{${bibEscape(v)}}` : bibEscape(v);
  const body = fields.map(([k, v]) => `  ${k} = {${value(k, v)}}`).join(',\n');
  return `@misc{atlas-${m.id},\n${body}\n}\n`;
}

export function ris(m: ReportMeta, permalink: string, version?: string): string {
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['AU', m.source.author ?? m.issuer],
    ['TI', m.title],
    ['T2', displayTitle(m)],
    ['PY', String(yearOf(m))],
    ...(m.source.published ? ([['DA', m.source.published.replace(/-/g, '/')]] as [string, string][]) : []),
    ...(m.source.site ? ([['PB', m.source.site]] as [string, string][]) : []),
    ...(m.source.url ? ([['UR', m.source.url]] as [string, string][]) : []),
    ['UR', permalink],
    ...notes(m, version).map((n) => ['N1', n] as [string, string]),
    ['LA', 'zh-CN'],
    ['ER', ''],
  ];
  // RIS lines end in CRLF; "ER  - " closes the record.
  return lines.map(([k, v]) => `${k}  - ${v}`.trimEnd().replace(/^ER  -$/, 'ER  - ')).join('\r\n') + '\r\n';
}
