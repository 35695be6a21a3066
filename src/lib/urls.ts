// The site's URL scheme lives in the bottom layer (src/vocabulary/urls.ts), where every layer may import it.
export { urls } from '../vocabulary/urls.ts';
