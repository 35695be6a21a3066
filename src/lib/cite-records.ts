// Citation records for reference managers (Zotero, EndNote, JabRef,
// biblatex, citeproc), each written from one Citation (citation.ts) with one
// escaping rule per format, so no title or address can end a field or a
// record early:
// - BibTeX: every field braced; in text, TeX specials become commands whose
//   braces balance (a `}` is \textbraceright{}, never a bare or \-escaped
//   brace, which BibTeX still counts), line breaks become spaces (a blank
//   line would be a paragraph, and nothing can start a new `@` line); in an
//   address the characters BibTeX would read (braces, backslash, space,
//   quote) are percent-encoded, which leaves the same address.
// - RIS: one line per tag, so any line break or control character in a value
//   becomes a space; lines end in CRLF and `ER  - ` closes the one record.
// - CSL-JSON: JSON.stringify, which escapes everything JSON needs.
// The estimated year: BibTeX `year` plus a note, CSL `circa`, RIS a note;
// the access date: biblatex `urldate`, RIS `Y2`, CSL `accessed`.
import type { Citation } from './citation.ts';

const LINE_BREAKS = /[\r\n\u0085\u2028\u2029]+/g;
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/** One line of text: line breaks and control characters become single spaces. */
const oneLine = (s: string) => s.replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/** Text for a braced BibTeX field: one line, TeX specials as commands with balanced braces. */
export const bibText = (s: string) => oneLine(s).replace(/[\\{}~^%&$#_]/g, (c) => TEX[c] ?? c);

/** An address for a BibTeX url field (verbatim) or \url{}: the characters BibTeX would read percent-encoded. */
export const bibUrl = (url: string) =>
  oneLine(url).replace(/[{}\\\s"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
/** In \url{} inside a field, % and # would still be TeX's: hyperref reads \% and \# as the characters. */
const bibUrlCommand = (url: string) => `\\url{${bibUrl(url).replace(/[%#]/g, (c) => `\\${c}`)}}`;

const isoDay = (d: string) => d.split('-').map(Number);

export function bibtex(c: Citation): string {
  const fields: [string, string][] = [
    // A corporate author in double braces, so BibTeX does not split it into names.
    ['author', `{${bibText(c.author)}}`],
    ['title', bibText(c.title)],
    ['year', String(c.issued.year)],
    ...(c.issued.date ? ([['date', c.issued.date]] as [string, string][]) : []),
    ...(c.publisher ? ([['publisher', bibText(c.publisher)]] as [string, string][]) : []),
    ...(c.originalUrl ? ([['howpublished', bibUrlCommand(c.originalUrl)]] as [string, string][]) : []),
    ['url', bibUrl(c.url)],
    ...(c.accessed ? ([['urldate', c.accessed]] as [string, string][]) : []),
    ...(c.type === 'dataset' ? ([['version', bibText(c.version)]] as [string, string][]) : []),
    ['note', bibText(c.notes.join(' '))],
    ['langid', c.language],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@misc{${c.key},\n${body}\n}\n`;
}

export function ris(c: Citation): string {
  const [y, m, d] = c.issued.date ? isoDay(c.issued.date) : [c.issued.year];
  const lines: [string, string][] = [
    ['TY', c.type === 'dataset' ? 'DATA' : 'RPRT'],
    ['ID', c.key],
    ['AU', c.author],
    ['TI', c.title],
    ['T2', c.containerTitle],
    ['M3', c.genre],
    ['PY', String(y)],
    ...(m ? ([['DA', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`]] as [string, string][]) : []),
    ...(c.publisher ? ([['PB', c.publisher]] as [string, string][]) : []),
    ...(c.originalUrl ? ([['UR', c.originalUrl]] as [string, string][]) : []),
    ['UR', c.url],
    ...(c.accessed ? ([['Y2', c.accessed.replace(/-/g, '/')]] as [string, string][]) : []),
    ...c.notes.map((n) => ['N1', n] as [string, string]),
    ['LA', c.language],
  ];
  // RIS lines end in CRLF; "ER  - " closes the record.
  return [...lines.map(([k, v]) => `${k}  - ${oneLine(v)}`), 'ER  - '].join('\r\n') + '\r\n';
}

/** CSL-JSON (an array of one item), what citeproc and Zotero read natively; an estimated year is `circa`. */
export function cslJson(c: Citation): string {
  const parts = c.issued.date ? isoDay(c.issued.date) : [c.issued.year];
  const item = {
    id: c.key,
    type: c.type,
    author: [{ literal: c.author }],
    title: c.title,
    'container-title': c.containerTitle,
    genre: c.genre,
    issued: { 'date-parts': [parts], ...(c.issued.circa ? { circa: true } : {}) },
    ...(c.accessed ? { accessed: { 'date-parts': [isoDay(c.accessed)] } } : {}),
    URL: c.url,
    ...(c.publisher ? { publisher: c.publisher } : {}),
    language: c.language,
    note: c.notes.join('\n'),
    version: c.version,
  };
  return JSON.stringify([item], null, 2) + '\n';
}

/** The record formats served under /cite/, each with its writer and media type. */
export const CITE_FORMATS = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CiteFormat = keyof typeof CITE_FORMATS;
