// Per-rule question figures (`--rules`): how many questions each sentence rule asks and how many
// of them are grounded (overlap an annotated uncertainty). A rule that fires far more often on
// one set than another, or is grounded far less, is one fitted to the articles it was tuned on.
import { findAnchor } from './brief-score.js';
import { fmtRatio, type Ratio } from './table.js';

export type RuleTally = Map<string, Ratio>;
/** Each question under its rule, marked grounded (+) or not (-), with its evidence, for `--rules --verbose`. */
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

/** A question with the sentence it was asked from, so that an ungrounded one can be judged. */
export function showQuestion(q: { text: string; evidence: readonly { quote: string }[] }): string {
  return `${q.text}  ⟨${q.evidence.map((e) => e.quote.replace(/\s+/g, ' ')).join(' … ')}⟩`;
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

/** Cue sentences left without a question, by cause (`--why`): all of them, and those an annotator marked uncertain. */
export type WhyTally = Map<string, { all: number; annotated: number }>;
export interface Unphrased {
  start: number;
  end: number;
  cause: string;
}

/** Adds one article's unphrased cue sentences; `lines` gets the annotated ones, for `--why --verbose`. */
export function tallyUnphrased(tally: WhyTally, unphrased: readonly Unphrased[], text: string, anchors: readonly string[], lines?: { out: string[]; id: string }): void {
  const spans = anchors.flatMap((x) => findAnchor(text, x));
  for (const u of unphrased) {
    const annotated = spans.some((x) => x.start < u.end && u.start < x.end);
    const r = tally.get(u.cause) ?? { all: 0, annotated: 0 };
    r.all++;
    if (annotated) r.annotated++;
    tally.set(u.cause, r);
    if (annotated && lines) lines.out.push(`  ${lines.id} [${u.cause}] ${text.slice(u.start, u.end).replace(/\s+/g, ' ')}`);
  }
}

/** A table of the causes, most annotated sentences first. */
export function formatWhyTally(title: string, tally: WhyTally): string[] {
  const rows = [...tally].sort((x, y) => y[1].annotated - x[1].annotated || y[1].all - x[1].all || x[0].localeCompare(y[0]));
  const sum = rows.reduce((n, [, r]) => ({ all: n.all + r.all, annotated: n.annotated + r.annotated }), { all: 0, annotated: 0 });
  return [title, '| cause | cue sentences | annotated uncertain |', '|---|---|---|', ...rows.map(([cause, r]) => `| ${cause} | ${r.all} | ${r.annotated} |`), `| total | ${sum.all} | ${sum.annotated} |`];
}
