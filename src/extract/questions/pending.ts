// Rules for matters a report leaves pending without a modal or a date: a legal action brought
// and not yet decided ("has sued the government", "has lodged a complaint with …") and a
// decision, agreement or date stated as not yet made ("no date has been set for …").
import type { Analysis, Sentence } from '../nlp.js';
import { draft, findToken, lower, type Rule } from './ask.js';
import { finishQuestion, isWordHyphen, lowerFirst, pieceText, subjectBefore, type Piece } from './clause.js';
import { hasUnresolvedPerson, resolveSubject } from './resolve.js';

/**
 * Legal actions whose outcome a report waits for: the ACE 2005 Justice event subtypes Sue and
 * Appeal, with the nouns news uses for them.
 */
const ACTION_NOUN = /^(?:lawsuits?|suits?|complaints?|appeals?|claims?|cases?|challenges?|action|proceedings|petitions?)$/i;
const BRING_VERB = /^(?:filed|lodged|launched|brought|mounted|issued|begun|started|submitted)$/i;
/** Perfect or progressive: the action stands; a plain past ("sued in 2001") may long be settled. */
const PERFECT = /^(?:has|have)$/i;

/** The noun phrase from `from` up to a clause boundary or a verb (an object: "the Russian government"). */
function objectPhrase(a: Analysis, s: Sentence, from: number, max = 8): Piece | null {
  const picked: number[] = [];
  for (let k = from; k <= s.last && picked.length < max; k++) {
    const x = a.tokens[k]!;
    const owner = /^['’]s$/.test(x.text);
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) && !owner && !isWordHyphen(a, k) && !(x.text === 'of' && /^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[k - 1]?.pos ?? ''))) break;
    picked.push(k);
  }
  while (picked.length > 0 && /^(?:ADP|DET|ADJ)$/.test(a.tokens[picked[picked.length - 1]!]!.pos)) picked.pop();
  if (picked.length === 0 || !/^(?:NOUN|PROPN)$/.test(a.tokens[picked[picked.length - 1]!]!.pos)) return null;
  return { tokens: picked };
}

/** "X's", or "X'" for a name ending in "s". */
const possessive = (name: string): string => (/s$/.test(name) ? `${name}'` : `${name}'s`);

/**
 * "Yukos has sued the Russian government for $28bn" → "Will Yukos' lawsuit against the Russian
 * government succeed?"; "she has since lodged a complaint with the EEOC" → "Will Ms Simonetti's
 * complaint with the EEOC succeed?"; "the club is appealing against the ban" → "Will the club's
 * appeal against the ban succeed?".
 */
export const legalAction: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const v = a.tokens[t]!;
    const w = v.text.toLowerCase();
    let aux = t - 1;
    while (aux > s.first && /^(?:since|now|already|also|formally|officially)$/i.test(a.tokens[aux]!.text)) aux--;
    const auxWord = lower(a.tokens[aux]);
    let noun: string;
    let after: number;
    if ((w === 'sued' && PERFECT.test(auxWord)) || (w === 'suing' && /^(?:is|are)$/.test(auxWord))) {
      noun = 'lawsuit';
      after = t + 1;
      const object = objectPhrase(a, s, after);
      if (!object) continue;
      return ask(ctx, s, aux, noun, `against ${lowerFirst(a, object, pieceText(a, object))}`);
    }
    if (w === 'appealing' && /^(?:is|are)$/.test(auxWord) && /^against$/i.test(lower(a.tokens[t + 1]))) {
      const object = objectPhrase(a, s, t + 2);
      if (!object) continue;
      return ask(ctx, s, aux, 'appeal', `against ${lowerFirst(a, object, pieceText(a, object))}`);
    }
    if (!BRING_VERB.test(w) || !PERFECT.test(auxWord) || v.pos !== 'VERB') continue;
    // "has filed a formal complaint with …": a determiner, adjectives, the action noun.
    let k = t + 1;
    if (!/^(?:a|an|its|their|his|her|legal|formal)$/i.test(lower(a.tokens[k]))) continue;
    while (k <= Math.min(s.last, t + 5) && !ACTION_NOUN.test(a.tokens[k]!.text) && /^(?:DET|ADJ|NOUN|PRON)$/.test(a.tokens[k]!.pos)) k++;
    const head = a.tokens[k];
    if (!head || !ACTION_NOUN.test(head.text) || head.pos !== 'NOUN') continue;
    // "brought the case to a close": a case is brought to court, not to an end.
    const words = a.tokens.slice(t + 1, k + 1).filter((x) => !/^(?:a|an|its|their|his|her)$/i.test(x.text)).map((x) => x.text.toLowerCase());
    const prep = lower(a.tokens[k + 1]);
    let tail = '';
    if (/^(?:against|with|to|over)$/.test(prep)) {
      const object = objectPhrase(a, s, k + 2);
      if (object) tail = `${prep} ${lowerFirst(a, object, pieceText(a, object))}`;
    }
    if (!tail && words.length < 2) continue;
    return ask(ctx, s, aux, words.join(' '), tail);
  }
  return null;
};

function ask(ctx: Parameters<Rule>[0], s: Sentence, verbAt: number, noun: string, tail: string): ReturnType<Rule> {
  const a = ctx.analysis;
  // "was suspended … and has since lodged": the second of two coordinated verbs shares the first one's subject.
  let at = verbAt;
  if (lower(a.tokens[verbAt - 1]) === 'and') {
    const first = findToken(a, s.first, verbAt - 2, (x) => x.pos === 'AUX' || x.pos === 'VERB');
    if (first > s.first) at = first;
  }
  const subject = subjectBefore(a, s, at);
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  if (!resolved || hasUnresolvedPerson(resolved.text) || /^(?:it|they|there|this|that)$/i.test(resolved.text)) return null;
  // "Singer Britney Spears": the person the description ends with owns the action.
  const name = subject ? personEndingAt(ctx, subject) : null;
  // A long description ("the majority owner of … Yukos") makes a poor owner: the action alone is asked about.
  const short = name !== null || (resolved.text.split(' ').length <= 3 && !/\b(?:of|for|in)\b/.test(resolved.text));
  const owner = short ? possessive(name ?? resolved.text.replace(/^(?:a|an)\s/i, 'the ')) : 'the';
  if (!short && !tail) return null;
  const text = finishQuestion(`Will ${owner} ${noun}${tail ? ` ${tail}` : ''} succeed`);
  return draft(text, 'pending-decision', s, 2, resolved.antecedent ? [resolved.antecedent] : []);
}

/** The person a subject ends with ("Actor Bruce Willis" → "Bruce Willis"), by the actors found. */
function personEndingAt(ctx: Parameters<Rule>[0], subject: Piece): string | null {
  const a = ctx.analysis;
  const start = a.tokens[subject.tokens[0]!]!.start;
  const end = a.tokens[subject.tokens[subject.tokens.length - 1]!]!.end;
  for (const actor of ctx.actors) if (actor.type === 'person' && actor.mentions.some((m) => m.end === end && m.start >= start)) return actor.name;
  return null;
}

/** Things a report says are not yet made or given (TimeML I_ACTION outcomes: decide, agree, set a date). */
const UNSETTLED_NOUN = /^(?:decision|agreement|deal|date|timetable|timescale|settlement|verdict|offer|bid|charges|compensation|explanation)$/i;
const SETTLED_PARTICIPLE = /^(?:made|reached|given|set|agreed|announced|taken|fixed|finalised|finalized|decided|received|brought|offered|paid|struck|signed|confirmed)$/i;

/**
 * "No date has been set for the hearing" → "When is the hearing due?"; "no formal
 * agreement had been made" → "Will a formal agreement be made?"; "no decision has yet been taken
 * on the bid" → "What will be decided on the bid?".
 */
export const nothingSettled: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 3; t++) {
    if (lower(a.tokens[t]) !== 'no') continue;
    let k = t + 1;
    while (k < t + 3 && a.tokens[k]!.pos === 'ADJ') k++;
    const noun = a.tokens[k]!;
    if (!UNSETTLED_NOUN.test(noun.text) || noun.pos !== 'NOUN') continue;
    let j = k + 1;
    // "no date for the hearing has been set": a short phrase after the noun.
    let pp: Piece | null = null;
    let prep = '';
    if (/^(?:for|on|over|about|with)$/i.test(lower(a.tokens[j]))) {
      prep = lower(a.tokens[j]);
      pp = objectPhrase(a, s, j + 1);
      if (pp) j = pp.tokens[pp.tokens.length - 1]! + 1;
    }
    const aux = lower(a.tokens[j]);
    if (!/^(?:has|have|had|was|were|is|are)$/.test(aux)) continue;
    j++;
    let marked = false;
    while (/^(?:yet|ever|so|far|now|still)$/i.test(lower(a.tokens[j]))) {
      marked = true;
      j++;
    }
    const perfect = /^(?:has|have|had)$/.test(aux);
    if (perfect) {
      if (lower(a.tokens[j]) !== 'been') continue;
      j++;
    }
    // "no charges were brought": a plain past may be the end of the matter; "was ever given" is not.
    if (!perfect && !marked) continue;
    while (/^(?:yet|ever)$/i.test(lower(a.tokens[j]))) j++;
    const participle = a.tokens[j];
    if (!participle || !SETTLED_PARTICIPLE.test(participle.text)) continue;
    // The phrase may follow the participle instead ("no date has been set for the hearing").
    if (!pp && /^(?:for|on|over|about|with)$/i.test(lower(a.tokens[j + 1]))) {
      prep = lower(a.tokens[j + 1]);
      pp = objectPhrase(a, s, j + 2);
    }
    const about = pp ? lowerFirst(a, pp, pieceText(a, pp)).replace(/^(?:a|an)\s/i, 'the ') : '';
    const n = noun.text.toLowerCase();
    let text: string | null;
    if (/^(?:date|timetable|timescale)$/.test(n)) text = about ? finishQuestion(`When is ${about} due`) : null;
    else if (n === 'decision') text = about ? finishQuestion(`What will be decided on ${about}`) : null;
    else {
      // ("no such deal": "such" points back; the question stands without it.)
      const adjectives = a.tokens.slice(t + 1, k).map((x) => x.text.toLowerCase()).filter((x) => x !== 'such');
      const np = [...adjectives, n].join(' ');
      const article = /s$/.test(n) || n === 'compensation' ? '' : /^[aeiou]/.test(np) ? 'an ' : 'a ';
      text = finishQuestion(`Will ${article}${np} be ${participle.text.toLowerCase()}${about ? ` ${prep} ${about}` : ''}`);
    }
    if (!text) continue;
    return draft(text, 'pending-decision', s, 2);
  }
  return null;
};
