// Curated corrections normalise money exactly as the extractor does: one
// function, in figures/units.ts.
export { normaliseMoney as normaliseValue } from '../figures/units.ts';
