// Publishing what build wrote: the email formats beside each brief, and the
// output folder's index page and Atom feed.
export { DEFAULT_EMAIL_MAX_BYTES, EMAIL_HTML_FILE, type EmailFormats, type EmailOptions, GMAIL_CLIP_BYTES, TEXT_FILE, prepareEmail, renderEmailFormats, writeEmailFormats } from './email.js';
export { FEED_FILE, INDEX_FILE, type PublishOptions, type PublishResult, publishIndex } from './publish.js';
export { BRIEF_FILES, type Catalog, type CatalogEntry, entryOfContents, readCatalog } from './catalog.js';
export { normaliseBaseUrl } from './base-url.js';
