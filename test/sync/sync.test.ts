import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySync, dataVersion } from '../../src/sync/apply.ts';
import type { TablePlan } from '../../src/sync/types.ts';
import { realContent } from '../helpers/content.ts';
import { testDatabase } from '../helpers/d1.ts';

type Db = Awaited<ReturnType<typeof testDatabase>>;

async function dump(db: Db['db'], plan: TablePlan[]) {
  const tables: Record<string, unknown[]> = {};
  for (const t of [...plan.map((p) => p.table), 'data_version']) {
    tables[t] = (await db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()).results;
  }
  return tables;
}

describe('sync into a real local D1', () => {
  let database: Db;
  let plan: TablePlan[];

  beforeAll(async () => {
    database = await testDatabase();
    ({ plan } = await realContent());
  });
  afterAll(() => database.dispose());

  it('writes every planned row and the data version on the first run', async () => {
    const result = await applySync(database.db, plan);
    expect(result.written).toBe(true);
    expect(result.previousVersion).toBeNull();
    for (const t of plan) {
      const { n } = (await database.db.prepare(`SELECT COUNT(*) AS n FROM ${t.table}`).first<{ n: number }>()) ?? {};
      expect(n, t.table).toBe(t.rows.length);
      expect(result.tables.find((s) => s.table === t.table)?.added).toBe(t.rows.length);
    }
    const stored = await database.db.prepare('SELECT version FROM data_version').first<{ version: string }>();
    expect(stored?.version).toBe(await dataVersion(plan));
  });

  it('is idempotent: a second run writes nothing and leaves the database identical', async () => {
    const before = await dump(database.db, plan);
    const result = await applySync(database.db, plan);
    expect(result.written).toBe(false);
    expect(result.tables.every((t) => t.added + t.changed + t.removed === 0)).toBe(true);
    expect(await dump(database.db, plan)).toEqual(before);
  });

  it('reports changed and removed rows and a new version when content changes', async () => {
    const villages = plan.find((t) => t.table === 'villages');
    const sources = plan.find((t) => t.table === 'village_sources');
    if (!villages || !sources) throw new Error('plan without villages');
    const [first, ...rest] = villages.rows;
    const edited = plan.map((t) => {
      if (t === villages) return { ...t, rows: [{ ...first, note: 'edited by the test' }, ...rest.slice(1)] };
      if (t === sources) return { ...t, rows: t.rows.filter((r) => r.village_code !== rest[0].code) };
      return t;
    });
    const result = await applySync(database.db, edited);
    expect(result.written).toBe(true);
    expect(result.tables.find((t) => t.table === 'villages')).toMatchObject({ changed: 1, removed: 1 });
    expect(result.version).not.toBe(result.previousVersion);
    await applySync(database.db, plan); // back to the real content for the next test
  });

  it('rolls back completely when any statement of the batch fails: the old data stays', async () => {
    const before = await dump(database.db, plan);
    const broken = plan.map((t) =>
      t.table === 'village_sources'
        ? { ...t, rows: [...t.rows, { village_code: '99.99.99.9999', position: 0, news_id: 'nowhere/none' }] }
        : t,
    );
    await expect(applySync(database.db, broken)).rejects.toThrow(/FOREIGN KEY/i);
    expect(await dump(database.db, plan)).toEqual(before);
  });
});
