// The ingest's public functions (see ingest.ts for the order they run in).
export { decodeRaw } from './decode.ts';
export { ingestText } from './ingest.ts';
export { curatedIdMap, partKey } from './curated.ts';
