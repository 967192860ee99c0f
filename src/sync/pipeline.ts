/**
 * The sync pipeline, wired once: load and check the content (or take a given content set), locate its villages,
 * plan the rows and the official reference, and apply them to a D1 database in one batch. Used by `npm run sync`,
 * the benchmarks and the tests alike.
 */
import type { D1Database } from '@cloudflare/workers-types';
import { geoDir, locateVillages, withLocations } from '../content-model/geo.ts';
import { contentDir, loadContent } from '../content-model/load.ts';
import { loadReference, referencePackageVersion } from '../content-model/reference.ts';
import type { ContentSet } from '../content-model/types.ts';
import { type ApplyOptions, applySync } from './apply.ts';
import { planReference } from './reference.ts';
import { planRows } from './rows.ts';

export interface PlanOptions {
  /** Folder to load (default `content`); ignored when `content` is given. */
  contentDir?: string;
  /** An already loaded and located content set, e.g. the synthetic national dataset. */
  content?: ContentSet;
  /** Where the official centroids are (default GEO_DIR or ../shared/geo). */
  geo?: string;
  /** Plan the official reference too, as `npm run sync` does (default true). */
  reference?: boolean;
  /** Called with a short line for each step, for the command-line progress. */
  progress?: (line: string) => void;
}

/**
 * Everything the sync would write, without a database. Throws ContentError when the content has problems.
 * @example const { content, plan } = await planSync();
 */
export async function planSync(options: PlanOptions = {}) {
  const progress = options.progress ?? (() => {});
  let content = options.content;
  if (!content) {
    progress('membaca dan memeriksa konten…');
    const loaded = await loadContent(options.contentDir ?? contentDir());
    progress(
      `${loaded.regencies.length} kabupaten/kota, ${loaded.reports.length} laporan, ${loaded.villages.length} desa`,
    );
    const geo = options.geo ?? geoDir();
    content = await withLocations(loaded, geo);
    const located = content.villages.filter((v) => v.location).length;
    progress(`lokasi: ${located}/${content.villages.length} desa punya titik (dari konten atau ${geo})`);
  }
  const officialAreas = await loadReference();
  const plan = planRows(content, officialAreas);
  const reference =
    options.reference === false
      ? undefined
      : await planReference(
          officialAreas,
          `idn-area-data@${referencePackageVersion()}`,
          await locateVillages([...officialAreas.villages.keys()], options.geo ?? geoDir()),
        );
  return { content, plan, reference };
}
export type SyncPlan = Awaited<ReturnType<typeof planSync>>;

/**
 * Plans and applies: the database holds the content afterwards, or (on any failure) exactly what it held before.
 * @example const { result } = await runSync(env.DB, { progress: console.log });
 */
export async function runSync(db: D1Database, options: PlanOptions & Omit<ApplyOptions, 'reference'> = {}) {
  const planned = await planSync(options);
  const result = await applySync(db, planned.plan, { ...options, reference: planned.reference });
  return { ...planned, result };
}
