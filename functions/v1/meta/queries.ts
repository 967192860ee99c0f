import type { D1Database } from '@cloudflare/workers-types';

export interface DataVersion {
  version: string;
  syncedAt: string;
}

/** The version written by the last sync (content hash + time), or null before the first sync. */
export async function getDataVersion(db: D1Database): Promise<DataVersion | null> {
  const row = await db
    .prepare('SELECT version, synced_at FROM data_version WHERE id = 1')
    .first<{ version: string; synced_at: string }>();
  return row ? { version: row.version, syncedAt: row.synced_at } : null;
}
