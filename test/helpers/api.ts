/** The Hono app against a real D1 synced from the real content. */
import { app } from '../../functions/app.ts';
import { applySync } from '../../src/sync/apply.ts';
import { realContent } from './content.ts';
import { testDatabase } from './d1.ts';

export async function syncedApi() {
  const database = await testDatabase();
  const { content, plan } = await realContent();
  await applySync(database.db, plan);
  const get = (path: string, init: RequestInit = {}) => app.request(path, init, database.env);
  return { ...database, content, plan, get };
}

/** Asserts nothing by itself: returns the parsed body after checking the content type matches the status. */
export async function body(response: Response) {
  const type = response.headers.get('content-type') ?? '';
  const expected = response.ok ? 'application/json' : 'application/problem+json';
  if (!type.startsWith(expected)) throw new Error(`status ${response.status} with content type "${type}"`);
  return response.json() as Promise<Record<string, any>>;
}
