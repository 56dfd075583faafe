// A role is a description of a person: one that is all another actor's name (a list item or a
// team sheet's next name read as a title) is dropped; a title an actor was misnamed after is kept.
import { describe, expect, it } from 'vitest';
import type { ActorDraft } from '../../src/extract/actors/index.js';
import { dropOthersFromRoles } from '../../src/extract/actors/roles.js';

const draft = (name: string, type: ActorDraft['type'], role: string | null = null): ActorDraft => ({ name, type, role, aliases: new Set(), mentions: [], gender: null });

describe('a role that is another actor\'s name', () => {
  it('is dropped, whatever the type of that actor', () => {
    const drafts = [draft('Dizzy Rocket', 'organization'), draft('Jamila', 'person', 'Dizzy Rocket'), draft('Marten', 'person', 'Hibbs'), draft('Hibbs', 'person')];
    dropOthersFromRoles(drafts);
    expect(drafts.map((d) => d.role)).toEqual([null, null, null, null]);
  });

  it('is kept when it holds a title, a position or an initialism, or is written in lower case', () => {
    const drafts = [
      draft('DJ', 'organization'),
      draft('Chief Constable', 'organization'),
      draft('Lock', 'person'),
      draft('winner', 'organization'),
      draft('Tom Marsh', 'person', 'DJ'),
      draft('Ann Lee', 'person', 'Chief Constable'),
      draft('Ed Hart', 'person', 'Lock'),
      draft('Bo Cole', 'person', 'winner'),
    ];
    dropOthersFromRoles(drafts);
    expect(drafts.slice(4).map((d) => d.role)).toEqual(['DJ', 'Chief Constable', 'Lock', 'winner']);
  });
});
