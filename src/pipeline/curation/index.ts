// Curator overrides of extracted figures (data/curation.csv).
export { loadCuration, CURATION_COLUMNS, CURATION_ACTIONS, CORRECTABLE_FIELDS } from './load.ts';
export { applyCuration } from './apply.ts';
export type { AppliedRow } from './apply.ts';
export { normaliseValue } from './money.ts';
export { checkCurationMatches } from './unmatched.ts';
