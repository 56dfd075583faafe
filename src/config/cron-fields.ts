// Names the field of a cron expression that is wrong, for a message a user can act on.
// node-cron only says yes or no; the ranges are those it accepts (and POSIX crontab(5)).

interface Field {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIVE: readonly Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: DAYS },
];
const SECOND: Field = { name: 'second', min: 0, max: 59 };

/** What is wrong with `expression`, naming the field; null when no field is found wrong. */
export function explainCronExpression(expression: string): string | null {
  const parts = expression.trim().split(/\s+/).filter(Boolean);
  if (parts.length !== 5 && parts.length !== 6) return `has ${parts.length} field${parts.length === 1 ? '' : 's'}; give 5 (minute hour day-of-month month day-of-week) or 6 (a leading second)`;
  const fields = parts.length === 6 ? [SECOND, ...FIVE] : FIVE;
  for (const [i, part] of parts.entries()) {
    const field = fields[i]!;
    const problem = checkField(part, field);
    if (problem) return `${field.name} field "${part}": ${problem}`;
  }
  return null;
}

function checkField(part: string, field: Field): string | null {
  const range = `${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : ''}`;
  for (const item of part.split(',')) {
    const [base = '', step, extra] = item.split('/');
    if (extra !== undefined || (step !== undefined && !/^\d+$/.test(step))) return `"${item}" has a bad step; write e.g. */15`;
    if (step !== undefined && Number(step) === 0) return 'a step of 0 never comes round';
    if (base === '*' || (base === '?' && field.name.startsWith('day'))) continue;
    const ends = base.split('-');
    if (ends.length > 2) return `"${item}" is not a value or a range (${range})`;
    for (const end of ends) {
      const value = valueOf(end, field);
      if (value === null) return `"${end}" is not a value (${range})`;
      if (value < field.min || value > field.max) return `${value} is out of range (${range})`;
    }
  }
  return null;
}

function valueOf(text: string, field: Field): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const named = field.names?.indexOf(text.slice(0, 3).toLowerCase()) ?? -1;
  if (named < 0 || !/^[a-z]+$/i.test(text)) return null;
  return field.names === MONTHS ? named + 1 : named;
}
