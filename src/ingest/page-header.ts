// The headline, byline and date of an article found in the visible text of a whole page. Above
// the article sit menus, consent walls ("Welcome to … EUROPEAN UNION EXPERIENCE"), section
// labels, teasers, captions and share bars; the headline is the line among them that a reader
// would take for it: shaped like a title, saying what the article's opening says, near the
// byline and date line, often repeated ("Share this story: <headline>"). Pure.
import type { Instant } from '../brief/time.js';
import { readDateline } from './clutter.js';
import { readDateLine } from './date-line.js';
import { readByline, readPostedLine } from './header-lines.js';
import { hasBoilerplateWords, isFurnitureLine, isListHeading, lineWords } from './page-text.js';

export interface StatedTime {
  value: string;
  /** The phrase as written ("Nov. 19, 2019, 8:41 AM UTC"), and the whole line it was read from. */
  raw: string;
  line: string;
}

export interface PageHeader {
  /** Index of the headline line, or null. */
  titleLine: number | null;
  title: string | null;
  byline: { value: string; raw: string } | null;
  published: StatedTime | null;
  updated: StatedTime | null;
  /** Every line weighed as the headline, with its score and what made it: for diagnostics. */
  candidates: HeadlineCandidate[];
}

export interface HeadlineCandidate {
  line: number;
  text: string;
  score: number;
  features: HeadlineFeatures;
}

/** How far above the article the header is looked for, in lines. */
const HEADER_REACH = 30;
/** The fewest words of a standfirst under its headline. */
const STANDFIRST_WORDS = 10;
/** The most lines stacked under a headline above its byline: a standfirst and an author box. */
const MAX_HEADER_STACK = 2;
/** How many lines under a headline its byline and date line may sit (standfirst, caption, credit, share bar). */
const HEADER_BLOCK = 8;
/** How much of the article's opening a headline is compared with. */
const LEAD_CHARS = 1200;
/** The most words of a headline written as a sentence. */
const SENTENCE_HEADLINE_WORDS = 10;
/** The least score of a headline: some of its words must be the opening's. */
const MIN_HEADLINE_SCORE = 0.9;

/** Function words, left out when a headline's words are compared with the article's. */
const STOP = new Set(
  (
    // The commonest function words of German, French, Spanish, Portuguese, Italian and Dutch, from
    // the Snowball stop lists (snowballstem.org), three letters or more (shorter words are not
    // compared), leaving out those that are English content words ("war", "son", "die", "era", "van").
    'der das den dem des ein eine einer eines einem einen und oder aber zur zum vom von mit für auf aus bei nach über unter ist sind wird werden hat haben nicht auch sich als wie wir ihr sie ich ' +
    'les une dans pour par sur avec est sont pas qui que aux ses ont été mais elle ils nous vous ' +
    'los las una del por con para sus como más pero este esta fue han ' +
    'dos uma com não mais são foi pelo pela nos nas della delle degli dei nel nella sono che non gli ' +
    'het een met voor niet zijn aan ook bij ' +
    // English.
    'a an the and or but nor of in on at to for by with from as into over after before about against between through during without under up down out off than then so if is are was were be been being has have had do does did will would can could should may might must shall it its this that these those he she they we you i his her their our your my me him them us who whom whose which what when where why how not no all any both each few more most other some such only own same too very just also new says said say'
  ).split(' '),
);

/** Content words of a line, lower-cased and crudely stemmed; in scripts without spaces, character pairs. */
function contentWords(text: string): string[] {
  const lower = text.normalize('NFKC').toLowerCase();
  const cjk = lower.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]+/gu) ?? [];
  const pairs = cjk.flatMap((run) => [...run].slice(1).map((c, i) => run[i] + c));
  const words = (lower.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((w) => !STOP.has(w) && (w.length > 2 || /\d/.test(w)))
    .map((w) => w.replace(/['’]s$/, '').replace(/ies$/, 'y').replace(/(?<=(?:s|x|z|ch|sh))es$/, '').replace(/(?<=[^s])s$/, ''));
  return [...words, ...pairs];
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** A posted line whose dates lack their year ("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"): no date to read, but a header line. */
const isYearlessPostedLine = (text: string): boolean => /^(?:updated|posted|published|last updated)\b:?\s*(?:on\s+)?(?:\p{L}{3,9}\.?\s+\d{1,2}\b|\d{1,2}[:.]\d{2})/iu.test(text);

/**
 * Whether a line ends as a sentence does: a full stop, not an ellipsis nor, in a title-case line,
 * the stop of an abbreviation ("… Stirs Questions About Its 'Improved' Relations With U.S."). A
 * line in sentence case that ends with "U.S." is read as a sentence (a standfirst).
 */
function endsWithFullStop(text: string): boolean {
  if (!/[.。]["”’)]?$/u.test(text) || /(?:\.\.\.|…)["”’)]?$/.test(text)) return false;
  return !(inTitleCase(text) && /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}["”’)]?$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|St)\.["”’)]?$/u.test(text));
}

/**
 * A headline written as one short sentence ("The Middle Manager's Oath."): a few words in title
 * case, a full stop and no other sentence in it. It heads its byline as any headline does; a
 * longer line, or one in sentence case, with a full stop is a standfirst, a caption or a blurb.
 */
function isSentenceHeadline(text: string): boolean {
  // (A quoted sentence is someone's words: a pull quote.)
  return !isQuotation(text) && inTitleCase(text) && endsWithFullStop(text) && lineWords(text) <= SENTENCE_HEADLINE_WORDS && !/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(text) && /^["“‘(]?[\p{Lu}\p{N}]/u.test(text);
}

/** A line shaped like a headline: a few words, no closing full stop, not a byline, date or furniture. */
function titleShaped(text: string, reference: Instant): boolean {
  const words = lineWords(text);
  // (Two words may be a headline, "Voice interfaces", when the article speaks of them: see headlineShaped.)
  if (words < 2 || words > 30 || text.length > 250) return false;
  // Words, not numbers: "04/19/13" is a date, "1.1k" a share count.
  if (!/\p{L}{2}/u.test(text)) return false;
  // A headline starts like one: a capital, a digit or a quotation mark, not mid-sentence.
  if (/^\p{Ll}(?!\p{Lu})/u.test(text)) return false;
  if (/[,;:。]["”’)」]?$/u.test(text)) return false;
  // A signature under a quote ("— David McKinley on Sunday, …"), not a headline.
  if (/^[—–―-]\s/u.test(text)) return false;
  // A caption that ends with its credit: "…, 2019. (Manu Fernandez/AP)".
  if (/\([^()]{0,60}\/\s*[^()]{0,40}\)$/.test(text) || (/[.!?]["”’]?\s+["“‘(]?\p{Lu}/u.test(text) && /\)$/.test(text))) return false;
  // … or with a credit of another shape: "… opened in the 1990s. Image copyright Getty Images".
  const tail = /[.!?]["”’]?\s+([^.!?]+)$/u.exec(text)?.[1];
  if (tail !== undefined && PHOTO_CREDIT.test(tail.trim())) return false;
  if (readByline(text) !== null || nameWithJob(text) !== null || readPostedLine(text, reference) !== null || readDateLine(text, reference) !== null) return false;
  // A posted line whose dates lack their year ("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM").
  if (isYearlessPostedLine(text)) return false;
  if (readDateline(text) === text.trim()) return false;
  // Breadcrumbs: "you are here: Home › News", "HomeNewsBusinessMarkets".
  if (/^you are here\b|^home\s*[›>»/|]|(?:\s[›>»]\s.*){2}/i.test(text) || /\bHome(?=\p{Lu}\p{Ll})/u.test(text)) return false;
  // … or their words alone: "Home ECONOMIE Conjoncture".
  // (Case-sensitive: under the "i" flag \p{Lu} matches any letter, and "Home loan approvals rising" is a headline.)
  if (/^(?:Home|HOME|home)(?:\s+\p{Lu}[\p{L}-]*){1,4}$/u.test(text.trim())) return false;
  // A tag line: "Tech More: Google Larry Page Longform", "Topics: olympics, swimming".
  if (TAG_LABEL.test(text)) return false;
  // A link back or onwards: "Back to the front page", "Skip to main content".
  if (/^(?:back to|return to|skip to|go to|jump to)\b/i.test(text.trim())) return false;
  return !isFurnitureLine(text);
}

/** What a title-shaped line shows for and against being the article's headline; each holds on any page. */
export interface HeadlineFeatures {
  /** Content words shared with the article's opening, and the line's own content words. */
  shared: number;
  words: number;
  lineWords: number;
  /** Lines from the byline and date line (or the article's start): negative above it. */
  offset: number;
  /** Lines down to the byline or date line this line stands right over (past a standfirst or the author's names), or null. */
  headsHeader: number | null;
  /** Stacked under the headline above the byline: a standfirst. */
  underHeadline: boolean;
  /** Ends with a full stop, as a standfirst or a sentence does. */
  fullStop: boolean;
  /** A short one-sentence line, which may be a headline written as a sentence. */
  sentenceHeadline: boolean;
  /** Two sentences in a long line. */
  standfirst: boolean;
  /** Shown twice: right below itself, or framed ("Share this story: <headline>"); or again far away. */
  repeatedNear: boolean;
  repeatedFar: boolean;
  /** Furniture words ("Home", "Share", "Video"). */
  furnitureWords: boolean;
  /** In capitals: a label or a banner. */
  shouting: boolean;
  /** One quotation and nothing else: a pull quote or the article's first quote, not a headline. */
  quotation: boolean;
  /** Ends with another line of the page, a title, after words of its own: a breadcrumb or share bar framing the headline. */
  frames: boolean;
  /** Named in the page's copyright line: the site's name, not a headline. */
  siteName: boolean;
  /** The heading of a consent or cookie wall ("Welcome to … EUROPEAN UNION EXPERIENCE"). */
  inWall: boolean;
  /** The value under a label ("Author:" / "The Water Coolest"), as a fact box or meta block prints it. */
  labelValue: boolean;
  /** Right over a paragraph of prose: its standfirst or the article's opening. */
  overProse: boolean;
  /** An item of a link list: under a list heading ("More from …"), past other short items only. */
  listed: boolean;
}

/** How much a headline is the line a reader would take for the headline (at least MIN_HEADLINE_SCORE). */
function scoreHeadline(f: HeadlineFeatures): number {
  // Shared words count for more in a longer line: "Fox Business Go" shares one word by chance.
  let score = (2.5 * f.shared) / Math.max(f.words, 4) + 0.25 * Math.min(f.shared, 6);
  // A standfirst ends with a full stop; a headline seldom does ("… They just might be.").
  // (Unless it is one short sentence right over the byline or date line: a sentence-headline.)
  if (f.fullStop && !(f.sentenceHeadline && f.headsHeader !== null)) score -= f.lineWords > 20 ? 3 : 2;
  else if (f.standfirst) score -= 1;
  // Above the byline and date, close to them. Some sites print the date first and the headline
  // right under it; further down, between the date and the article, are captions and links.
  if (f.offset > 0) score -= f.offset === 1 ? 0.5 : 2.5;
  else score -= 0.04 * -f.offset;
  if (f.headsHeader !== null) score += f.headsHeader === 1 ? 1.2 : 0.8;
  if (f.underHeadline) score -= 2;
  if (f.repeatedNear) score += 2;
  else if (f.repeatedFar) score += 0.5;
  // Furniture words in a short line that says nothing of the article.
  if (f.furnitureWords && f.shared === 0 && f.lineWords < 12) score -= 0.8;
  if (f.shouting) score -= 0.3;
  if (f.quotation) score -= 1.5;
  if (f.frames) score -= 2;
  if (f.siteName) score -= 2;
  if (f.inWall) score -= 3;
  // A teaser of a link list after the opening text; a line over a paragraph of prose, above the
  // article, heads it as a headline heads its standfirst.
  if (f.listed) score -= 2;
  if (f.labelValue) score -= 2;
  if (f.overProse && f.headsHeader === null && f.offset < 0) score += 0.8;
  return score;
}

/** Chooses the headline, byline and date line of the article that starts at line `start`. */
export function readPageHeader(lines: readonly string[], start: number, end: number, reference: Instant): PageHeader {
  const header: PageHeader = { titleLine: null, title: null, byline: null, published: null, updated: null, candidates: [] };
  /** Takes the publication and update times a line states, where none was found yet (unless `take` is false); true if it states one. */
  const takeTimes = (glued: string, take = true): boolean => {
    // "By Seth Fiegerman2014-01-26 21:32:46 UTC": a byline and a date glued by the page's markup.
    const line = unglue(glued);
    // The date-line reader keeps a zone ("9:15 AM EST"); the posted-line reader adds relative times.
    const posted = readDateLine(line, reference) ?? readPostedLine(line, reference);
    if (!posted) return false;
    if (!take) return true;
    if (posted.published && !header.published) header.published = { ...posted.published, line };
    if (posted.updated && !header.updated) header.updated = { ...posted.updated, line };
    return true;
  };
  // Teaser lists ("More stories like this one": label, headline, date, …) between the header and
  // the article are neither headline nor date line; they and long menus (a list of car brands) do
  // not count against the reach.
  /** The content words of the article's opening from a line on, leaving out the copies of one line. */
  const leadOf = (first: number, except?: string): Set<string> =>
    new Set(contentWords(lines.slice(first, Math.min(end, first + 8)).filter((l) => except === undefined || fold(l) !== except).join(' ').slice(0, LEAD_CHARS)));
  const lead = leadOf(start);
  const teasers = findDatedTeasers(lines, start, reference, (i) => speaksOf(lines[i]!, lead));
  const menu = findMenuRuns(lines, start, reference);
  let from = start;
  for (let counted = 0; from > 0 && counted < HEADER_REACH; from--) if (!teasers.has(from - 1) && !menu.has(from - 1)) counted++;

  // Byline and date: the ones nearest the article's start, above it or in its first lines.
  let anchor: number | null = null;
  /** The date line nearest the article's start. */
  let dated: number | null = null;
  /** A title stands between the line looked at and that date line. */
  let beyond = false;
  /** Every byline and date line of the header's reach: a headline may stand over any of them. */
  const headerLines = new Set<number>();
  for (let i = Math.min(lines.length - 1, start + 2); i >= from; i--) {
    // (A date line over a title, past the date line nearest the article, is another article's: a
    // teaser's, whose publication time is not the one the article's own line leaves unsaid.)
    if (dated !== null && i + 1 < dated && !beyond) beyond = titleShaped(lines[i + 1]!, reference) && lineWords(lines[i + 1]!) >= 3 && !endsWithFullStop(lines[i + 1]!);
    if (teasers.has(i)) continue;
    if (takeTimes(lines[i]!, !beyond)) {
      dated ??= i;
      anchor ??= i;
      headerLines.add(i);
    }
    // (The byline too is read with its glued date parted from it, and the preposition that led to
    // the date: "BY JANE ROE ON 11/13/19 AT 4:00 PM".)
    const line = unglue(lines[i]!);
    const by = readByline(line) ?? readByline(line.replace(/\s+(?:updated|published|posted)\b.*$/i, '').replace(/\s+(?:(?:on|at)\s+)?\d.*$/i, ''));
    if (by && header.byline === null && /^\s*(?:by|written by|words by|von|par)\b/i.test(line)) {
      header.byline = { value: by, raw: line };
      anchor ??= i;
    }
    if (by && /^\s*(?:by|written by|words by|von|par)\b/i.test(line)) {
      headerLines.add(i);
    }
  }
  // Further into the article ("First published on November 19, 2019 / 8:16 AM" under an update
  // line), or only below it ("Published 11:11 PM EST Nov 19, 2019").
  for (let i = start + 3; !header.published && i < Math.min(end, start + 30); i++) takeTimes(lines[i]!);
  // (Not past a list heading: "More from Business / Headline / date" dates another article.)
  for (let i = end; !header.published && i < Math.min(lines.length, end + 5) && !isListHeading(lines[i]!); i++) takeTimes(lines[i]!);

  // The headline: every title-shaped line above the article (or its first line) is a candidate.
  const leadText = lines.slice(start, Math.min(end, start + 8)).join(' ');
  /**
   * A title-shaped line that may head the header: no full stop unless it is a sentence-headline,
   * and two words only when the article speaks of them (else a section label: "World News").
   */
  const headlineShaped = (i: number): boolean => {
    const text = lines[i]!;
    if (endsWithFullStop(text)) {
      // A short sentence under a headline-shaped line is that headline's caption or standfirst.
      if (!isSentenceHeadline(text)) return false;
      // (Past a date line printed between them.)
      for (let k = i - 1, n = 0; k >= 0 && n < 2; k--) {
        if (furniture(k)) continue;
        n++;
        if (titleShaped(lines[k]!, reference) && lineWords(lines[k]!) >= 3 && !endsWithFullStop(lines[k]!)) return false;
      }
    }
    if (lineWords(text) >= 3) return true;
    // Two words the article writes together, as they are, are a name it uses ("Ruth Ellis", "Hong
    // Kong"): a byline or a section, not a headline.
    const opening = i >= start ? lines.slice(i + 1, Math.min(end, i + 9)).join(' ') : leadText;
    return !opening.includes(text.trim()) && contentWords(text).some((w) => (i >= start ? leadOf(i + 1) : lead).has(w));
  };
  const page = lines.map(fold);
  const ref = anchor ?? start;
  // Headline, standfirst, byline, date: the title-shaped line just above the byline and date.
  // Captions, credits, share bars and cookie notices between a headline and its byline do not part them.
  const furnitureLines = new Map<number, boolean>();
  const furniture = (i: number): boolean => {
    let known = furnitureLines.get(i);
    if (known === undefined) furnitureLines.set(i, (known = isFurnitureLine(lines[i]!) || CONSENT.test(lines[i]!)));
    return known;
  };
  /** The unlabelled byline just above the date line, part of the header block. */
  let namesLine = -1;
  /** Lines from one line down to another, furniture and an unlabelled byline not counted. */
  const gap = (top: number, bottom: number): number => {
    let n = 1;
    for (let k = top + 1; k < bottom; k++) if (!furniture(k) && k !== namesLine) n++;
    return n;
  };
  /** The line under another, past captions, credits and share bars. */
  const next = (i: number): number => {
    let k = i + 1;
    while (k < lines.length && furniture(k)) k++;
    return k;
  };
  /**
   * A line right over a byline or date line (past captions and share bars), unless that line is
   * printed right over the headline found above the byline: "Headline / 27 octobre 2012 à 18:27 /
   * caption", not "Teaser / date / Headline / By …". A sentence over it is a standfirst.
   */
  const headsBlock = (i: number): boolean => {
    let k = next(i);
    if (i === namesLine || !headerLines.has(k) || !headlineShaped(i) || isStandfirst(lines[i]!)) return false;
    while (headerLines.has(k + 1)) k++;
    return k + 1 !== aboveAnchor && !stack.has(k + 1);
  };
  /** A line right over a photo credit ("Image: SixThirty") is that photo's caption. */
  const overCredit = (i: number): boolean => i + 1 < lines.length && PHOTO_CREDIT.test(lines[i + 1]!.trim());
  let aboveAnchor: number | null = null;
  /** The standfirsts stacked under the headline found at the top of the header's stack. */
  const underTop = new Set<number>();
  /** All the lines under that headline in its stack, which head the header through it. */
  const stack = new Set<number>();
  for (let i = ref - 1; i >= from && gap(i, ref) <= 4 && aboveAnchor === null; i--) {
    const text = lines[i]!;
    if (teasers.has(i) || furniture(i)) continue;
    // Names alone just above the date line are its byline, unlabelled ("Lisa Kaczke and Trevor J. Mitchell").
    if (i === ref - 1 && header.byline === null && (onlyNames(text) || nameWithJob(text) !== null)) {
      header.byline = { value: text, raw: text };
      namesLine = i;
      continue;
    }
    if (titleShaped(text, reference) && headlineShaped(i) && !isStandfirst(text) && !overCredit(i) && !isLabelValue(lines, i)) aboveAnchor = i;
  }
  // Headline, standfirst (and an author box) stacked above the byline: the line found is the
  // standfirst, and the top of the stack the headline, when a label or menu item sits over it.
  // A longer stack is a list of teaser headlines, whose last line sits over the real one.
  if (aboveAnchor !== null) {
    // (Of three words or more: a two-word line over a headline is its section's label.)
    const stacked = (i: number): boolean => i >= from && !teasers.has(i) && titleShaped(lines[i]!, reference) && lineWords(lines[i]!) >= 3 && !endsWithFullStop(lines[i]!);
    // The line over another, past captions and credits.
    // (Not past a consent wall: its heading is no part of the header.)
    const over = (i: number): number => {
      let k = i - 1;
      while (k >= from && furniture(k) && !CONSENT.test(lines[k]!)) k--;
      return k;
    };
    let top = aboveAnchor;
    for (let n = 0; n < MAX_HEADER_STACK && stacked(over(top)); n++) top = over(top);
    // A menu item over the headline says nothing of the article, or names the site's furniture ("Watch … Live").
    const speaks = (i: number): boolean => contentWords(lines[i]!).filter((w) => lead.has(w)).length >= 2 && !hasBoilerplateWords(lines[i]!);
    if (top < aboveAnchor && !stacked(over(top)) && speaks(top)) {
      // (A standfirst says more than its headline, in a sentence's words; a second headline line or a truncated copy does not.)
      for (let k = top + 1; k <= aboveAnchor; k++) {
        stack.add(k);
        if (lineWords(lines[k]!) >= STANDFIRST_WORDS && lineWords(lines[k]!) > lineWords(lines[top]!)) underTop.add(k);
      }
      aboveAnchor = top;
    }
  }
  // A kicker over a date line printed first is no headline ("The Big Read / June 3, 2024 /
  // Headline / Jo Roe"): a label of three words at most, with a longer title right under that date
  // line, which heads it. (Not a short headline over its standfirst, a sentence that repeats its words.)
  if (aboveAnchor !== null && anchor !== null && aboveAnchor < anchor && gap(aboveAnchor, anchor) === 1 && (readDateLine(lines[anchor]!, reference) ?? readPostedLine(lines[anchor]!, reference)) !== null) {
    const under = next(anchor);
    if (under <= start && titleShaped(lines[under]!, reference) && headlineShaped(under) && isKicker(lines[aboveAnchor]!, lines[under]!)) aboveAnchor = under;
  }
  // Or just below it, where a site prints the date first.
  // (It may be the article's own first line, read as its start for standing under the date line.)
  if (aboveAnchor === null && anchor !== null && anchor + 1 <= start && titleShaped(lines[anchor + 1]!, reference) && headlineShaped(anchor + 1)) aboveAnchor = anchor + 1;
  // The page's copyright lines, and its lines that could be a title another line ends with.
  const copyright = page.filter((l) => COPYRIGHT.test(l));
  const pageTitle = page[0] ?? '';
  const pageTitleHead = TITLE_SITE.exec(pageTitle)?.[1] ?? null;
  const titles = new Set(page.filter((l) => l.length >= 15 && / \S+ /.test(l)));
  const titleLengths = [...new Set([...titles].map((l) => l.length))];
  let best: { i: number; score: number } | null = null;
  for (let i = from; i < Math.min(lines.length, start + 1); i++) {
    const text = lines[i]!;
    if (teasers.has(i) || !titleShaped(text, reference) || overCredit(i)) continue;
    const words = contentWords(text);
    if (words.length === 0) continue;
    // The article's own first line is compared with what follows it, not with itself.
    // (A line the opening repeats, a standfirst shown again as the first paragraph, is compared
    // with the rest of it: its own copy says nothing of whether it is the headline.)
    const own = page[i]!;
    const copied = i < start && page.slice(start, Math.min(end, start + 8)).includes(own);
    const against = i >= start ? leadOf(i + 1) : copied ? leadOf(start, own) : lead;
    const shared = words.filter((w) => against.has(w)).length;
    // A two-word line is a section label or a name unless the article speaks of what it names (headlineShaped).
    if (lineWords(text) < 3 && !headlineShaped(i)) continue;
    const fullStop = endsWithFullStop(text);
    // The article's own first line with a full stop is its first sentence; one shown above it too
    // is weighed there, where it stands in the header.
    if (i >= start && (fullStop || page.slice(from, i).includes(page[i]!))) continue;
    // A sentence shown twice is a pull quote, not a headline; menus and teaser lists repeat their lines too.
    const mayRepeat = i <= ref && shared > 0 && own.length >= 15 && !fullStop;
    const framed = mayRepeat && page.some((other, k) => k !== i && other !== own && other.endsWith(own) && other.length <= own.length + 60 && !COPYRIGHT.test(other));
    const twice = mayRepeat && page.some((other, k) => k !== i && Math.abs(k - i) <= 2 && other === own);
    // The page's first line, where a copy starts with the document's title ("Headline | Site").
    const titled = mayRepeat && i > 0 && (own === pageTitle || own === pageTitleHead);
    const features: HeadlineFeatures = {
      shared,
      words: words.length,
      lineWords: lineWords(text),
      offset: i - ref,
      // (With no byline or date line, the article's first line is what a headline heads.)
      headsHeader: i === aboveAnchor ? (aboveAnchor < ref ? gap(aboveAnchor, ref) : aboveAnchor - ref) : !stack.has(i) && headsBlock(i) ? 1 : null,
      underHeadline: underTop.has(i),
      fullStop,
      sentenceHeadline: isSentenceHeadline(text),
      standfirst: isStandfirst(text),
      repeatedNear: framed || twice || titled,
      repeatedFar: mayRepeat && shared >= 2 && shared / words.length >= 0.3 && page.some((other, k) => k !== i && other === own),
      furnitureWords: hasBoilerplateWords(text),
      shouting: text === text.toUpperCase() && /\p{Lu}{4}/u.test(text),
      quotation: isQuotation(text),
      siteName: own.length >= 4 && copyright.some((other) => other !== own && other.includes(own)),
      // (Not a clause of the headline itself: "Tapie, Mougeotte et La Provence, un concentré d'histoire de France".)
      frames: titleLengths.some((n) => n < own.length && titles.has(own.slice(-n)) && !/,\s*$/.test(own.slice(0, -n))),
      // A wall's heading sits over its consent sentences and says nothing of the article; the
      // headline under a wall, or over a sign-up box's privacy link, is not in one.
      inWall: shared === 0 && lines.slice(i, i + WALL_REACH + 1).filter((l) => CONSENT.test(l)).length >= 2,
      listed: isListed(lines, i),
      labelValue: isLabelValue(lines, i),
      overProse: isProse(lines[next(i)] ?? ''),
    };
    const score = scoreHeadline(features);
    header.candidates.push({ line: i, text, score, features });
    if (best === null || score > best.score) best = { i, score };
  }
  if (best !== null && best.score >= MIN_HEADLINE_SCORE) {
    header.titleLine = best.i;
    header.title = lines[best.i]!;
    // A headline cut short ("Where it's love ...") over its whole form: the reader sees the whole one.
    const stem = /^(.{12,}?)\s*(?:\.\.\.|…)$/u.exec(header.title)?.[1];
    const whole = stem === undefined ? -1 : [best.i + 1, best.i + 2].find((k) => k < lines.length && lines[k]!.startsWith(stem) && lines[k]!.length > header.title!.length) ?? -1;
    if (whole >= 0) {
      header.titleLine = whole;
      header.title = lines[whole]!;
    }
  }
  // The article's own date line sits under its headline, with the byline: it wins over a date read
  // elsewhere (a teaser's, a caption's, one further down); a publication time before an update time.
  if (header.titleLine !== null) {
    let published: StatedTime | null = null;
    let updated: StatedTime | null = null;
    for (let i = header.titleLine + 1; i <= Math.min(start + 2, header.titleLine + HEADER_BLOCK, lines.length - 1); i++) {
      if (teasers.has(i)) continue;
      const line = lines[i]!;
      const read = readDateLine(line, reference) ?? readPostedLine(line, reference);
      if (read?.published && !published) published = { ...read.published, line };
      if (read?.updated && !updated) updated = { ...read.updated, line };
    }
    if (published) header.published = published;
    if (updated) header.updated = updated;
  }
  // No date line of the usual shape: the meta line right under the headline (or right over it,
  // where a site prints it first) may carry its date among an author, a comment count and
  // categories ("Ana Lima 27/09/2018 Comment! Reading, Music").
  if (header.titleLine !== null && header.published === null && header.updated === null) {
    const under = [header.titleLine + 1, header.titleLine + 2, header.titleLine + 3].filter((i) => i <= Math.min(start, lines.length - 1));
    // (Over the headline's first copy, where it is shown twice.)
    let top = header.titleLine;
    while (top > 0 && lines[top - 1] === lines[header.titleLine]) top--;
    for (const i of [...under, top - 1].filter((k) => k >= 0 && !teasers.has(k))) {
      const read = readDateLine(lines[i]!, reference, { underHeadline: true });
      if (!read) continue;
      if (read.published) header.published = { ...read.published, line: lines[i]! };
      if (read.updated) header.updated = { ...read.updated, line: lines[i]! };
      break;
    }
  }
  return header;
}

/**
 * A kicker over a headline printed under a date line: a label of three words at most, over a title
 * of four or more that is no sentence and shares none of its words (a short headline repeats its
 * words in the standfirst under the date line).
 */
function isKicker(label: string, title: string): boolean {
  const own = contentWords(label);
  return lineWords(label) <= 3 && lineWords(title) >= 4 && !/[.!?。]["”’)]?$/u.test(title) && !contentWords(title).some((w) => own.includes(w));
}

/** Title case: the words of four letters or more, nearly all capitalised ("The Untold Story Of Larry Page's Comeback"). */
function inTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** A line with a word glued to the ISO date after it ("Fiegerman2014-01-26"), parted by a space. */
const unglue = (line: string): string => line.replace(/(?<=\p{L})(?=\d{4}-\d{2}-\d{2}\b)/gu, ' ');

/** A photo's credit line: "Image: SixThirty", "Photo by Jo Bell", "Image copyright Reuters", "Getty Images", "(AP Photo/Jo Bell)"; not a bare news agency ("REUTERS" is a byline too). */
const PHOTO_CREDIT = /^(?:\(?(?:image|photo|photograph|picture|illustration)s?(?: credits?)?(?::| by)\s*\S.{0,80}|(?:image|photo|picture) (?:copyright|©)\s*\S.{0,60}|credit:.{0,80}|\(?(?:getty images|shutterstock)\)?|\((?:ap|afp|reuters) photo\/[^()]{1,60}\))$/i;

/** The label of a line of tags or topics, where it stands in the line. */
const TAG_LABEL = /(?:^|\s)(?:more|tags?|tagged|topics?|related|filed under|categor(?:y|ies)|keywords?|see also|labels?)\s*:/i;

/** A document title: a headline, a separator and the site's name ("Headline | Site", "Headline - Site"). */
const TITLE_SITE = /^(.{10,}?)\s+[|–—-]\s+[^|–—-]{2,40}$/u;

/** A copyright line: "© 2019 The Hollywood Reporter", "Copyright … All rights reserved". */
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/i;

/**
 * The vocabulary of consent and cookie walls (the notices the EU's ePrivacy Directive and GDPR
 * made sites show).
 */
const CONSENT = /\b(?:cookies?|consent|personal data|data protection|gdpr|privacy (?:policy|settings|notice|statement)|(?:our|third[- ]party|advertising) partners|personali[sz]ed (?:ads|advertising|content)|tracking technologies|accept all|manage (?:settings|preferences|options)|your (?:choices|privacy))\b/i;
/** How many lines under a line are looked at for a wall's consent sentences. */
const WALL_REACH = 3;

/** A line that is one quotation: it opens with a quotation mark and closes with one, nothing after. */
function isQuotation(text: string): boolean {
  const t = text.trim();
  return /^["“‘«„]/u.test(t) && /[.!?,…]?["”’»“]$/u.test(t) && !/["”’»]\s*:/u.test(t);
}

/** A label's value: the line under a label of three words at most that ends with a colon ("Author:", "Publish date:"). */
const isLabelValue = (lines: readonly string[], i: number): boolean => i > 0 && /^[^:]{1,30}:$/u.test(lines[i - 1]!.trim()) && lineWords(lines[i - 1]!) <= 3;

/** A paragraph of prose: fifteen words or more that end as a sentence does. */
const isProse = (text: string): boolean => lineWords(text) >= 15 && /[.!?]["”’)]?$/u.test(text.trim());

/** How many items above a line its list's heading may be. */
const LIST_REACH = 8;

/**
 * A line of a link list that follows text (a headline's standfirst, a teaser's blurb): a list
 * heading above it, only short lines without a sentence's end between, and a paragraph of prose
 * just over the heading. (A heading among the menus, "More", "Top Stories", opens a menu.)
 */
function isListed(lines: readonly string[], i: number): boolean {
  const prose = (k: number): boolean => k >= 0 && isProse(lines[k]!);
  for (let k = i - 1; k >= Math.max(0, i - LIST_REACH); k--) {
    if (isListHeading(lines[k]!)) return prose(k - 1) || prose(k - 2);
    if (lineWords(lines[k]!) >= 16 || /[.!?]["”’)]?$/u.test(lines[k]!.trim())) return false;
  }
  return false;
}

/** Most of a line's content words (two at least) are the article opening's: it speaks of the article. */
function speaksOf(text: string, lead: ReadonlySet<string>): boolean {
  const words = contentWords(text);
  const shared = words.filter((w) => lead.has(w)).length;
  return shared >= 2 && shared >= 0.5 * words.length;
}

/** The least run of date lines, a few lines apart, that makes a list of dated teasers. */
const MIN_TEASER_DATES = 3;
/** The most lines between two dates of one teaser list (label, headline, date). */
const TEASER_STRIDE = 4;
/** The most words of a menu item, and the fewest items in a row that make a long menu (a brand or section list), which does not count against the reach. */
const MENU_ITEM_WORDS = 2;
const MIN_MENU_RUN = 12;

/**
 * A list of teasers right above the article: a date line every few lines (section, headline,
 * date), three or more, up to the list's heading when it has one. Their headlines and dates are
 * other articles'.
 */
function findDatedTeasers(lines: readonly string[], start: number, reference: Instant, ofArticle: (i: number) => boolean): Set<number> {
  const isDate = (i: number): boolean => readDateLine(lines[i]!, reference) !== null || readPostedLine(lines[i]!, reference) !== null;
  const dates: number[] = [];
  // (The first date within three lines of the article, past its share bars and other furniture.)
  let reach = start;
  for (let n = 0; reach > 0 && n < 3; ) if (!isFurnitureLine(lines[--reach]!)) n++;
  for (let i = start - 1; i >= 0 && i >= (dates.length === 0 ? reach : dates[dates.length - 1]! - TEASER_STRIDE); i--) if (isDate(i)) dates.push(i);
  const block = new Set<number>();
  if (dates.length < MIN_TEASER_DATES) return block;
  let top = Math.max(0, dates[dates.length - 1]! - (dates[dates.length - 2]! - dates[dates.length - 1]!) + 1);
  for (let i = top - 1; i >= Math.max(0, top - 3); i--) if (isFurnitureLine(lines[i]!)) top = i;
  // Teasers are other articles': the run's last title, when it says what this article's opening
  // says, is the article's own headline, printed under the list with its own date line, and ends
  // the list. (A title with more titles under it is a related story's: a teaser on the same topic.)
  const title = (i: number): boolean => titleShaped(lines[i]!, reference) && lineWords(lines[i]!) >= 3 && !endsWithFullStop(lines[i]!);
  let last = start - 1;
  // (Past a caption or standfirst under it: a sentence.)
  while (last >= top && !title(last)) last--;
  // (Or, whatever its words, when a byline stands under it: teasers carry a title and a date, an
  // article's header its writer's name too.)
  const signed = (i: number): boolean => /^\s*(?:by|written by|words by)\b/i.test(lines[i]!) && (readByline(unglue(lines[i]!)) !== null || readDateLine(lines[i]!, reference) !== null);
  const bylineUnder = last >= top && lines.slice(last + 1, start).some((_, k) => signed(last + 1 + k) || nameWithJob(lines[last + 1 + k]!) !== null);
  // (Or, whatever its words, when it stands right over the run's last date, apart from the list:
  // further from the teaser before it than any teaser is from the next, as the headline and date
  // line of an article set under a list, "T1 / date / T2 / date / T3 / Headline / date", are.)
  const strides = dates.slice(1, -1).map((d, k) => d - dates[k + 2]!);
  const overDate = last >= top && last < dates[0]! && lines.slice(last + 1, dates[0]).every((l) => isFurnitureLine(l));
  const apart = overDate && dates[0]! - dates[1]! > Math.max(...strides);
  // (Or, whatever its words, when a line that is no title parts it from the run's last date while
  // each teaser's date stands right under its title: "T1 / date / T2 / date / Headline / Jo Roe /
  // date". Teasers print a title and its date; a header puts the author or a standfirst between.)
  const over = (d: number): number => {
    let k = d - 1;
    while (k > top && isFurnitureLine(lines[k]!)) k--;
    return k;
  };
  const parted = last >= top && last < over(dates[0]!) && !title(over(dates[0]!)) && dates.slice(1).every((d) => title(over(d)));
  let bottom = last >= top && (ofArticle(last) || bylineUnder || apart || parted) ? last : start;
  // A date line right over that headline is the article's, printed first, unless it is a teaser's:
  // under a teaser's title with no date of its own. (Over it stands another date, a label or a heading.)
  // (A kicker over that date line is no teaser's title: "The Big Read / 10 August 2003 / Headline".)
  if (bottom < start && bottom - 1 > top && isDate(bottom - 1) && (!title(bottom - 2) || isKicker(lines[bottom - 2]!, lines[bottom]!))) bottom--;
  for (let i = top; i < bottom; i++) block.add(i);
  return block;
}

/** Runs of short lines (menu items, brand lists) above the article; a byline or date line among them makes them a header. */
function findMenuRuns(lines: readonly string[], start: number, reference: Instant): Set<number> {
  const menu = new Set<number>();
  const item = (text: string): boolean =>
    lineWords(text) <= MENU_ITEM_WORDS && !/[.!?]["”’]?$/u.test(text) && readByline(text) === null && readDateLine(text, reference) === null && readPostedLine(text, reference) === null;
  for (let i = 0; i < start; ) {
    let j = i;
    while (j < start && item(lines[j]!)) j++;
    if (j - i >= MIN_MENU_RUN) for (let k = i; k < j; k++) menu.add(k);
    i = Math.max(j, i + 1);
  }
  return menu;
}

/** Two sentences in a long line: a standfirst that only lacks its closing full stop, not a headline. */
function isStandfirst(text: string): boolean {
  return lineWords(text) >= 12 && /\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(text);
}

/** Capitalised words only, joined by "and": people (and their outlet), not a headline. */
function onlyNames(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length < 2 || words.length > 14 || /\d/.test(text)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&|de|van|von|der|da|di|del|la|le)$/.test(w)) && words.some((w) => /^\p{Lu}\.$/u.test(w) || w === 'and' || w === '&');
}

/**
 * The job titles a news site prints after its writers' names: the occupations of news work
 * (reporter, correspondent, editor, writer, columnist, …), as the U.S. Bureau of Labor Statistics'
 * Occupational Outlook Handbook names them under "Reporters, correspondents, and broadcast news
 * analysts", "Editors" and "Writers and authors", with photographers and producers of the same newsrooms.
 */
const NEWS_JOB = /^(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|analyst|critic|photographer|producer|author|presenter|anchor|blogger|stringer)s?$/iu;

/** A writer's name and job title, unlabelled ("Jane Doe, Business reporter", "JANE DOE | Staff Writer"): the name, or null. */
export function nameWithJob(text: string): string | null {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,|\||[–—-])\s*(.{3,60})$/u.exec(text.trim());
  return m && NEWS_JOB.test(m[2]!.trim()) ? m[1]! : null;
}
