import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../src/store/ledger.js';
import { tmp } from '../schedule/helpers.js';

describe('the ledger', () => {
  it('batch: what is written inside is seen by other readers only once it is committed, and not at all when it throws', async () => {
    const out = join(await tmp(), 'out');
    const ledger = Ledger.open(out);
    const reader = () => {
      const r = Ledger.open(out, { readonly: true });
      const n = r.sources().length;
      r.close();
      return n;
    };
    const pass = ledger.startPass();
    let inside = -1;
    await ledger.batch(async () => {
      ledger.noteSource('/in/a.txt', 'k-a', 1, 1, pass);
      ledger.noteSource('/in/b.txt', 'k-b', 1, 1, pass);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inside = reader();
    });
    expect(inside).toBe(0);
    expect(reader()).toBe(2);

    await expect(
      ledger.batch(async () => {
        ledger.noteSource('/in/c.txt', 'k-c', 1, 1, pass);
        throw new Error('walk failed');
      }),
    ).rejects.toThrow('walk failed');
    expect(reader()).toBe(2);
    expect(ledger.article('k-c')).toBeNull();
    // Still usable afterwards.
    ledger.noteSource('/in/d.txt', 'k-d', 1, 1, pass);
    expect(reader()).toBe(3);
    ledger.close();
  });
});
