// Finding the article in the visible text of a whole page (navigation, share buttons, bylines,
// related links and footers around it, one block per line) without a DOM: each line is scored
// from its own features (length, sentence punctuation, boilerplate vocabulary, whether it stands
// as a paragraph between blank lines), and the article is the contiguous run of lines with the
// highest total score, minus the furniture lines inside it. Pure.

export interface PageLine {
  text: string;
  /** A blank line precedes it (innerText writes one between paragraphs, none between menu items). */
  blankBefore: boolean;
  blankAfter: boolean;
}

export interface ArticleSpan {
  /** Index of the first and one past the last line of the article run. */
  start: number;
  end: number;
  /** Lines inside the run that are furniture (captions, share bars, "Advertisement"). */
  dropped: Set<number>;
  scores: number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Page furniture vocabulary: on a short line it marks the line as not article text. */
const BOILERPLATE =
  /\b(?:cookies?|subscribe|subscription|sign (?:in|up)|log ?in|newsletters?|privacy|terms (?:of|and) (?:use|service|conditions)|copyright|all rights reserved|advertis(?:e|ement|ing)|sponsored|share|facebook|twitter|whatsapp|pinterest|linkedin|reddit|instagram|youtube|e-?mail|follow us|related|read more|more from|comments?|click here|skip to|menu|search|home|contact us|about us|trending|popular|most read|recommended|you may also like|sign-up|download|app|login|register|print|newsroom|sitemap|careers|loading|watch|video|photos?|gallery|image \d+ of|credit|getty|reuters|ap photo|\(ap\)|shutterstock|tags?|topics?|categor(?:y|ies)|posted in|filed under|previous|next|back to top|join|buy now|available from|learn more)\b|©|»|›|\|/i;

const SENTENCE_END = /[.!?…:;"”’)\]。！？」』]$/u;

/** Lines that are furniture wherever they appear, even inside the article run. */
const FURNITURE_LINE =
  /^(?:advertisement|advert|ad|sponsored(?: content)?|continue reading(?: below| the main story)?|image \d+ of \d+|photo:.{0,100}|\(?image credits?:.{0,120}|\(?photo(?:graph)?s? by .{0,80}|credit:.{0,80}|(?:getty images|reuters|ap|afp|shutterstock)\)?|share(?:(?: this| on| via| by| with| to)\b.{0,30}|:.{0,30})?|tweet|email|print|comments?|\d+ comments?|read more.{0,80}|related(?:(?: articles| stories| content)?:.{0,100}|(?: articles| stories| content))?|see (?:more|also):.{0,120}|don'?t miss|recommended(?: for you)?|story continues below.{0,20}|scroll to continue.{0,40}|this slideshow requires javascript\.?|\d+|[\p{P}\p{S}\s]+|(?:copyright|©).{0,300}all rights reserved.{0,300}|(?:we|this (?:web)?site) uses? cookies\b.{0,300}|got it!?|accept(?: all)?(?: cookies)?|i agree|by (?:clicking|signing up|subscribing)\b.{0,200}|enter your e-?mail(?: address)?|media playback is unsupported on your device|(?:previous|next) (?:article|post|story)|post navigation|add (?:a )?comment|like this:|filed under:?.{0,100}|tags?:.{0,150})$/iu;

/** Headings of the link lists and comment threads that follow an article: nothing after them in their run is article text. */
const LIST_HEADING =
  /^(?:more from\b.{0,40}|most (?:read|popular|viewed)\b.{0,40}|more:?|related(?: articles| stories| posts| content| news| links)?:?|read (?:more|next|also):?|see also:?|also read:?|you (?:may|might) also (?:like|enjoy).{0,10}|recommended(?: for you| stories| reading)?:?|popular(?: stories| now)?|trending(?: now| stories)?|latest(?: news| stories)?|more stories.{0,30}|top stories|around the web|promoted(?: stories)?|from our partners|sponsored (?:stories|links)|what to read next|story timeline|in other news|elsewhere on .{1,30}|more (?:news|videos|articles) .{0,30})$/i;

/** Lines that open a comment thread: the article run never crosses them. */
const COMMENTS_START =
  /^(?:\d+\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?:?$|^rating: \d+ votes?$|^\[ ?read all comments ?\]$|^leave a (?:comment|reply)|^join the (?:discussion|conversation)|^(?:show|view|load|read) (?:all )?(?:\d+ )?comments|^post a comment|^add a comment|^comments are closed|^\d+ (?:responses?|comments?|replies) to\b|^permalink\b.{0,40}comments|^.{1,60} (?:on .{4,40} at \d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?(?:said|says|wrote):$/i;

/** Photo captions and credits. */
/** Agencies and photo services whose name closes a photo credit. */
const PHOTO_AGENCY = '(?:AP|AFP|Reuters|REUTERS|EPA|EPA-EFE|Getty Images|Bloomberg|Shutterstock|Xinhua|Anadolu Agency|NurPhoto|SOPA Images|Sipa USA|Zuma Press|PA|PA Images|Alamy)';

/** A caption that ends with its credit: "… (AP Photo/Alan Diaz, File)", "… (Manu Fernandez/AP)", "… J. Scott Applewhite / AP file". */
const CREDIT_END = new RegExp(
  `(?:\\((?:${PHOTO_AGENCY})(?: Photo)?\\s*\\/[^()]{1,80}\\)|\\([^()]{1,60}\\/\\s*${PHOTO_AGENCY}(?: Photo| file| File)?\\)|\\s\\/\\s*${PHOTO_AGENCY}(?: file| File| Photo)?)\\s*$`,
);

const CAPTION = /^image (?:copyright|caption)\b|\((?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Shutterstock)\)$|\b(?:REUTERS|AFP|EPA)\/[A-Z][\w.' -]{1,40}$|\((?:image|photo|picture|pictured|credit|source)s?:?[^)]{0,80}\)\s*$|(?<![\p{L}])(?:credit|photo|image|picture|cr[ée]dits? photos?|foto):\s*\S.{0,80}$|(?<![\p{L}])cr[ée]dits? photos? :\s*\S.{0,80}$|\|\s*(?:getty images|reuters|ap|afp|bloomberg|shutterstock)\b|^(?:\(?(?:ap|afp|reuters|getty images|epa)\s*(?:photo)?\)?(?:\/.{0,40})?)$/iu;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/** Words of a line; in scripts written without spaces, two characters count as a word. */
export function lineWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = cjk > 0 ? text.replace(CJK, ' ') : text;
  return (rest.match(WORD)?.length ?? 0) + Math.round(cjk / 2);
}

/** How much a line looks like article prose (positive) or page furniture (negative). */
export function scoreLine(line: PageLine): number {
  const text = line.text;
  const words = lineWords(text);
  let score = Math.min(words, 40) / 10 - 1.2;
  if (SENTENCE_END.test(text)) score += 0.6;
  else score -= 0.4;
  if (words < 25 && BOILERPLATE.test(text)) score -= words < 8 ? 1.2 : 0.8;
  if ((line.blankBefore || line.blankAfter) && words >= 8) score += 0.3;
  if (!line.blankBefore && !line.blankAfter && words < 8) score -= 0.3;
  // A short paragraph of its own in plain words is a subheading or a list item of the article.
  if (line.blankBefore && line.blankAfter && words < 8 && !BOILERPLATE.test(text) && !/^[^:]{1,30}:/.test(text)) score += 1;
  // Link lists and headline teasers: title-cased words with no sentence punctuation.
  if (words >= 4 && words < 16 && !/[.,;:!?]/.test(text)) score -= 0.3;
  if (FURNITURE_LINE.test(text.trim())) score -= 2;
  if (COMMENTS_START.test(text.trim())) score -= 8;
  return score;
}

/** The contiguous run of lines with the highest total score (Kadane), and the furniture inside it. */
/** Chosen on the development files (0.35–0.4 score alike; 0.25 and 0.5 lower). */
const EARLIEST_RUN_SHARE = 0.4;

/** The weight of a run that counts as an article before a comment thread (chosen on the development files: 3 and 2 score alike, 6 lower). */
const MIN_ARTICLE_RUN = 3;

/**
 * A share bar: nothing but the names of the places a page offers to share it to, two or more
 * ("Facebook Twitter Email", "Twitter | LinkedIn | WhatsApp"), as its buttons' labels read.
 */
const SHARE_BAR = /^(?:(?:share|facebook|twitter|x|whatsapp|pinterest|linkedin|reddit|tumblr|telegram|messenger|flipboard|e-?mail|print|copy(?: link)?|sms|mail)(?:\s*[|•·,/]\s*|\s+|$)){2,}$/i;

/** A line that is page furniture by its own shape: a label, a caption, a share bar, a list heading, a comment header. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  return FURNITURE_LINE.test(t) || SHARE_BAR.test(t) || ((CAPTION.test(t) || CREDIT_END.test(t)) && lineWords(t) < 60) || LIST_HEADING.test(t) || COMMENTS_START.test(t);
}

/** The heading of a link list ("More from …", "Related stories", "Most read"). */
export function isListHeading(text: string): boolean {
  return LIST_HEADING.test(text.trim());
}

/** Page furniture vocabulary (share, subscribe, cookies, …) in a line. */
export function hasBoilerplateWords(text: string): boolean {
  return BOILERPLATE.test(text);
}

/** The longest gap of furniture inside an article, in lines, and the most words a gap line may have (chosen on the development files). */
const MAX_GAP_LINES = 8;
/** The fewest rows of a table read as content, and the least score of a row (0.3 to 1 score alike on dev). */
const MIN_TABLE_ROWS = 3;
const TABLE_ROW_SCORE = 0.5;
/** The most items of a list introduced by the article's last sentence ("… dates:"). */
const MAX_LIST_ITEMS = 80;
const GAP_LINE_WORDS = 12;
/** The longest gap between two items of a list, in lines (a credit, a price line, a shop link). */
const LIST_ITEM_GAP = 4;
/** The least score of an item's paragraph: a full paragraph (about 35 words or more), not a teaser's blurb. */
const LIST_ITEM_SCORE = 3;

export function findArticleSpan(lines: readonly PageLine[]): ArticleSpan {
  const scores = lines.map(scoreLine);
  // A table's rows (innerText writes its cells separated by tabs): three rows or more with the same
  // number of cells are content of the page, not a menu, however short each row is.
  const cells = lines.map((l) => (l.text.match(/\t/g)?.length ?? 0) + 1);
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && cells[j]! >= 3 && cells[j] === cells[i]) j++;
    if (j - i >= MIN_TABLE_ROWS) for (let k = i; k < j; k++) scores[k] = Math.max(scores[k]!, TABLE_ROW_SCORE);
    i = Math.max(j, i + 1);
  }
  // Articles come before their comment threads, which can be longer than they are: the first
  // comment heading that follows a run of prose (the article's, or the first comment's) ends
  // the search, so a short post competes with one comment at most, not the whole thread.
  let limit = lines.length;
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    run = Math.max(0, run + scores[i]!);
    if (run >= MIN_ARTICLE_RUN && COMMENTS_START.test(lines[i + 1]?.text.trim() ?? '')) {
      limit = i + 1;
      break;
    }
  }
  // Runs of positive total (Kadane, restarting where the total drops to zero). Teaser feeds and
  // comment threads after an article can outweigh it, so the earliest run that is at least 40 %
  // as heavy (EARLIEST_RUN_SHARE) as the heaviest wins.
  const runs: { sum: number; start: number; end: number }[] = [];
  let current = { sum: 0, start: 0, end: 0, total: 0 };
  for (let i = 0; i < limit; i++) {
    if (current.total <= 0) {
      if (current.sum > 0) runs.push({ sum: current.sum, start: current.start, end: current.end });
      current = { sum: 0, start: i, end: i, total: 0 };
    }
    current.total += scores[i]!;
    if (current.total > current.sum) {
      current.sum = current.total;
      current.end = i + 1;
    }
  }
  if (current.sum > 0) runs.push({ sum: current.sum, start: current.start, end: current.end });
  const heaviest = Math.max(0, ...runs.map((r) => r.sum));
  // A run of one or two lines (a caption, a tag cloud) is not an article however heavy it is.
  const prose = (r: { start: number; end: number }): number => scores.slice(r.start, r.end).filter((x) => x > 1).length;
  const best = { ...(runs.find((r) => r.sum === heaviest || (r.sum >= EARLIEST_RUN_SHARE * heaviest && prose(r) >= 2)) ?? { sum: 0, start: 0, end: 0 }) };
  const dropped = new Set<number>();
  // An article broken by an embed or a photo block ("Image copyright …", "Report") goes on after
  // it: a run of prose across a short gap of short lines is the same article, the gap furniture.
  for (const next of runs) {
    if (next.start < best.end || best.end === 0) continue;
    const gap = lines.slice(best.end, next.start);
    const breaks = gap.some((l) => lineWords(l.text) >= GAP_LINE_WORDS || LIST_HEADING.test(l.text.trim()) || COMMENTS_START.test(l.text.trim()));
    if (gap.length > MAX_GAP_LINES || breaks || prose(next) < 2) break;
    for (let i = best.end; i < next.start; i++) dropped.add(i);
    best.end = next.end;
  }
  // A list of items (a product, its price line and shop link, one paragraph on it) goes on one
  // paragraph at a time; each item's short lines are furniture. Two items in a row make the
  // pattern; a single paragraph after the article could be a teaser.
  const nextItem = (from: number): number | null => {
    for (let i = from; i < Math.min(limit, from + LIST_ITEM_GAP + 1); i++) {
      const text = lines[i]!.text.trim();
      if (scores[i]! >= LIST_ITEM_SCORE) return i;
      if (lineWords(text) >= GAP_LINE_WORDS || LIST_HEADING.test(text) || COMMENTS_START.test(text)) return null;
    }
    return null;
  };
  for (let items = 0; ; items++) {
    const first = nextItem(best.end);
    if (first === null || first === best.end) break;
    const second = nextItem(first + 1);
    // The last item has no next one: the items before it made the pattern.
    if (items === 0 && (second === null || second === first + 1)) break;
    for (let i = best.end; i < first; i++) dropped.add(i);
    best.end = first + 1;
  }
  // A sentence of the article that ends with a colon introduces a list ("The tour dates:"); the
  // list's items follow it line by line, with no blank line between them.
  const last = lines[best.end - 1];
  if (last !== undefined && /:$/.test(last.text.trim()) && lineWords(last.text) >= 3 && !LIST_HEADING.test(last.text.trim())) {
    let i = best.end;
    while (i < lines.length && i - best.end < MAX_LIST_ITEMS && !lines[i]!.blankBefore && lineWords(lines[i]!.text) < 25 && !isFurnitureLine(lines[i]!.text)) i++;
    best.end = i;
  }
  dropBlocks(lines, scores, best, dropped);
  for (let i = best.start; i < best.end; i++) {
    const text = lines[i]!.text.trim();
    if (FURNITURE_LINE.test(text) || (CAPTION.test(text) && lineWords(text) < 40) || (CREDIT_END.test(text) && lineWords(text) < 60)) dropped.add(i);
    else if (LIST_HEADING.test(text)) {
      // The heading and the list under it: lines with no blank line between them.
      dropped.add(i);
      while (i + 1 < best.end && !lines[i + 1]!.blankBefore && lineWords(lines[i + 1]!.text) < 25) dropped.add(++i);
      if (i + 1 < best.end && lines[i + 1]!.blankBefore && lines[i]!.blankAfter) {
        // A list written as separate paragraphs: take the following short headline-like lines too.
        while (i + 1 < best.end && lineWords(lines[i + 1]!.text) < 16 && !SENTENCE_END.test(lines[i + 1]!.text)) dropped.add(++i);
      }
    }
  }
  return { start: best.start, end: best.end, dropped, scores };
}

/**
 * A call to action addressed to the reader: a sentence that opens with an imperative of the
 * page's own services ("Sign up for …", "Follow us on …", "Subscribe to …", "Click here …") and
 * names one of them (a newsletter, an inbox, an app, a social network, the site). Both lists are
 * this module's own (the verbs of sign-up boxes, share rows and app teasers), not a published one;
 * the verb must open a sentence, so a story's "fans rushed to subscribe" is not one.
 */
const CALL_TO_ACTION =
  /(?:^|[.!?…]\s+)(?:sign up|subscribe|follow|join|click|tap|download|tell us|let (?:us|our)|listen|visit|stay|check out|find out|learn|send|get|read|watch|see|need more|have an? (?:tip|story|question))\b/i;
const SERVICE =
  /\b(?:newsletters?|subscri\w*|sign(?:ing)?[ -]up|inbox|e-?mail|twitter|facebook|instagram|youtube|linkedin|flipboard|podcasts?|apps?|click(?:ing)? here|download|website|site|magazine|forums?|alerts|updates|news|delivered|@\w+)\b/i;

function isCallToAction(text: string): boolean {
  const t = text.trim();
  // A quotation is someone's words, not the page's.
  if (/^["“‘'«]/u.test(t) || lineWords(t) >= 60) return false;
  return CALL_TO_ACTION.test(t) && SERVICE.test(t);
}

/** A line of a link list: a few words, no sentence punctuation, no price, not a table row. */
function isLinkLine(line: PageLine): boolean {
  const t = line.text.trim();
  const words = lineWords(t);
  return words >= 3 && words <= 16 && !SENTENCE_END.test(t) && !t.includes('\t') && !/[$€£¥]\s?\d/u.test(t);
}

/** The fewest lines packed together that make a link list ("more stories", "trending"). */
const MIN_LINK_RUN = 3;

/** The names a short line may end with: its last two or three capitalised words ("Phil Helsel", "About Jane Doe"). */
function namesOfLine(text: string): string[] {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return [];
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 3 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(words[k]!); k--) name.unshift(words[k]!);
  return name.length === 3 ? [name.join(' '), name.slice(1).join(' ')] : name.length === 2 ? [name.join(' ')] : [];
}

/**
 * Blocks inside the article run that are the page's, not the article's, found by their shape:
 * - a call to action (sign-up box, "follow us"), with the furniture lines packed around it; at
 *   the article's end, where no sentence of prose follows, everything from it on;
 * - three or more headlines packed one per line, not introduced by the article: a link list; a
 *   line that names a site's domain without being a sentence: a link;
 * - an author box at the article's end: a line ending in a name the article has not used, over a
 *   paragraph about that person;
 * - a caption and its credit: a sentence with a short line of capitalised words or a slashed
 *   credit packed under it ("Michael Conroy, AP", "GETTY", "Name/Agency/Getty Images").
 */
function dropBlocks(lines: readonly PageLine[], scores: readonly number[], best: { start: number; end: number }, dropped: Set<number>): void {
  // Prose of the article after a line: a sentence of some length, not addressed to the reader.
  const proseAfter = (i: number): boolean =>
    lines.slice(i + 1, best.end).some(({ text }, k) => !dropped.has(i + 1 + k) && lineWords(text) >= 8 && SENTENCE_END.test(text.trim()) && !isCallToAction(text) && !/\byou(?:r|rs)?\b/i.test(text));
  for (let i = best.start; i < best.end; i++) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (isCallToAction(text)) {
      if (i > best.start && !proseAfter(i)) {
        best.end = i;
        break;
      }
      dropped.add(i);
      // The box around it: short furniture lines packed with it.
      const boxLine = (k: number): boolean => lineWords(lines[k]!.text) < 20 && !SENTENCE_END.test(lines[k]!.text.trim()) && (BOILERPLATE.test(lines[k]!.text) || isCallToAction(lines[k]!.text));
      for (let k = i - 1; k > best.start && boxLine(k); k--) dropped.add(k);
      while (i + 1 < best.end && boxLine(i + 1)) dropped.add(++i);
      continue;
    }
    // A link to another page of the site, named by its domain ("On example.com: …", "Also on example.com …").
    if (/(?:^|\s)(?:on|at|from)\s+(?!www\.)[\w-]+\.(?:com|org|net|co\.uk)\b(?!\/)/i.test(text) && !SENTENCE_END.test(text) && lineWords(text) < 30) {
      dropped.add(i);
      continue;
    }
    // Headlines packed one per line, not introduced by the article ("… these dates:"), are a link list.
    if (isLinkLine(line)) {
      let j = i + 1;
      while (j < best.end && isLinkLine(lines[j]!) && !lines[j]!.blankBefore) j++;
      if (j - i >= MIN_LINK_RUN) {
        if (!/:$/.test(lines[i - 1]?.text.trim() ?? '')) for (let k = i; k < j; k++) dropped.add(k);
        i = j - 1;
        continue;
      }
    }
    // An author box.
    const next = lines[i + 1];
    const name = next === undefined ? undefined : namesOfLine(text).find((n) => next.text.includes(n));
    if (name !== undefined && next !== undefined && i + 1 < best.end && lineWords(next.text) >= 6) {
      const before = lines.slice(best.start, i).map((l) => l.text).join(' ');
      if (!before.includes(name) && !proseAfter(i + 1)) {
        best.end = i;
        break;
      }
    }
    // A caption and its credit.
    if (next !== undefined && i + 1 < best.end && line.blankBefore && !next.blankBefore && next.blankAfter && /[.!?]["”’]?$/u.test(text) && lineWords(text) >= 6 && lineWords(text) < 60 && isCredit(next.text.trim())) {
      dropped.add(i);
      dropped.add(i + 1);
      i++;
    }
  }
}

/** A photo credit that names its agency or says it is one ("Jo Bell | Bloomberg | Getty Images", "(AP Photo/Jo Bell)"). */
export function isAgencyCredit(text: string): boolean {
  const t = text.trim();
  return lineWords(t) <= 12 && (CAPTION.test(t) || CREDIT_END.test(t));
}

/** A photo credit on its own line: a few capitalised words or capitals, or names and agencies between slashes. */
function isCredit(text: string): boolean {
  const words = lineWords(text);
  if (words < 1 || words > 6 || SENTENCE_END.test(text)) return false;
  if (/^[\p{Lu}\s.&-]+$/u.test(text) && /\p{Lu}{3}/u.test(text)) return true;
  if (/\S\/\S/.test(text) && /^\p{Lu}/u.test(text)) return true;
  return text.split(/[\s,]+/).filter((w) => w !== '').every((w) => /^\p{Lu}/u.test(w));
}
