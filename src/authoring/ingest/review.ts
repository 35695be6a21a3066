// What a curator should review in a draft, riskiest first: the region guess
// and its evidence (a wrong place misleads every reader), a title the source
// does not give, years and type read from the text rather than the title
// (and unreliable years), the lines removed as chrome (text may have gone
// with them), then figures whose kind a weak rule decided. Every inference
// says what it was inferred from.
import { extractFigures } from '../../pipeline/figures/extract.ts';
import { weakKinds } from '../review/kind-review.ts';
import type { FigureLexicons } from '../../pipeline/lexicons.ts';
import type { RemovedLine } from './chrome-shape.ts';
import type { Draft } from './draft.ts';

export interface ReviewItem {
  topic: 'region' | 'title' | 'year' | 'type' | 'removed' | 'kind';
  text: string;
}

export function reviewItems(draft: Draft, removed: RemovedLine[], lexicons: FigureLexicons): ReviewItem[] {
  const m = draft.meta;
  const items: ReviewItem[] = [];
  const region = m.region.code
    ? `${m.region.province}${m.region.city ?? ''}${m.region.name === m.region.city ? '' : m.region.name} ${m.region.code}`
    : 'none';
  const regionNotes = draft.warnings.filter(
    (w) => /region|ambiguous|place|organisation/i.test(w) && !/^title /.test(w),
  );
  if (m.region_basis !== 'stated') {
    items.push({
      topic: 'region',
      text: `${m.region_basis.toUpperCase()}: ${region}${m.region_confidence ? ` (confidence ${m.region_confidence})` : ''}`,
    });
  } else {
    items.push({ topic: 'region', text: `stated: ${region}` });
  }
  for (const e of m.region_evidence) items.push({ topic: 'region', text: `evidence: ${e}` });
  for (const w of regionNotes) items.push({ topic: 'region', text: w });
  const titleNotes = draft.warnings.filter((w) => /^title /.test(w));
  if (m.title_basis === 'inferred')
    items.push({
      topic: 'title',
      text: `INFERRED: «${m.title}» — ${titleNotes.map((w) => w.replace(/^title INFERRED: /, '')).join('; ')}`,
    });
  else for (const w of titleNotes) items.push({ topic: 'title', text: `«${m.title}»: ${w}` });
  const yearNotes = draft.warnings.filter((w) => /year/i.test(w) && !/^title /.test(w));
  if (!m.year_reliable) {
    items.push({
      topic: 'year',
      text: `UNRELIABLE: ${m.years.join('+')}${yearNotes.length ? ` — ${yearNotes.join('; ')}` : ''}`,
    });
  } else if (yearNotes.length) items.push({ topic: 'year', text: `${m.years.join('+')} — ${yearNotes.join('; ')}` });
  for (const w of draft.warnings.filter(
    (w) => /^(?:document type|period) /.test(w) || /^a summary with a plan part/.test(w),
  ))
    items.push({ topic: 'type', text: `${m.doc_type}/${m.period} — ${w}` });
  for (const r of removed) items.push({ topic: 'removed', text: `line ${r.line}: «${r.text}» (${r.why})` });
  const figures = extractFigures(draft.body, draft.id, lexicons, { docType: m.doc_type });
  // A doc type the ingest guessed from the wording is no stronger than the wording itself.
  const guessedType = draft.warnings.some((w) => w.startsWith('document type not in the title'));
  for (const w of weakKinds(draft.body, figures, guessedType ? undefined : m.doc_type)) {
    items.push({
      topic: 'kind',
      text: `${w.figure.raw} #f-${w.figure.n} ${w.why} «${w.figure.sentence.slice(0, 40)}»`,
    });
  }
  return items;
}
