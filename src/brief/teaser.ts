// A page whose body is only a teaser (or stops at a paywall) gives a near-empty brief: say so,
// rather than let "No named actors found" read as the article's fault.
import type { Article, Message } from './model.js';

/** Below this many words an HTML page's body is read as a teaser: a news article's lead alone is 25-40 words, a short story 200+. */
const TEASER_WORDS = 80;
/** Phrasings of a subscription wall; generic, not any one site's. */
const PAYWALL = /\b(?:subscribe (?:now )?to (?:continue|keep) reading|to continue reading,? (?:please )?(?:subscribe|sign in|log in|register)|already a subscriber|(?:this|the) (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)|for subscribers only|subscribers only)\b/i;

export const TEASER_RULE = 'teaser-or-paywall';

/** The warning for a body that looks like a teaser or a paywall, or null. */
export function checkTeaser(article: Pick<Article, 'text'>, format: string): Message | null {
  const words = article.text.split(/\s+/).filter(Boolean).length;
  const marker = PAYWALL.exec(article.text)?.[0];
  const short = format === 'html' && words < TEASER_WORDS;
  if (!marker && !short) return null;
  const why = marker ? `it says "${marker}"` : `its body is only ${words} words`;
  return { severity: 'warning', source: 'ingest', ruleId: TEASER_RULE, reason: `the page looks like a teaser or a paywall (${why}): the brief covers only what the page shows`, position: null };
}
