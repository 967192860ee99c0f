/**
 * Indexes the static pages with Pagefind after the build (one index per `<html lang>`, with Indonesian stemming),
 * into `<client output>/pagefind/`. Only pages that mark their text with `data-pagefind-body` are indexed: regencies,
 * reports and news.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}/pagefind` });
        await pagefindApi.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
