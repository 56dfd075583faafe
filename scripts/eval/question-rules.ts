// Per-rule question figures (`--rules`): how many questions each sentence rule asks and how many
// of them are grounded (overlap an annotated uncertainty). A rule that fires far more often on
// one set than another, or is grounded far less, is one fitted to the articles it was tuned on.
import { fmtRatio, type Ratio } from './table.js';

export type RuleTally = Map<string, Ratio>;
/** Each question under its rule, marked grounded (+) or not (-), for `--rules --verbose`. */
export type RuleExamples = Map<string, string[]>;

/** Adds one brief's questions: `rules[i]` asked question i, `grounded[i]` says whether it hit an anchor. */
export function tallyRules(tally: RuleTally, rules: readonly string[], grounded: readonly boolean[], examples?: { map: RuleExamples; id: string; texts: readonly string[] }): void {
  // A trace that does not line up with the brief is counted as such rather than misattributed.
  const names = rules.length === grounded.length ? rules : grounded.map(() => 'untraced (trace and brief differ)');
  names.forEach((rule, i) => {
    const r = tally.get(rule) ?? { num: 0, den: 0 };
    r.den++;
    if (grounded[i]) r.num++;
    tally.set(rule, r);
    if (examples) examples.map.set(rule, [...(examples.map.get(rule) ?? []), `${grounded[i] ? '+' : '-'} ${examples.id}: ${examples.texts[i] ?? ''}`]);
  });
}

/** A table of the rules, most questions first, with questions per article. */
export function formatRuleTally(title: string, tally: RuleTally, articles: number): string[] {
  const rows = [...tally].sort((x, y) => y[1].den - x[1].den || x[0].localeCompare(y[0]));
  return [
    title,
    '| rule | questions | per article | grounded precision |',
    '|---|---|---|---|',
    ...rows.map(([rule, r]) => `| ${rule} | ${r.den} | ${(r.den / Math.max(1, articles)).toFixed(2)} | ${fmtRatio(r)} |`),
  ];
}

/** The questions of each rule, rule by rule. */
export function formatRuleExamples(examples: RuleExamples): string[] {
  return [...examples].sort((x, y) => x[0].localeCompare(y[0])).flatMap(([rule, xs]) => ['', `### ${rule}`, ...xs.map((x) => `  ${x}`)]);
}
