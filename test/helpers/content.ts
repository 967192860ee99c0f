/** The real content, loaded and located once per test file, and the sync plan made from it. */
import { withLocations } from '../../src/content-model/geo.ts';
import { loadContent } from '../../src/content-model/load.ts';
import { loadReference } from '../../src/content-model/reference.ts';
import { planRows } from '../../src/sync/rows.ts';

export async function realContent() {
  const content = await withLocations(await loadContent('content'));
  return { content, plan: planRows(content, await loadReference()) };
}
