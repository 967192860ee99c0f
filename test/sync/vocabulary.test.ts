/** The SQL CHECK constraints (kept in their migrations, never edited) allow exactly the shared vocabularies. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCATION_PRECISIONS, SCOPES, VILLAGE_STATUSES } from '../../src/lib/vocabulary.ts';

async function migrationsText() {
  const names = (await readdir('migrations')).filter((n) => n.endsWith('.sql')).sort();
  return (await Promise.all(names.map((n) => readFile(join('migrations', n), 'utf8')))).join('\n');
}

/** Every `CHECK (<column> IN ('a', 'b'))` list for a column, as arrays of values. */
function checkLists(sql: string, column: string): string[][] {
  const pattern = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`, 'g');
  return [...sql.matchAll(pattern)].map((m) => [...m[1].matchAll(/'([^']*)'/g)].map((v) => v[1]));
}

describe('vocabularies and SQL CHECK constraints', () => {
  it.each([
    ['status', VILLAGE_STATUSES, 1],
    ['location_precision', LOCATION_PRECISIONS, 2],
    ['scope', SCOPES, 2],
  ] as const)('%s allows exactly the shared list', async (column, values, tables) => {
    const lists = checkLists(await migrationsText(), column);
    expect(lists).toHaveLength(tables);
    for (const list of lists) expect([...list].sort()).toEqual([...values].sort());
  });
});
