/** The synthetic national dataset (src/synthetic/national.ts) synced into a fresh real local D1. */
import { locateVillages } from '../../src/content-model/geo.ts';
import { loadContent } from '../../src/content-model/load.ts';
import { loadReference } from '../../src/content-model/reference.ts';
import { applySync } from '../../src/sync/apply.ts';
import { planReference } from '../../src/sync/reference.ts';
import { planRows } from '../../src/sync/rows.ts';
import { nationalContent } from '../../src/synthetic/national.ts';
import { testDatabase } from './d1.ts';

export async function nationalDatabase() {
  const ref = await loadReference();
  const { indicators } = await loadContent('content');
  const locate = await locateVillages([...ref.villages.keys()]);
  const content = nationalContent(ref, indicators, { locate });
  const database = await testDatabase();
  const started = performance.now();
  const result = await applySync(database.db, planRows(content, ref), {
    reference: await planReference(ref, 'idn-area-data'),
  });
  return { ...database, content, ref, result, syncMs: performance.now() - started };
}
