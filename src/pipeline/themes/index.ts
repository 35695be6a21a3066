// Themes and policy instruments: lexicons, tagging, report summaries.
export { loadThemes, loadInstruments, THEME_LEXICON_COLUMNS, INSTRUMENT_LEXICON_COLUMNS } from './lexicon.ts';
export { tagThemes, tagInstruments } from './tag.ts';
export { reportThemeShares, reportInstrumentCounts, visibleChars, apportion } from './shares.ts';
export type { ParagraphText, SentenceRef } from './shares.ts';
export { parseCsvTable, readCsvTable } from './csv-table.ts';
export type { CsvRecord } from './csv-table.ts';
