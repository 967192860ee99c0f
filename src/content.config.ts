/**
 * Astro content collections. Every collection is filled by the one content loader (src/content-model/load.ts),
 * which validates all files against src/content-model/schema.ts and the official codes: the same code the D1 sync
 * runs, so the site and the API can never disagree about what is valid. Any problem fails the build, listing
 * every file, line and field at once.
 */

import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentSet } from './content-model/cross-check.ts';
import { withLocations } from './content-model/geo.ts';
import { ContentError, contentDir, formatProblem, loadContent } from './content-model/load.ts';
import { sanitize } from './lib/safe-html.ts';

let loading: Promise<ContentSet> | undefined;

async function content(logger: LoaderContext['logger']): Promise<ContentSet> {
  loading ??= loadContent(contentDir())
    .then(withLocations)
    .catch((error: unknown) => {
      loading = undefined;
      if (error instanceof ContentError) {
        for (const problem of error.problems) logger.error(formatProblem(problem));
      }
      throw error;
    });
  return loading;
}

/**
 * A loader for one part of the content set; Markdown fields are rendered by Astro's pipeline when `rendered`
 * (village pages are rendered on demand by the Worker from D1, so the 83,762 village bodies are not rendered here).
 */
function part<K extends keyof ContentSet>(
  key: K,
  idOf: (item: ContentSet[K][number]) => string,
  rendered = true,
): Loader {
  return {
    name: `atlas-${key}`,
    async load({ store, logger, renderMarkdown, generateDigest, watcher }) {
      watcher?.add(contentDir());
      const items = (await content(logger))[key] as ContentSet[K][number][];
      store.clear();
      for (const item of items) {
        const data = { ...item } as Record<string, unknown>;
        const body = 'body' in item ? item.body : 'description' in item ? (item.description as string) : '';
        const html = rendered ? await renderMarkdown(body) : undefined;
        store.set({
          id: idOf(item),
          data,
          body,
          ...(html ? { rendered: { ...html, html: sanitize(html.html) } } : {}),
          digest: generateDigest(data),
        });
      }
    },
  };
}

export const collections = {
  indicators: defineCollection({ loader: part('indicators', (i) => i.id) }),
  regencies: defineCollection({ loader: part('regencies', (r) => r.slug) }),
  reports: defineCollection({ loader: part('reports', (r) => r.id) }),
  villages: defineCollection({ loader: part('villages', (v) => v.code, false) }),
  news: defineCollection({ loader: part('news', (n) => n.id) }),
};
