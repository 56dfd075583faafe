// Whether "7/8/07" is the 7th of August or July the 8th: the article's own English decides.
// A language tag that names the variety wins; then a numeric date of the same text that can be
// read only one way ("12/25/2007", "25/12/2007"); otherwise the spelling tells (the -ize/-ise,
// -or/-our, -er/-re, -se/-ce pairs of US and British spelling). Pure.
import type { Article } from '../../brief/model.js';

export type DateLocale = 'en-GB' | 'en-US';

/** Pairs of US and British spellings common in news text (word stems, matched at word starts). */
const US = /\b(?:organiz|recogniz|realiz|apologiz|criticiz|emphasiz|authoriz|privatiz|color|favor|honor|labor|neighbor|behavior|center|theater|defense|offense|license[ds]?\b|program(?:s|med|ming)?\b|traveled|canceled|analyz)/gi;
const GB = /\b(?:organis|recognis|realis|apologis|criticis|emphasis(?:e|ed|ing)\b|authoris|privatis|colour|favour|honour|labour|neighbour|behaviour|centre|theatre|defence|offence|licence|programme|travelled|cancelled|analys(?:e|ed|ing)\b)/gi;

/** d/m/y or m/d/y with a year, so that a stray fraction ("3/4") is not read as a date. */
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g;

/** The order the text's unambiguous numeric dates use, when they all agree. */
function numericOrder(text: string): DateLocale | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'en-GB';
  if (monthFirst > 0 && dayFirst === 0) return 'en-US';
  return null;
}

export function inferDateLocale(article: Pick<Article, 'language' | 'text'>): DateLocale {
  const tag = article.language?.toLowerCase() ?? '';
  if (tag === 'en-us' || tag === 'en-ca' || tag === 'en-ph') return 'en-US';
  if (/^en-(?:gb|uk|ie|au|nz|in|za)$/.test(tag)) return 'en-GB';
  const order = numericOrder(article.text);
  if (order !== null) return order;
  const us = article.text.match(US)?.length ?? 0;
  const gb = article.text.match(GB)?.length ?? 0;
  // Without a sign the day comes first, as in most of the English-speaking world; a US text that
  // names Britain's Labour party still spells the rest its own way.
  return us > 0 && us >= gb ? 'en-US' : 'en-GB';
}
