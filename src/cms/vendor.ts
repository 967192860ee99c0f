/**
 * Files of npm packages that /admin/ serves, copied from node_modules at build time so that none is committed and no
 * editor's browser needs a CDN for them:
 * - Sveltia CMS itself, and the React chunk it loads next to itself once a custom widget is registered;
 * - Immutable, which Sveltia imports from unpkg for custom widgets: the page's import map sends that URL here.
 * (Sveltia still fetches its two web fonts from jsDelivr; offline, it falls back to system fonts.)
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The folder of an installed package (its exports map may hide `package.json` from require.resolve). */
function packageRoot(name: string, from = require): string {
  let dir = dirname(from.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(name)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package folder of ${name} not found`);
    dir = parent;
  }
  return dir;
}

const sveltiaRoot = () => packageRoot('@sveltia/cms');
const immutableRoot = () => packageRoot('immutable', createRequire(join(sveltiaRoot(), 'package.json')));

/** URL path under /admin/ → file in node_modules. */
export const VENDOR_FILES: Record<string, () => string> = {
  'sveltia-cms.js': () => join(sveltiaRoot(), 'dist/sveltia-cms.js'),
  'chunks/react-dom.js': () => join(sveltiaRoot(), 'dist/chunks/react-dom.js'),
  'vendor/immutable.es.js': () => join(immutableRoot(), 'dist/immutable.es.js'),
};

export async function readVendorFile(name: string): Promise<Buffer> {
  const path = VENDOR_FILES[name];
  if (!path) throw new Error(`not a vendor file: ${name}`);
  return readFile(path());
}

/** The import map of /admin/: Sveltia asks unpkg for `immutable@<its declared version>` (as in its own loader). */
export async function importMap(): Promise<{ imports: Record<string, string> }> {
  const manifest = JSON.parse(await readFile(join(sveltiaRoot(), 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const version = manifest.dependencies.immutable.replace(/^\D/, '');
  return {
    imports: { [`https://unpkg.com/immutable@${version}/dist/immutable.es.js`]: '/admin/vendor/immutable.es.js' },
  };
}
