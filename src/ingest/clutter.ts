// What is left of a page's machinery in an article body, whatever its format: a newswire
// dateline glued to the first word ("WASHINGTON (Reuters) - The…", "(CNN)President…") and lines
// that are page clutter ("Article continued below", "READ MORE:", "WATCH: …", "Advertisement").
// The dateline is metadata; clutter is dropped. Neither may become an actor, a claim or part of
// the bottom line. Pure.

const AGENCY = '(?:AP|AFP|Reuters|CNN|UPI|dpa|DPA|Xinhua|Bloomberg|PA|ANSA|EFE|Kyodo|Yonhap|TASS|IANS|PTI|NNA|KUNA|WAM|BERNAMA|CNA|Interfax|ITAR-TASS|Itar-Tass|CP|AAP|NZPA|Tribune|dapd|APA|MENA|SPA|IRNA|Anadolu)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/**
 * A dateline at the start of a paragraph: a place in capitals (with its region), an optional
 * date and agency, and a dash; or an agency in parentheses alone ("(CNN)", glued or not).
 */
export const DATELINE = new RegExp(
  '^(?:\\(Undated\\)(?:\\s+(?:--|[-–—_]))?(?:\\s+|$)|' +
    `\\p{Lu}[\\p{Lu}.'’]+(?:[ -]\\p{Lu}[\\p{Lu}.'’]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2})?(?:,?\\s+${MONTH}\\s+\\d{1,2})?(?:\\s*\\(\\s*${AGENCY}\\s*\\)\\s*|\\s+)(?:--|[-–—_])(?:\\s+|$)|` +
    `\\(\\s*${AGENCY}\\s*\\)(?:\\s*(?:--|[-–—]))?(?:\\s+|$|(?=\\p{Lu})))`,
  'u',
);

/** The dateline that opens `text`, or null. The whole line may be the dateline. */
export function readDateline(text: string): string | null {
  const m = DATELINE.exec(`${text} `);
  if (!m) return null;
  return m[0].trim();
}

const AGENCY_IN_PARENTHESES = new RegExp(`\\(\\s*(${AGENCY})\\s*\\)`, 'u');

/** The news agency a dateline names ("WASHINGTON (Reuters) -" → "Reuters"), or null. */
export function datelineAgency(dateline: string): string | null {
  return AGENCY_IN_PARENTHESES.exec(dateline)?.[1] ?? null;
}

/**
 * Clutter lines: calls to action, teasers and widget labels that stand alone between paragraphs.
 * A teaser prefix ("READ MORE:", "WATCH:") marks the whole line, whatever follows it.
 */
const CLUTTER_LINE =
  /^(?:(?:article|story) continue[sd] (?:below|after (?:this )?(?:ad(?:vertisement)?|the break))|continue reading(?: below| the main story)?|advertisement|advert|ad|sponsored(?: content)?|more|go|menu|close|skip(?: ad)?|loading\.{0,3}|scroll (?:down )?to continue(?: with content)?|(?:click|tap) (?:here|to) (?:read|watch|see|play|enlarge|expand).{0,60}|(?:read|watch|listen|see|related|more|also read|recommended|trending|video|photos?|gallery)\s*(?:more|also|next|now)?\s*:.{0,200}|(?:read|watch|listen to|see) (?:more|the (?:full|latest)|all).{0,60}|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}|(?:follow|like) us on .{0,60}|(?:share|tweet|email|print)(?: this(?: article| story)?)?|this content is (?:not available|imported from).{0,80})$/i;

export function isClutterLine(line: string): boolean {
  const text = line.trim();
  // A long line that starts like a teaser is a paragraph of the story ("Analysis: the vote showed …").
  return text.length <= 240 && CLUTTER_LINE.test(text);
}

export interface CleanBody {
  body: string;
  /** The dateline cut from the paragraph that opened with it, if any. */
  dateline: string | null;
  /** Clutter lines removed. */
  removed: string[];
}

/** How many paragraphs from the top a dateline may open. */
const DATELINE_PARAGRAPHS = 6;

/** Removes clutter paragraphs and cuts a dateline from the first paragraph that opens with one. */
export function cleanBody(body: string): CleanBody {
  const removed: string[] = [];
  const paragraphs = body.split(/\n{2,}/).filter((p) => {
    if (!isClutterLine(p)) return true;
    removed.push(p.trim());
    return false;
  });
  let dateline: string | null = null;
  // The story's first paragraph may come after a standfirst or a caption that a page puts first
  // ("Emirates has finalized a deal …" and then "DUBAI, United Arab Emirates — Emirates …"): the
  // dateline is looked for in the first few paragraphs, and cut once.
  for (let i = 0; i < Math.min(paragraphs.length, DATELINE_PARAGRAPHS); i++) {
    const paragraph = paragraphs[i]!;
    const found = readDateline(paragraph);
    if (found === null) continue;
    // The dateline must leave prose behind it; a paragraph that is all dateline is dropped whole.
    const rest = paragraph.slice(paragraph.indexOf(found) + found.length).trimStart();
    dateline = found;
    if (rest === '') paragraphs.splice(i, 1);
    else paragraphs[i] = rest;
    break;
  }
  return { body: paragraphs.join('\n\n'), dateline, removed };
}
