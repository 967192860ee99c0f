/** One broken file among the 89,416 files of the synthetic national dataset is reported by name, file and line. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the content check at national scale', () => {
  it('names the one broken file among every regency and village', { timeout: 600_000 }, async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'atlas-national-')), 'content');
    const generate = spawnSync(process.execPath, ['scripts/generate-national.ts', '--out', dir], { encoding: 'utf8' });
    expect(generate.status, generate.stderr).toBe(0);
    const regency = (await readdir(join(dir, 'regencies'))).sort()[300];
    const villageDir = join(dir, 'regencies', regency, 'villages');
    const file = (await readdir(villageDir)).sort()[7];
    const path = join(villageDir, file);
    const text = await readFile(path, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('status:')) + 1;
    await writeFile(path, text.replace(/^status: \w+$/m, 'status: terbentukk'));
    const check = spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    const problems = check.stderr.split('\n').filter((l) => /:\d+ {2}/.test(l));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`regencies/${regency}/villages/${file}:${line}  status`);
    console.log(`one broken file among the national dataset: ${problems[0]}`);
  });
});
