// A text in another language: the brief says that it was read by English rules, instead of
// showing empty sections without a reason. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractBrief } from '../../src/extract/index.js';
import { extractFile } from '../../src/pipeline.js';
import { buildView } from '../../src/render/view-model.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2020-01-01T12:00:00Z' };
const GERMAN =
  'Die Stadt hat am Montag beschlossen, die Gebühren für Parkplätze im Zentrum zu erhöhen. Der Bürgermeister sagte, das Geld werde für neue Radwege gebraucht. Die Opposition kritisierte den Beschluss und kündigte an, gegen die Erhöhung zu klagen. Händler befürchten, dass weniger Kunden in die Innenstadt kommen werden, wenn das Parken teurer wird. Eine Entscheidung des Gerichts wird im Frühjahr erwartet.';
const ENGLISH =
  'The city council voted on Monday to raise parking fees in the centre. The mayor said the money would pay for new cycle lanes. The opposition criticised the decision and said it would go to court. Shop owners fear that fewer customers will come into town if parking costs more. A ruling is expected in the spring.';

describe('a text not in English', () => {
  it('warns that it was read by English rules', () => {
    const extraction = extractBrief(article(GERMAN), REF);
    const warning = extraction.messages.find((m) => m.ruleId === 'not-english');
    expect(warning).toMatchObject({ severity: 'warning', source: 'extract' });
    expect(extractBrief(article(ENGLISH), REF).messages.some((m) => m.ruleId === 'not-english')).toBe(false);
  });

  it('shows the warning as the note under the title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-lang-'));
    const file = join(dir, 'stadt.txt');
    writeFileSync(file, `Parkgebühren steigen\n\n${GERMAN}\n`);
    const view = buildView(await extractFile(file, { published: '2020-01-01T12:00:00Z' }));
    expect(view.bodyNote).toMatch(/does not read as English/);
  });
});
