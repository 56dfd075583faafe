// Expands the inputs of a command: files as given, folders to their files.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ExpandedInput {
  path: string;
  /** Set when the input cannot be read at all (missing, unreadable). */
  error?: string;
}

export async function expandInputs(inputs: string[]): Promise<ExpandedInput[]> {
  const out: ExpandedInput[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out.push({ path: input, error: code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message });
      continue;
    }
    if (!info.isDirectory()) {
      out.push({ path: input });
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true });
    const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => join(input, e.name));
    if (files.length === 0) out.push({ path: input, error: 'folder holds no article files' });
    out.push(...files.sort().map((path) => ({ path })));
  }
  return out;
}
