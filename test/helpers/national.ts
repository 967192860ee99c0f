/** The synthetic national dataset (src/synthetic/national.ts) synced into a fresh real local D1. */
import { locateVillages } from '../../src/content-model/geo.ts';
import { loadContent } from '../../src/content-model/load.ts';
import { loadReference } from '../../src/content-model/reference.ts';
import { runSync } from '../../src/sync/pipeline.ts';
import { nationalContent } from '../../src/synthetic/national.ts';
import { testDatabase } from './d1.ts';

export async function nationalDatabase() {
  const ref = await loadReference();
  const { indicators } = await loadContent('content');
  const locate = await locateVillages([...ref.villages.keys()]);
  const database = await testDatabase();
  const started = performance.now();
  const { content, result } = await runSync(database.db, { content: nationalContent(ref, indicators, { locate }) });
  return { ...database, content, ref, result, syncMs: performance.now() - started };
}
