/** A throw-away copy of the real content folder, to break one thing in it and read the problems. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/content-model/load.ts';

export async function contentCopy() {
  const root = await mkdtemp(join(tmpdir(), 'atlas-content-'));
  await cp('content', join(root, 'content'), { recursive: true });
  const path = (file: string) => join(root, 'content', file);
  return {
    write: (file: string, text: string) => writeFile(path(file), text),
    edit: async (file: string, from: string | RegExp, to: string) => {
      const text = await readFile(path(file), 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`${file}: nothing to replace for ${from}`);
      await writeFile(path(file), next);
    },
    read: (file: string) => readFile(path(file), 'utf8'),
    check: () => readContent(join(root, 'content'), root),
    /** Copies every file under `dir` (a folder laid out like `content/`) over the copy, replacing or adding files. */
    overlay: (dir: string) => cp(dir, join(root, 'content'), { recursive: true }),
    /** Deletes one file of the copy; it must exist. */
    remove: (file: string) => rm(path(file)),
  };
}
