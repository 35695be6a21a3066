// Number formatting lives in the bottom layer (src/vocabulary/format.ts), where every layer may import it.
export { formatNumber } from '../vocabulary/format.ts';
