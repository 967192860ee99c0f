/**
 * The folder layout of content/: anything the loader would not read is reported instead of silently ignored
 * (a `.MD` file, a `desa/` folder, a folder name with spaces).
 */
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from './types.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REGENCY_FOLDERS = ['news', 'reports', 'villages'];

async function entries(dir: string) {
  return (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => !e.name.startsWith('.'));
}

/** Problems with file and folder names; `slugs` are the regency folders whose names are valid. */
export async function checkLayout(contentDir: string, root: string, problems: Problem[]): Promise<string[]> {
  const report = (path: string, message: string, expected: string) =>
    problems.push({ file: relative(root, path), line: 1, field: '', message, expected });
  const markdownOnly = async (dir: string) => {
    for (const e of await entries(dir)) {
      const path = join(dir, e.name);
      if (e.isDirectory()) report(path, 'folder tidak dikenal di sini', `hanya berkas .md di ${relative(root, dir)}/`);
      else if (!e.name.endsWith('.md'))
        report(path, 'berkas bukan .md (tidak akan dibaca)', 'nama berkas huruf kecil berakhiran .md');
      else if (!SLUG.test(e.name.slice(0, -3))) {
        report(path, 'nama berkas tidak sah', 'huruf kecil, angka dan tanda hubung, mis. tanjung-binga.md');
      }
    }
  };

  await markdownOnly(join(contentDir, 'indicators'));
  const slugs: string[] = [];
  const regencyDir = join(contentDir, 'regencies');
  for (const e of await entries(regencyDir)) {
    const path = join(regencyDir, e.name);
    if (!e.isDirectory()) {
      report(path, 'berkas tidak dikenal di sini', 'satu folder per kabupaten/kota, mis. content/regencies/sanggau/');
      continue;
    }
    if (!SLUG.test(e.name)) {
      report(path, 'nama folder kabupaten/kota tidak sah', 'huruf kecil, angka dan tanda hubung, mis. kapuas-hulu');
      continue;
    }
    slugs.push(e.name);
    for (const inner of await entries(path)) {
      const innerPath = join(path, inner.name);
      if (inner.isDirectory() && REGENCY_FOLDERS.includes(inner.name)) await markdownOnly(innerPath);
      else if (inner.name !== 'index.md') {
        report(
          innerPath,
          'tidak dikenal di folder kabupaten/kota',
          `index.md dan folder ${REGENCY_FOLDERS.join('/, ')}/`,
        );
      }
    }
  }
  return slugs.sort();
}
