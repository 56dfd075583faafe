// Actors: people, organisations, countries, places and groups, each once,
// with aliases, a role where the text gives one, and salience.
import type { Actor, ActorType, Evidence } from '../../brief/model.js';
import type { Analysis } from '../nlp.js';
import { COUNTRY_FORMS, KNOWN_PLACES, ORG_HEADS, PLACE_HEADS } from './lexicon.js';
import { type NameMention, findNameMentions } from './mentions.js';
import { readRole } from './roles.js';

/** An actor while it is being built; `mentions` keep the token positions claims need. */
export interface ActorDraft {
  name: string;
  type: ActorType;
  role: string | null;
  aliases: Set<string>;
  mentions: NameMention[];
}

const normalise = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function typeOf(mention: NameMention, role: string | null): { type: ActorType; name: string; adjective: boolean } {
  const text = mention.text.replace(/[’']s$/, '');
  const lower = text.toLowerCase();
  const country = COUNTRY_FORMS.get(lower);
  if (country) return { type: 'country', name: country.name, adjective: country.adjective };
  const words = lower.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (KNOWN_PLACES.has(lower) || (words.length > 1 && KNOWN_PLACES.has(head))) return { type: 'place', name: text, adjective: false };
  const orgFirst = words.length > 2 && ORG_HEADS.has(words[0] ?? '') && /^(?:of|for)$/.test(words[1] ?? '');
  if (/^\p{Lu}{2,6}$/u.test(text) || ORG_HEADS.has(head) || orgFirst) return { type: 'organization', name: text, adjective: false };
  if (PLACE_HEADS.has(head)) return { type: 'place', name: text, adjective: false };
  if (mention.honorific || role) return { type: 'person', name: text, adjective: false };
  if (words.length >= 2 && words.length <= 4) return { type: 'person', name: text, adjective: false };
  return { type: 'other', name: text, adjective: false };
}

/** Groups mentions into actors: same name, country forms, surnames of a known person, acronyms. */
export function buildActorDrafts(analysis: Analysis): ActorDraft[] {
  const mentions = findNameMentions(analysis);
  const drafts: ActorDraft[] = [];
  const byKey = new Map<string, ActorDraft>();

  const typed = mentions.map((m) => {
    const role = readRole(analysis, m);
    return { mention: m, role, ...typeOf(m, role) };
  });

  // Longer names first, so that "Rasmussen" can find "Anders Rasmussen".
  const order = [...typed].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.mention.start - b.mention.start);
  for (const item of order) {
    if (item.adjective) continue;
    const key = normalise(item.name);
    if (key === '') continue;
    let draft = byKey.get(key) ?? findBySurname(drafts, key) ?? findByAcronym(drafts, item.name);
    if (!draft) {
      draft = { name: item.name, type: item.type, role: null, aliases: new Set(), mentions: [] };
      drafts.push(draft);
    }
    byKey.set(key, draft);
    draft.mentions.push(item.mention);
    if (item.mention.text !== draft.name) draft.aliases.add(item.mention.text.replace(/[’']s$/, ''));
    if (item.role && draft.role === null && (draft.type === 'person' || item.type === 'person')) {
      draft.role = item.role;
      draft.type = 'person';
    }
  }
  // Adjectives ("Ukrainian troops") join an actor that exists but never create one.
  for (const item of typed) {
    if (!item.adjective) continue;
    const draft = byKey.get(normalise(item.name));
    if (draft) draft.mentions.push(item.mention);
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  return drafts;
}

function findBySurname(drafts: ActorDraft[], key: string): ActorDraft | undefined {
  if (key.includes(' ')) return undefined;
  const hits = drafts.filter((d) => d.type === 'person' && normalise(d.name).split(' ').slice(1).includes(key));
  return hits.length === 1 ? hits[0] : undefined;
}

function findByAcronym(drafts: ActorDraft[], name: string): ActorDraft | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return undefined;
  return drafts.find((d) => {
    const initials = d.name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    return initials === name;
  });
}

/** Final actors, ranked by salience; `speakers` counts claims per draft to lift their rank. */
export function finishActors(analysis: Analysis, drafts: ActorDraft[], speakers: Map<ActorDraft, number>): { actors: Actor[]; idOf: Map<ActorDraft, string> } {
  const textLength = Math.max(1, analysis.text.length);
  const sentenceStarts = new Set(analysis.sentences.map((s) => s.first));
  const scored = drafts
    .filter((d) => d.mentions.length > 0)
    // A lone capitalised word seen once, at a sentence start, is more likely a common word than an actor.
    .filter((d) => !(d.type === 'other' && d.mentions.length === 1 && !d.name.includes(' ') && sentenceStarts.has(d.mentions[0]!.first)))
    .map((d) => {
      const firstAt = d.mentions[0]!.start / textLength;
      const raw = d.mentions.length + 3 * (speakers.get(d) ?? 0) + 2 * (1 - firstAt) + (d.type === 'other' ? -1 : 0);
      return { d, raw };
    })
    .sort((a, b) => b.raw - a.raw || a.d.mentions[0]!.start - b.d.mentions[0]!.start);
  const top = scored[0]?.raw ?? 1;
  const idOf = new Map<ActorDraft, string>();
  const actors = scored.map(({ d, raw }, i) => {
    const id = `a${i + 1}`;
    idOf.set(d, id);
    const salience = Math.max(0, Math.min(1, Math.round((raw / top) * 100) / 100));
    const mentions: Evidence[] = d.mentions.map((m) => ({ start: m.start, end: m.end, quote: analysis.text.slice(m.start, m.end) }));
    return {
      id,
      name: d.name,
      type: d.type,
      role: d.role,
      aliases: [...d.aliases].filter((a) => a !== d.name).sort(),
      key: (speakers.get(d) ?? 0) > 0 || d.mentions.length >= 3 || (d.mentions.length >= 2 && d.mentions[0]!.sentence <= 1),
      salience,
      mentions,
    };
  });
  return { actors, idOf };
}
