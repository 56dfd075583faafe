// Recognisers for the page-header lines that scraped article text carries
// above the body: bylines, "Posted 2 hours ago" lines and widget residue.
import { type Instant, formatInstant, parseInstant } from '../brief/time.js';

/** Residue of markup, scripts and embeds that a text scraper left behind. */
const JUNK_PATTERNS: RegExp[] = [
  /\bdata-[a-z-]+\s*=/i, // attribute soup: “data-script=”https://...” >
  /^\W{0,3}<\/?[a-z][^>]{0,200}>?\W*$/i, // a lone tag
  /^\W{0,3}https?:\/\/\S+\W{0,3}$/i, // a bare URL
  /=\s*["“”']?https?:\/\//i, // src="http..." fragments
  /^\s*(?:advertisement|advert|sponsored content|skip (?:to )?(?:main )?content|share (?:this|on)\b.{0,40}|click to share.{0,40})\s*$/i,
];

/** True for a line that is page machinery, not article prose. */
export function isJunkLine(line: string): boolean {
  return JUNK_PATTERNS.some((re) => re.test(line));
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
// Case matters (no "i" flag, under which \p{Lu} matches any letter): "By the numbers" and "Von der
// Leyen wins vote" are headlines, not bylines; the label alone may be in any case.
const BYLINE_LABEL = '(?:[Bb]y|BY|[Ww]ritten [Bb]y|WRITTEN BY|[Ww]ords [Bb]y|WORDS BY|[Vv]on|VON|[Pp]ar|PAR)';
const BYLINE = new RegExp(
  `^\\s*${BYLINE_LABEL}\\s*:?\\s+(${NAME_WORD}(?:\\s+(?:(?:de|van|von|der|da|di|la|le|du|bin|al)\\s+)?${NAME_WORD}){0,3}(?:\\s*(?:,|and|AND|&)\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}){0,3})\\s*(?:@[\\w.]+\\s*)?(?:[,|–—-].{0,60})?$`,
  'u',
);

/** "By Hugues Maillot" → "Hugues Maillot"; null when the line is not a byline. */
export function readByline(line: string): string | null {
  if (line.length > 120) return null;
  const m = BYLINE.exec(line);
  if (!m?.[1]) return null;
  return m[1].replace(/\s+/g, ' ').trim();
}

export interface PostedLine {
  published: { value: string; raw: string } | null;
  updated: { value: string; raw: string } | null;
}

const UNIT_MS: Record<string, number> = {
  second: 1_000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

const RELATIVE = /^(\d{1,3}|an?|one)\s+(second|minute|min|hour|hr|day|week)s?\s+ago$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm)?)?/i;
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(am|pm)?)?/i;

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** Reads one timestamp phrase ("2 hours ago", "7 June 2023 10:00", "2023-06-07T10:00Z") against a reference. */
export function readTimestamp(phrase: string, reference: Instant): string | null {
  const text = phrase.trim().replace(/[.,;]+$/, '');
  const rel = RELATIVE.exec(text);
  if (rel) {
    const count = /^\d/.test(rel[1]!) ? Number(rel[1]) : 1;
    const unit = UNIT_MS[rel[2]!.toLowerCase()] ?? 0;
    return formatInstant({ ms: reference.ms - count * unit, offset: reference.offset });
  }
  if (/^(?:just now|moments? ago)$/i.test(text)) return formatInstant(reference);
  const iso = parseInstant(text);
  if (iso) return formatInstant(iso);
  const fields = readCalendarDate(text);
  if (!fields) return null;
  const { year, month, day, hour, minute } = fields;
  const ms = Date.UTC(year, month, day, hour, minute) - reference.offset * 60_000;
  return formatInstant({ ms, offset: reference.offset });
}

function readCalendarDate(text: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  let m = DAY_MONTH_YEAR.exec(text);
  let day: string | undefined, month: string | undefined;
  if (m) [day, month] = [m[1], m[2]];
  else {
    m = MONTH_DAY_YEAR.exec(text);
    if (m) [month, day] = [m[1], m[2]];
  }
  if (!m || !day || !month) return null;
  const mi = monthIndex(month);
  if (mi < 0) return null;
  let hour = m[4] ? Number(m[4]) : 0;
  if (m[6]?.toLowerCase() === 'pm' && hour < 12) hour += 12;
  if (m[6]?.toLowerCase() === 'am' && hour === 12) hour = 0;
  return { year: Number(m[3]), month: mi, day: Number(day), hour, minute: m[5] ? Number(m[5]) : 0 };
}

const POSTED = /^\s*(?:(posted|published|first published|created|updated|last updated|modified)\s*(?:on|at|:)?\s*)(.{1,60}?)\s*(?:[,|;–—-]\s*(updated|last updated|modified)\s*(?:on|at|:)?\s*(.{1,60}?))?\s*$/i;

/** "Posted 2 hours ago, updated 58 minutes ago" → published / updated instants; null if not such a line. */
export function readPostedLine(line: string, reference: Instant): PostedLine | null {
  if (line.length > 160) return null;
  const m = POSTED.exec(line);
  if (!m) return null;
  const [, firstLabel = '', firstPhrase = '', , secondPhrase] = m;
  const first = readTimestamp(firstPhrase, reference);
  if (!first) return null;
  const firstIsUpdate = /updated|modified/i.test(firstLabel);
  const second = secondPhrase ? readTimestamp(secondPhrase, reference) : null;
  const entry = (value: string | null, raw: string | undefined) => (value && raw ? { value, raw: raw.trim() } : null);
  return firstIsUpdate
    ? { published: null, updated: entry(first, firstPhrase) }
    : { published: entry(first, firstPhrase), updated: entry(second, secondPhrase) };
}
