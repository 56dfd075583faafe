// Runs every rule over the text, keeps the longest non-overlapping matches, and joins neighbours
// that belong together: a time and its day ("midday on Monday"), the two ends of a range
// ("from 2009 to 2014").
import type { Candidate, Reading } from './reading.js';
import { RULES, type ScanContext } from './rules.js';

export function scanCandidates(scan: ScanContext): Candidate[] {
  const found: Candidate[] = [];
  // (Only for the rules' `needs`: every rule is case-insensitive, and a letter of a match is ASCII.)
  const lowered = scan.text.toLowerCase();
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.some((word) => lowered.includes(word))) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(scan.text); m; m = pattern.exec(scan.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const groups = (m.groups ?? {}) as Record<string, string | undefined>;
      const reading = rule.read(groups, m, scan);
      if (!reading) continue;
      const x = m.indices?.groups?.x ?? m.indices?.groups?.x2;
      const [start, end] = x ?? [rule.startAt ? rule.startAt(groups, m) : m.index, m.index + m[0].length];
      found.push({ start, end: trimEnd(scan.text, start, end), reading, rule: rule.name, priority: rule.priority ?? 0 });
    }
  }
  return joinNeighbours(scan.text, selectLongest(found, scan.text.length));
}

/** Trailing spaces or a sentence full stop never belong to the expression ("Jan." keeps its dot). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Longest first, then the rule's priority, then leftmost; nothing may overlap. */
function selectLongest(found: Candidate[], length: number): Candidate[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const c of found) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const hasDay = (r: Reading): boolean =>
  (r.type === 'calendar' && r.d !== undefined && !r.clock) || (r.type === 'weekday' && !r.clock) || (r.type === 'day' && !r.clock && !r.vague);
const isYear = (r: Reading): boolean => r.type === 'fixed' && /^\d{4}$/.test(r.value);
const isMonth = (r: Reading): boolean => r.type === 'calendar' && r.m !== undefined && r.d === undefined && !r.shift && !r.yearShift;
const isDate = (r: Reading): boolean => r.type === 'calendar' && r.d !== undefined;

const CLOCK_BEFORE_DAY = /^(?:\s*,?\s*|\s+on\s+|\s+of\s+)$/i;
const DAY_BEFORE_CLOCK = /^(?:\s*,?\s*|\s+at\s+|\s*,\s*at\s+|\s+around\s+|\s+about\s+)$/i;
const RANGE_LINK = /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i;

function joinNeighbours(text: string, list: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const joined = joinPair(text, a, b, gap);
    if (joined) {
      // The joined expression may join again with what follows ("10 a.m. on Monday, 11 July").
      list[i + 1] = joined;
      continue;
    }
    out.push(a);
  }
  return out;
}

function joinPair(text: string, a: Candidate, b: Candidate, gap: string): Candidate | null {
  if (gap.length > 12) return null;
  const ar = a.reading;
  const br = b.reading;
  const span = { start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, priority: Math.max(a.priority, b.priority) };
  if (ar.type === 'clock' && hasDay(br) && CLOCK_BEFORE_DAY.test(gap)) {
    return { ...span, reading: { ...br, clock: ar.clock } as Reading };
  }
  if (br.type === 'clock' && hasDay(ar) && DAY_BEFORE_CLOCK.test(gap)) {
    return { ...span, reading: { ...ar, clock: br.clock } as Reading };
  }
  if (ar.type === 'around' && !ar.of && hasDay(br) && /^\s+$/.test(gap)) {
    return { ...span, reading: { ...ar, of: br } };
  }
  if (ar.type === 'weekday' && !ar.shift && isDate(br) && /^\s*,?\s*(?:the\s+)?$/i.test(gap)) {
    return { ...span, reading: br };
  }
  // "February in 1974": the month of that year.
  if (isMonth(ar) && ar.type === 'calendar' && isYear(br) && /^\s+in\s+$/i.test(gap)) {
    return { ...span, reading: { ...ar, y: Number((br as { value: string }).value) } };
  }
  if (RANGE_LINK.test(gap)) {
    const link = gap.trim().toLowerCase();
    const lead = text.slice(Math.max(0, a.start - 9), a.start).toLowerCase();
    if (link === 'and' && !/between\s+$/.test(lead)) return null;
    const introduced = /(?:from|between)\s+$/.test(lead);
    const sameKind = (isYear(ar) && isYear(br)) || (isDate(ar) && isDate(br)) || (isMonth(ar) && isMonth(br));
    if (!sameKind) return null;
    if (!introduced && !/^(?:-|–|—|through)$/.test(link) && !(isYear(ar) && isYear(br))) return null;
    return { ...span, reading: { type: 'range', from: ar, to: br, fromSpan: [a.start, a.end], toSpan: [b.start, b.end] } };
  }
  return null;
}
