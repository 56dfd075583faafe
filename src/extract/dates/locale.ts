// Whether "7/8/07" is the 7th of August or July the 8th: the article's own English decides.
// A language tag that names the variety wins; otherwise the spelling tells (the -ize/-ise,
// -or/-our, -er/-re, -se/-ce pairs of US and British spelling). Pure.
import type { Article } from '../../brief/model.js';

export type DateLocale = 'en-GB' | 'en-US';

/** Pairs of US and British spellings common in news text (word stems, matched at word starts). */
const US = /\b(?:organiz|recogniz|realiz|apologiz|criticiz|emphasiz|authoriz|privatiz|color|favor|honor|labor|neighbor|behavior|center|theater|defense|offense|license[ds]?\b|program(?:s|med|ming)?\b|traveled|canceled|analyz)/gi;
const GB = /\b(?:organis|recognis|realis|apologis|criticis|emphasis(?:e|ed|ing)\b|authoris|privatis|colour|favour|honour|labour|neighbour|behaviour|centre|theatre|defence|offence|licence|programme|travelled|cancelled|analys(?:e|ed|ing)\b)/gi;

export function inferDateLocale(article: Pick<Article, 'language' | 'text'>): DateLocale {
  const tag = article.language?.toLowerCase() ?? '';
  if (tag === 'en-us' || tag === 'en-ca' || tag === 'en-ph') return 'en-US';
  if (/^en-(?:gb|uk|ie|au|nz|in|za)$/.test(tag)) return 'en-GB';
  const us = article.text.match(US)?.length ?? 0;
  const gb = article.text.match(GB)?.length ?? 0;
  // Without a sign the day comes first, as in most of the English-speaking world; a US text that
  // names Britain's Labour party still spells the rest its own way.
  return us > 0 && us >= gb ? 'en-US' : 'en-GB';
}
