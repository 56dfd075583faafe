/**
 * How many briefs the feed carries by default, the newest. A feed carries the
 * latest briefs, each with its whole content, as feeds do; the index page
 * lists them all. Holding every brief, a folder of 1,000 made a 4.5 MB feed
 * that readers fetch again on every poll, and rendering it cost ~0.3 s on
 * every run. Its own module, so that option parsing need not load the feed's
 * Markdown renderer.
 */
export const FEED_ENTRIES = 50;

/** A count of feed entries as written on the command line: a whole number, 0 or more; else null. */
export function parseFeedEntries(text: string): number | null {
  return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null;
}
