// Human labels for TIMEX3-style values: "2023-07-11/2023-07-12" → "11–12 July 2023".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  time?: string;
  other?: string;
}

function parts(value: string): Parts | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]!, time: m[4]! };
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, month: +m[2]! };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: +m[1]! };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { year: +m[1]!, other: `Q${m[2]} ${m[1]}` };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { year: +m[1]!, other: `H${m[2]} ${m[1]}` };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) return { year: +m[1]!, other: `week ${+m[2]!} of ${m[1]}` };
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) return { year: +m[1]!, other: `${SEASONS[m[2]!]} ${m[1]}` };
  return null;
}

function single(p: Parts): string {
  if (p.other) return p.other;
  const month = p.month ? MONTHS[p.month - 1] : undefined;
  if (p.day && month) return `${p.day} ${month} ${p.year}${p.time ? `, ${p.time}` : ''}`;
  if (month) return `${month} ${p.year}`;
  return String(p.year);
}

const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], Q: ['quarter', 'quarters'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], TM: ['minute', 'minutes'], S: ['second', 'seconds'],
};

/** "P15M" → "15 months", "PXY" → "years" (a number of them the text leaves open), "PT1H30M" → "1 hour 30 minutes". */
function formatDuration(value: string): string | null {
  const m = /^P(?:([\dX.]+)Y)?(?:([\dX.]+)Q)?(?:([\dX.]+)M)?(?:([\dX.]+)W)?(?:([\dX.]+)D)?(?:T(?:([\dX.]+)H)?(?:([\dX.]+)M)?(?:([\dX.]+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const units = ['Y', 'Q', 'M', 'W', 'D', 'H', 'TM', 'S'];
  const words = units.flatMap((unit, k) => {
    const n = m[k + 1];
    if (n === undefined) return [];
    const [one, many] = DURATION_UNITS[unit]!;
    return n === 'X' ? [many] : [`${n} ${Number(n) === 1 ? one : many}`];
  });
  return words.length > 0 ? words.join(' ') : null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TIMES_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/** A recurring time: "XXXX-WXX-1" → "every Monday", "XXXX-XX-XXTNI" → "every night". */
function formatSet(value: string): string | null {
  let m = /^XXXX-WXX-([1-7])$/.exec(value);
  if (m) return `every ${WEEKDAYS[+m[1]! - 1]}`;
  m = /^XXXX-XX-XXT(MO|AF|EV|NI|DT)$/.exec(value);
  if (m) return `every ${TIMES_OF_DAY[m[1]!]}`;
  return null;
}

/** A readable label for a value; unknown shapes are returned as they are. */
export function formatDateValue(value: string): string {
  const [a, b] = value.split('/');
  if (a && b) {
    const pa = parts(a);
    const pb = parts(b);
    if (!pa || !pb) return value;
    if (!pa.other && !pb.other && pa.year === pb.year && pa.month && pa.month === pb.month && pa.day && pb.day && !pa.time && !pb.time)
      return `${pa.day}–${pb.day} ${MONTHS[pa.month - 1]} ${pa.year}`;
    return `${single(pa)} – ${single(pb)}`.replace(/^(\d{4}) – (\d{4})$/, '$1–$2');
  }
  if (value === 'PRESENT_REF') return 'now';
  if (value === 'PAST_REF') return 'in the past';
  if (value === 'FUTURE_REF') return 'in the future';
  const p = a ? parts(a) : null;
  return p ? single(p) : (formatDuration(value) ?? formatSet(value) ?? value);
}

/** Milliseconds (UTC) of the start of a value, for ordering on a timeline; null when it has no calendar position. */
export function valueStartMs(value: string): number | null {
  const first = value.split('/')[0] ?? '';
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(first);
  if (m) return Date.UTC(+m[1]!, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  m = /^(\d{4})-Q([1-4])$/.exec(first);
  if (m) return Date.UTC(+m[1]!, (+m[2]! - 1) * 3, 1);
  m = /^(\d{4})-H([12])$/.exec(first);
  if (m) return Date.UTC(+m[1]!, m[2] === '1' ? 0 : 6, 1);
  m = /^(\d{4})-W(\d{2})$/.exec(first);
  if (m) return Date.UTC(+m[1]!, 0, 1 + (+m[2]! - 1) * 7);
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(first);
  if (m) return Date.UTC(+m[1]!, { SP: 2, SU: 5, FA: 8, AU: 8, WI: 11 }[m[2]!]!, 1);
  return null;
}

/**
 * "2023-06-07T10:00:00Z" → "7 June 2023, 10:00 UTC". `stated` is the text the time was read
 * from (the article's, or --published): when it gives a date and no time of day, the date is
 * shown alone ("7 March 2024"), not a midnight nobody wrote.
 */
export function formatTimestamp(iso: string | null, stated?: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = `${+m[3]!} ${MONTHS[+m[2]! - 1]} ${m[1]}`;
  if (stated !== undefined && !statesTimeOfDay(stated)) return date;
  const zone = m[5] === 'Z' ? 'UTC' : `UTC${m[5]}`;
  return `${date}, ${m[4]} ${zone}`;
}

/** Whether a written date carries a time of day: "10:15", "T10", "7pm", "noon", or hours or minutes ago. */
function statesTimeOfDay(text: string): boolean {
  return /\d:\d{2}|T\d{2}|\d\s*[ap]\.?m\b|\b(?:noon|midnight|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/i.test(text);
}
