// Markdown tables and figures for the eval's printed output.

export interface Ratio {
  num: number;
  den: number;
}

export const rateOf = (r: Ratio): number | null => (r.den === 0 ? null : r.num / r.den);

export const fmt = (x: number | null): string => (x === null || Number.isNaN(x) ? '—' : x.toFixed(3));

/** "0.505 (1079/2136)"; "— (0/0)" when there is nothing to count. */
export const fmtRatio = (r: Ratio): string => (r.den === 0 ? '— (0/0)' : `${fmt(r.num / r.den)} (${r.num}/${r.den})`);

export function f1Of(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

/** A labelled list of misses for --verbose: `  label (n):` then `    - item` lines; nothing when empty. */
export function listLines(label: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : [`  ${label} (${items.length}):`, ...items.map((item) => `    - ${item}`)];
}

/** "id: reason" items as one line per reason: `reason (n): id, id, ...`. */
export function groupByReason(items: readonly string[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const item of items) {
    const at = item.indexOf(': ');
    const [id, reason] = at < 0 ? [item, '(no reason)'] : [item.slice(0, at), item.slice(at + 2)];
    byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
  }
  return [...byReason].map(([reason, ids]) => `${reason} (${ids.length}): ${ids.join(', ')}`);
}
