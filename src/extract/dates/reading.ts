// What a matched expression means before it is placed on the calendar. The scanning rules produce
// readings; `resolve-reading.ts` turns them into values against the reference time, the tense of
// the sentence and the last date mentioned.
import type { Unit } from './lexicon.js';

export type Tense = 'past' | 'present' | 'future';

export interface Clock {
  hour: number;
  minute: number;
  /** Written in UTC/GMT, which TimeML marks with a Z. */
  utc?: boolean;
}

/** TimeML part-of-day codes: MO, AF, EV, NI. */
export type PartOfDay = string;

export type ShiftUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export type Reading =
  /** A calendar point; a missing year is guessed. `yearShift` reads "June last year"; `week` the nth (-1: last) week of the month. */
  | { type: 'calendar'; y?: number; m?: number; d?: number; week?: number; clock?: Clock; part?: PartOfDay; shift?: number; yearShift?: number; mod?: string; feast?: 'easter' | 'thanksgiving'; yearOnly?: boolean }
  /** "Tuesday", "last Friday", "Monday night". */
  | { type: 'weekday'; weekday: number; shift?: number; discourse?: boolean; clock?: Clock; part?: PartOfDay; mod?: string }
  /** today (0), yesterday (-1), tomorrow (1), optionally with a time or part of the day. */
  | { type: 'day'; days: number; clock?: Clock; part?: PartOfDay; mod?: string; vague?: boolean }
  /** A time of day on the reference date: "10:35 a.m.", "noon". */
  | { type: 'clock'; clock: Clock; mod?: string }
  /**
   * "last week", "this year", "next month"; `discourse` counts from the last date mentioned ("the
   * previous week"); `near` only when that date is within a year of the reference ("the full year").
   */
  | { type: 'shift'; unit: ShiftUnit; shift: number; discourse?: boolean; mod?: string; near?: boolean }
  /** "2 hours ago", "three years earlier", "a year ago". */
  | { type: 'offset'; n: number; unit: Unit; direction: -1 | 1; discourse: boolean; mod?: string; quarter?: boolean; comparison?: boolean }
  /** "the third quarter", "first half of 1990", "the quarter" (q = 0: the current or latest one). */
  | { type: 'quarter'; q: number; half?: boolean; y?: number; yearShift?: number; mod?: string }
  /** "this summer", "last fall", "the winter of 1994". */
  | { type: 'season'; season: string; y?: number; shift?: number; mod?: string }
  /**
   * "the day after Boxing Day": `n` units from the date written after it (`of`, set when joined);
   * "the day before the final": from the date the text gives that event (`ofEvent`, its head noun).
   */
  | { type: 'around'; n: number; unit: Unit; direction: -1 | 1; ofDate: true; of?: Reading; ofEvent?: string }
  /** A sport's season, "this season": two years where its leagues play across the new year. */
  | { type: 'sport-season'; shift: number; crossYear: boolean; mod?: string }
  /** A value known without context: durations, sets, PRESENT_REF, decades, centuries, stated years. */
  | { type: 'fixed'; kind: 'date' | 'time' | 'duration' | 'set'; value: string; mod?: string; certainty?: 'stated' | 'relative'; timeml?: string }
  /** A span written as a range: "from 2009 to 2014", "11.- 12. July". */
  | { type: 'range'; from: Reading; to: Reading; fromSpan: [number, number]; toSpan: [number, number] };

/** A reading found in the text, before overlaps are settled. */
export interface Candidate {
  start: number;
  end: number;
  reading: Reading;
  rule: string;
  /** Breaks ties between candidates of the same length; higher wins. */
  priority: number;
}
