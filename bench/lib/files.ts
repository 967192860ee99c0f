/** What a build wrote: file count, largest file, and static files to pair targets with by size. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function listFiles(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path: `/${relative(dir, path)}`, size: (await stat(path)).size };
      }),
  );
  return files.filter((f) => !f.path.startsWith('/_headers') && !f.path.startsWith('/.assetsignore'));
}

/** The served path of a file: `/kabupaten/x/index.html` is served as `/kabupaten/x/`. */
export const servedPath = (path: string) => path.replace(/index\.html$/, '');

/** The static page or data file whose size is closest to `bytes` (HTML, JSON, CSV, XML only). */
export function staticTwin(files: { path: string; size: number }[], bytes: number) {
  const candidates = files.filter((f) => /\.(html|json|csv|xml)$/.test(f.path) && !f.path.startsWith('/pagefind/'));
  return candidates.reduce((best, f) => (Math.abs(f.size - bytes) < Math.abs(best.size - bytes) ? f : best));
}
