// What the host script (/embed.js) trusts in a resize message: a chart id
// that is a lowercase slug and a height within bounds. Its own module, so the
// bundled host script carries these and nothing else of constants.ts.

/** Chart ids are lowercase slugs; the host script rejects anything else. */
export const CHART_ID = /^[a-z0-9_-]+$/;
/** Heights the host script accepts from an embed, in px. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;
