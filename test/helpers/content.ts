/** The real content, loaded and located, and the sync plan made from it (no database). */
import { planSync } from '../../src/sync/pipeline.ts';

export async function realContent() {
  const { content, plan } = await planSync({ reference: false });
  return { content, plan };
}
