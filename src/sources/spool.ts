// Writing into the spool folders the pass reads as sources: write to a hidden temporary name
// (the pass skips hidden files), flush, rename. A spool file is there whole or not at all.
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeSpoolFile(path: string, content: string): Promise<void> {
  const temp = join(dirname(path), `.tmp-${process.pid}-${createHash('sha256').update(basename(path)).digest('hex').slice(0, 12)}`);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
