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

/** A planned table with its rows made canonical ONCE: for the data version, its digest and the diff. */
interface TableState {
  plan: TablePlan;
  columns: string[];
  lines: string[];
  digest: string;
}

async function tableState(plan: TablePlan): Promise<TableState> {
  const columns = Object.keys(plan.rows[0] ?? {});
  const lines = plan.rows.map((row) => canonical(row, columns));
  return { plan, columns, lines, digest: await sha256(`${plan.table}\n${columns.join(',')}\n${lines.join('\n')}`) };
}

const versionOf = (states: TableState[], referenceVersion: string) =>
  sha256(JSON.stringify([referenceVersion, states.map((s) => [s.plan.table, s.digest])]));

/** sha256 of the canonical rows (and the reference version): equal data gives an equal version on every machine. */
export async function dataVersion(plan: TablePlan[], referenceVersion = ''): Promise<string> {
  return versionOf(await Promise.all(plan.map(tableState)), referenceVersion);
}

/** Rows added, changed and removed: read back only when the table's digest differs from what the last sync wrote. */
async function summarise(db: D1Database, state: TableState, stored: string | undefined): Promise<TableSummary> {
  const { plan, columns, lines } = state;
  const total = plan.rows.length;
  if (stored === state.digest) return { table: plan.table, added: 0, changed: 0, removed: 0, total };
  const { results } = await db.prepare(`SELECT * FROM ${plan.table}`).all<Row>();
  const before = new Map(results.map((row) => [keyOf(row, plan.key), canonical(row, columns)]));
  let added = 0;
  let changed = 0;
  plan.rows.forEach((row, i) => {
    const key = keyOf(row, plan.key);
    const old = before.get(key);
    if (old === undefined) added++;
    else if (old !== lines[i]) changed++;
    before.delete(key);
  });
  return { table: plan.table, added, changed, removed: before.size, total };
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
  /** Rewrite everything even when the digests say nothing changed (e.g. after a hand edit of the database). */
  force?: boolean;
}

/**
 * @example const result = await applySync(env.DB, planRows(content, locate));
 */
export async function applySync(db: D1Database, plan: TablePlan[], options: ApplyOptions = {}): Promise<SyncResult> {
  const progress = options.progress ?? (() => {});
  const states = await Promise.all(plan.map(tableState));
  const version = await versionOf(states, options.reference?.version ?? '');
  const current = await db.prepare('SELECT version FROM data_version WHERE id = 1').first<{ version: string }>();
  const { results: digests } = await db
    .prepare('SELECT name, digest FROM sync_tables')
    .all<{ name: string; digest: string }>();
  const stored = new Map(options.force ? [] : digests.map((d) => [d.name, d.digest]));
  const tables: TableSummary[] = [];
  for (const state of states) tables.push(await summarise(db, state, stored.get(state.plan.table)));
  const unchanged = !options.force && tables.every((t) => t.added + t.changed + t.removed === 0);
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
    db.prepare('DELETE FROM sync_tables'),
    ...jsonInsertStatements(
      db,
      'sync_tables',
      ['name', 'digest', 'row_count'],
      states.map((s) => [s.plan.table, s.digest, s.plan.rows.length]),
    ),
    db.prepare('INSERT OR REPLACE INTO data_version (id, version, synced_at) VALUES (1, ?, ?)').bind(version, syncedAt),
  ];
  progress(`menulis ${statements.length} pernyataan SQL dalam satu batch (transaksi)…`);
  await db.batch(statements);
  return { version, previousVersion: current?.version ?? null, written: true, tables, reference: referenceResult };
}
