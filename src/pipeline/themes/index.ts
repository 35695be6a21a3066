// Themes and policy instruments: tagging and report summaries.
export { tagThemes, tagInstruments } from './tag.ts';
export { reportThemeShares, reportInstrumentCounts } from './shares.ts';
