// The ingest's public functions (see ingest.ts for the order they run in).
export { IngestError, decodeRaw } from './decode.ts';
export { stripChrome, isChromeLine } from './chrome.ts';
export { findFragmentRun, joinFragments } from './fragments.ts';
export { findGarbledRuns, protectGarbled, restoreGarbled } from './garbled.ts';
export { toSimplified, hasTraditional, isTraditionalText, stripPinyinAnnotations } from './traditional.ts';
export { splitReports } from './split.ts';
export { toParagraphs, renderBody, cleanBody, segmentStream } from './paragraphs.ts';
export { normalizePunctuation } from './punctuation.ts';
export { resolveRegion, issuerLevel } from './region.ts';
export { detectYears, rewrittenYearSigns } from './year.ts';
export { classifyDocument } from './classify.ts';
export { makeId, regionSlug, uniqueIds } from './slug.ts';
export { buildDraft, renderDraft, countMaskedRuns, type Draft } from './draft.ts';
export { cleanText, ingestText, cleanRawToBodies } from './ingest.ts';
export { gbRegions, regionByCode, withAncestors } from './gb2260.ts';
export { curatedIdMap, partKey } from './curated.ts';
export { regionRows, regionsCsv } from './regions-table.ts';
