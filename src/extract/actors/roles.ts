// Roles from the text's own appositions and titles: "Former NATO chief Anders
// Rasmussen", "Rod Eddington, BA's chief executive, said", "Lord Bingham - a
// senior law lord - said", "his predecessor as Cabinet Secretary, Lord
// Armstrong", and a definite description that refers back to a person
// ("Jack Straw has attacked ... The foreign secretary said").
import type { Analysis, Token } from '../nlp.js';
import type { ActorDraft } from './index.js';
import type { NameMention } from './mentions.js';
import { HONORIFICS, TITLE_WORDS } from './lexicon.js';

const ROLE_GLUE = new Set(['of', 'and', 'for', 'the', "'s", '’s', '-', 'at', 'to']);
const STOP_BEFORE = new Set(['said', 'says', 'told', 'by', 'with', 'from', 'as', 'that', 'said,', 'to', 'adviser', 'advisor', 'which', 'who']);
const ROLE_MODIFIERS = /^(?:former|current|then|acting|interim|outgoing|incoming|new|deputy|vice|senior|junior|chief|shadow)$/i;
const DASHES = new Set(['-', '–', '—']);

const isRoleToken = (t: Token): boolean =>
  TITLE_WORDS.has(t.text.toLowerCase()) ||
  t.pos === 'PROPN' ||
  (t.pos === 'ADJ' && /^\p{L}/u.test(t.text)) ||
  (t.pos === 'NOUN' && /^\p{L}/u.test(t.text));

/** The role phrase right before a name, e.g. "Former NATO chief". */
function readRoleBefore(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  let nameFirst = mention.first;
  // Honorifics belong to the name, not the role ("peer Lord Carlile").
  while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(tokens[nameFirst - 1]!.text.toLowerCase().replace(/\.$/, ''))) nameFirst--;
  let first = nameFirst;
  let sawTitle = false;
  for (let t = nameFirst - 1; t >= sentenceFirst; t--) {
    const tok = tokens[t]!;
    const lower = tok.text.toLowerCase();
    if (STOP_BEFORE.has(lower) && !TITLE_WORDS.has(lower)) break;
    if (tok.pos === 'SPACE' || (tok.pos === 'PUNCT' && tok.text !== '-')) break;
    if (ROLE_GLUE.has(lower)) {
      // Glue only counts when a role word precedes it.
      const before = tokens[t - 1];
      if (!before || !isRoleToken(before) || lower === 'the' || lower === 'to') break;
      continue;
    }
    if (!isRoleToken(tok) && !ROLE_MODIFIERS.test(tok.text)) break;
    if (TITLE_WORDS.has(lower)) sawTitle = true;
    first = t;
  }
  if (!sawTitle || first === nameFirst) return null;
  return tidy(analysis.text.slice(tokens[first]!.start, tokens[nameFirst - 1]!.end));
}

/** The apposition right after a name: "Rod Eddington, BA's chief executive, said" / "Lord Bingham - a senior law lord - said". */
function readRoleAfter(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceLast = analysis.sentences[mention.sentence]!.last;
  const mark = tokens[mention.last + 1];
  if (!mark || (mark.text !== ',' && !DASHES.has(mark.text))) return null;
  const from = mention.last + 2;
  let t = from;
  let sawTitle = false;
  for (; t <= sentenceLast && t - from < 16; t++) {
    const tok = tokens[t]!;
    if (tok.text === ',' || tok.text === '.' || tok.text === ';' || DASHES.has(tok.text)) break;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PRON') return null;
    if (TITLE_WORDS.has(tok.text.toLowerCase()) || HONORIFICS.has(tok.text.toLowerCase())) sawTitle = true;
  }
  const end = tokens[t]?.text;
  if (!sawTitle || t === from || (end !== ',' && end !== '.' && !DASHES.has(end ?? ''))) return null;
  return tidy(analysis.text.slice(tokens[from]!.start, tokens[t - 1]!.end));
}

/** A title phrase set off before the name: "his predecessor as Cabinet Secretary, Lord Armstrong." */
function readRoleBeforeComma(analysis: Analysis, mention: NameMention): string | null {
  const { tokens } = analysis;
  const sentenceFirst = analysis.sentences[mention.sentence]!.first;
  let nameFirst = mention.titleFirst ?? mention.first;
  while (nameFirst - 1 >= sentenceFirst && HONORIFICS.has(tokens[nameFirst - 1]!.text.toLowerCase().replace(/\.$/, ''))) nameFirst--;
  const comma = tokens[nameFirst - 1];
  const after = tokens[mention.last + 1];
  if (!comma || comma.text !== ',' || !after || !/^[.,;]$/.test(after.text)) return null;
  let t = nameFirst - 2;
  let sawTitle = false;
  const last = t;
  for (; t >= sentenceFirst && last - t < 8; t--) {
    const tok = tokens[t]!;
    if (tok.pos === 'PUNCT' && tok.text !== '-' && tok.text !== "'s" && tok.text !== '’s') break;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'ADP' && !/^(?:of|as|for|at)$/i.test(tok.text)) break;
    if (TITLE_WORDS.has(tok.text.toLowerCase())) sawTitle = true;
  }
  if (!sawTitle || t === last) return null;
  const role = tidy(analysis.text.slice(tokens[t + 1]!.start, tokens[last]!.end));
  const before = readRoleBefore(analysis, mention);
  return before && role ? `${role}, ${before}` : role;
}

function tidy(role: string): string | null {
  const cleaned = role.replace(/\s+/g, ' ').replace(/^(?:the|a|an|his|her|their|its)\s+/i, '').trim();
  if (cleaned.length < 2 || cleaned.split(' ').length > 14) return null;
  return cleaned;
}

/** The role a mention's context gives the person, or null. */
export function readRole(analysis: Analysis, mention: NameMention): string | null {
  return readRoleBeforeComma(analysis, mention) ?? readRoleBefore(analysis, mention) ?? readRoleAfter(analysis, mention);
}

/** Nouns that head a description of a person by office. */
const OFFICE_HEADS = new Set(
  `minister secretary president chancellor premier leader chief executive chairman chairwoman director governor mayor senator
  spokesman spokeswoman ambassador commissioner editor founder boss head judge general official lord`.split(/\s+/),
);

/**
 * "The foreign secretary said", "The prime minister was commenting": a sentence that opens with
 * a definite description of an office refers back to the person named last; when that person has
 * no role yet, the description is it.
 */
export function readDescribedRoles(analysis: Analysis, drafts: ActorDraft[]): void {
  const { tokens, text } = analysis;
  const persons = drafts.filter((d) => d.type === 'person');
  if (persons.length === 0) return;
  for (const s of analysis.sentences) {
    const the = tokens[s.first]!;
    if (the.text.toLowerCase() !== 'the') continue;
    let t = s.first + 1;
    let head = -1;
    for (; t <= s.last && t - s.first <= 5; t++) {
      const tok = tokens[t]!;
      if (tok.pos === 'NOUN' || tok.pos === 'ADJ' || tok.pos === 'PROPN') {
        if (OFFICE_HEADS.has(tok.text.toLowerCase())) head = t;
        continue;
      }
      break;
    }
    const next = tokens[t];
    if (head < 0 || head !== t - 1 || !next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
    // The person named last before this sentence, within the two sentences before it.
    let best: { at: number; d: ActorDraft } | null = null;
    for (const d of persons)
      for (const m of d.mentions)
        if (m.start < the.start && s.i - m.sentence <= 2 && (!best || m.start > best.at)) best = { at: m.start, d };
    if (!best || best.d.role !== null) continue;
    best.d.role = tidy(text.slice(tokens[s.first + 1]!.start, tokens[head]!.end));
  }
}
