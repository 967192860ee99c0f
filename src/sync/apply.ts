/**
 * Writes a sync plan into D1 as ONE batch (D1 runs a batch as a single transaction): every synced table is emptied
 * and refilled, and the data version is stored with it. Either all of it lands or none of it does.
 * Runs against any D1Database binding: the local one from wrangler's getPlatformProxy, or a test database.
 */
import type { D1Database, D1PreparedStatement } from '@cloudflare/workers-types';
import { sha256 } from './hash.ts';
import { jsonInsertStatements } from './json-insert.ts';
import { type ReferencePlan, referenceStatements } from './reference.ts';
import type { Row, TablePlan } from './types.ts';

export interface TableSummary {
  table: string;
  added: number;
  changed: number;
  removed: number;
  total: number;
}

export interface SyncResult {
  version: string;
  previousVersion: string | null;
  /** False when the database already held exactly this data: nothing was written. */
  written: boolean;
  tables: TableSummary[];
  /** Set when a reference plan was given: whether the official reference was (re)written, and its row counts. */
  reference?: { source: string; written: boolean; rows: Record<string, number> };
}

const keyOf = (row: Row, key: string[]) => JSON.stringify(key.map((k) => row[k]));
const canonical = (row: Row, columns: string[]) => JSON.stringify(columns.map((c) => row[c] ?? null));

/** sha256 of the canonical rows (and the reference version): equal data gives an equal version on every machine. */
export async function dataVersion(plan: TablePlan[], referenceVersion = ''): Promise<string> {
  const rows = plan.map((t) => [t.table, t.rows.map((r) => canonical(r, Object.keys(r)))]);
  return sha256(JSON.stringify([referenceVersion, rows]));
}

async function summarise(db: D1Database, plan: TablePlan): Promise<TableSummary> {
  const { results } = await db.prepare(`SELECT * FROM ${plan.table}`).all<Row>();
  const columns = Object.keys(plan.rows[0] ?? results[0] ?? {});
  const before = new Map(results.map((row) => [keyOf(row, plan.key), canonical(row, columns)]));
  let added = 0;
  let changed = 0;
  for (const row of plan.rows) {
    const old = before.get(keyOf(row, plan.key));
    if (old === undefined) added++;
    else if (old !== canonical(row, columns)) changed++;
    before.delete(keyOf(row, plan.key));
  }
  return { table: plan.table, added, changed, removed: before.size, total: plan.rows.length };
}

function inserts(db: D1Database, plan: TablePlan): D1PreparedStatement[] {
  const columns = Object.keys(plan.rows[0] ?? {});
  return jsonInsertStatements(
    db,
    plan.table,
    columns,
    plan.rows.map((row) => columns.map((c) => row[c] ?? null)),
  );
}

export interface ApplyOptions {
  /** Called with a short line for each step, for the command-line progress. */
  progress?: (line: string) => void;
  /** Time stored with a new version; injectable so tests are deterministic. */
  now?: () => Date;
  /** The official reference; written in the same batch, only when its version differs from the stored one. */
  reference?: ReferencePlan;
}

/**
 * @example const result = await applySync(env.DB, planRows(content, locate));
 */
export async function applySync(db: D1Database, plan: TablePlan[], options: ApplyOptions = {}): Promise<SyncResult> {
  const progress = options.progress ?? (() => {});
  const version = await dataVersion(plan, options.reference?.version);
  const current = await db.prepare('SELECT version FROM data_version WHERE id = 1').first<{ version: string }>();
  const tables: TableSummary[] = [];
  for (const table of plan) tables.push(await summarise(db, table));
  const unchanged = tables.every((t) => t.added + t.changed + t.removed === 0);
  const { reference } = options;
  const storedReference = reference
    ? await db.prepare('SELECT version FROM reference_version WHERE id = 1').first<{ version: string }>()
    : null;
  const writeReference = reference !== undefined && storedReference?.version !== reference.version;
  const referenceResult = reference && {
    source: reference.source,
    written: writeReference,
    rows: Object.fromEntries(reference.tables.map((t) => [t.table, t.rows.length])),
  };
  if (current?.version === version && unchanged && !writeReference) {
    return { version, previousVersion: current.version, written: false, tables, reference: referenceResult };
  }

  const syncedAt = (options.now?.() ?? new Date()).toISOString();
  const statements = [
    ...(writeReference ? referenceStatements(db, reference, syncedAt) : []),
    ...[...plan].reverse().map((t) => db.prepare(`DELETE FROM ${t.table}`)),
    ...plan.flatMap((t) => inserts(db, t)),
    db.prepare('INSERT OR REPLACE INTO data_version (id, version, synced_at) VALUES (1, ?, ?)').bind(version, syncedAt),
  ];
  progress(`menulis ${statements.length} pernyataan SQL dalam satu batch (transaksi)…`);
  await db.batch(statements);
  return { version, previousVersion: current?.version ?? null, written: true, tables, reference: referenceResult };
}
