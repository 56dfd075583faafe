import type { Certainty, DateKind } from '../../brief/model.js';

export interface DatesOptions {
  /** ISO 8601 date-time that relative expressions resolve against. */
  referenceTime: string;
  /** How to read ambiguous numeric dates such as 12/07/2023; default 'en-GB'. */
  locale?: 'en-GB' | 'en-US';
}

/** A temporal expression found in the text, with its normalised value. */
export interface FoundDate {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  kind: DateKind;
  /** TIMEX3-style value: 2023-07-11, 2023-07, 2024, 2004-Q3, 2005-W04, 2023-06-07T10:00, 2009/2014, P3Y, PRESENT_REF, XXXX-WXX-1 ... */
  value: string;
  certainty: Certainty;
  /** What happens at that time, from the same sentence (a short noun phrase), or null. */
  event: string | null;
  /** TIMEX3 mod (START, END, MID, APPROX, ...) when there is one. */
  mod?: string;
  /**
   * How TimeML writes the same expression where it differs from `value`/`kind`: a part of a day
   * ("Monday night" is 2005-02-28 here, 2005-02-28TNI in TimeML) or a weekend (2019-W46-WE).
   */
  timeml?: { type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; value: string };
  /** The two ends of a range ("from 2009 to 2014"), each with its own extent; TimeML annotates them separately. */
  parts?: FoundDate[];
}
