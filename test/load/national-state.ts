/** A local D1 on disk holding the synthetic national dataset (for the load tests), and its content set. */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateVillages } from '../../src/content-model/geo.ts';
import { loadContent } from '../../src/content-model/load.ts';
import { loadReference } from '../../src/content-model/reference.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { nationalContent } from '../../src/synthetic/national.ts';
import { testDatabase } from '../helpers/d1.ts';

export async function nationalContentSet() {
  const ref = await loadReference();
  const { indicators } = await loadContent('content');
  return nationalContent(ref, indicators, { locate: await locateVillages([...ref.villages.keys()]) });
}

/** A fresh folder with the national dataset synced into its local D1 (as `--persist-to`). */
export async function nationalState() {
  const state = await mkdtemp(join(tmpdir(), 'atlas-load-'));
  const database = await testDatabase({ path: join(state, 'v3') });
  const content = await nationalContentSet();
  const { result } = await runSync(database.db, { content });
  await database.dispose();
  return { state, content, version: result.version };
}
