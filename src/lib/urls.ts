// The site's URL scheme lives in the bottom layer (src/core/urls.ts), where every layer may import it.
export { urls } from '../core/urls.ts';
