/** The generated CMS configuration against the content schema, the editor texts and the content folder. */
import type { EntryCollection, Field } from '@sveltia/cms';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backendFromEnv, PLACEHOLDER_REPO } from '../../src/cms/backend.ts';
import { COLLECTIONS } from '../../src/cms/collections.ts';
import { cmsConfig, configYaml } from '../../src/cms/config.ts';
import { CODE_PATTERNS, jsonSchemaOf } from '../../src/cms/json-schema.ts';
import { BODY_UI, type CollectionName, UI } from '../../src/cms/ui.ts';
import { MAX_YEAR, MIN_YEAR } from '../../src/cms/village-year.ts';
import * as schemas from '../../src/content-model/schema.ts';
import { realContent } from '../helpers/content.ts';
import { type DriftContext, driftProblems, fieldPaths, schemaPaths } from './drift.ts';
import { contentFiles, entryCollections, filesByCollection } from './layout.ts';

let content: Awaited<ReturnType<typeof realContent>>['content'];
let config: ReturnType<typeof cmsConfig>;
let context: DriftContext;

beforeAll(async () => {
  ({ content } = await realContent());
  config = cmsConfig({ ...backendFromEnv({}), news: content.news });
  context = { collections: COLLECTIONS.map((c) => c.name), sourceIds: content.news.map((n) => n.id) };
});

const collection = (name: string) => {
  const found = entryCollections(config).find((c) => c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const problemsOf = (name: string, fields: readonly Field[] = collection(name).fields, schema?: z.ZodType) => {
  const spec = COLLECTIONS.find((c) => c.name === name);
  return driftProblems(jsonSchemaOf(schema ?? (spec?.schema as z.ZodType)), fields, '', context);
};

/** Every zod schema reachable from `schema` through objects, optionals, arrays, unions and pipes. */
function reachable(schema: unknown, seen = new Set<unknown>()): Set<unknown> {
  if (!schema || seen.has(schema)) return seen;
  seen.add(schema);
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  const children = [
    ...Object.values((def.shape as Record<string, unknown>) ?? {}),
    def.innerType,
    def.element,
    ...((def.options as unknown[]) ?? []),
    def.in,
    def.out,
  ];
  for (const child of children) reachable(child, seen);
  return seen;
}

describe('CMS config vs content schema', () => {
  it('has one collection per kind of file, and reaches every exported object schema', () => {
    expect(entryCollections(config).map((c) => c.name)).toEqual(COLLECTIONS.map((c) => c.name));
    const covered = new Set(COLLECTIONS.flatMap((c) => [...reachable(c.schema)]));
    const objects = Object.entries(schemas).filter(([, s]) => s instanceof z.ZodObject);
    expect(objects.length).toBeGreaterThan(0);
    expect(objects.filter(([, s]) => !covered.has(s)).map(([name]) => name)).toEqual([]);
  });

  it.each(COLLECTIONS.map((c) => c.name))('%s: every schema field has a CMS field with the right widget', (name) => {
    expect(problemsOf(name)).toEqual([]);
  });

  it('the drift check fails on a missing, an unknown, a mistyped or a wrongly required field', () => {
    const fields = structuredClone(collection('villages').fields) as (Field & Record<string, any>)[];
    const edit = (name: string, change: Record<string, unknown>) =>
      fields.map((f) => (f.name === name ? { ...f, ...change } : f)) as Field[];
    const without = fields.filter((f) => f.name !== 'status');
    expect(problemsOf('villages', without)).toContain('status: schema field has no CMS field');
    const extra = [...fields, { name: 'mayor', widget: 'string' } as Field];
    expect(problemsOf('villages', extra)).toContain('mayor: CMS field unknown to the schema');
    const typed = edit('status', { widget: 'string' });
    expect(problemsOf('villages', typed)).toContain('status: expected select (widget string)');
    const optional = edit('name', { required: false });
    expect(problemsOf('villages', optional)).toContain('name: required should be true');
    const lat = edit('location', { fields: fields.find((f) => f.name === 'location')?.fields.slice(1) });
    expect(problemsOf('villages', lat)).toContain('location.lat: schema field has no CMS field');
    const grown = schemas.villageSchema.extend({ mayor: z.string() });
    expect(problemsOf('villages', collection('villages').fields, grown)).toContain(
      'mayor: schema field has no CMS field',
    );
  });

  it('code patterns accept exactly the codes the schema accepts', () => {
    for (const [name, schema] of [
      ['regencyCode', schemas.regencyCode],
      ['villageCode', schemas.villageCode],
    ] as const) {
      const pattern = new RegExp(CODE_PATTERNS[name]);
      const near = fc.stringMatching(pattern).map((s) => s.replace(/\d$/, 'x'));
      const strings = fc.oneof(fc.stringMatching(pattern), near, fc.string({ maxLength: 16 }));
      fc.assert(fc.property(strings, (s) => schema.safeParse(s).success === pattern.test(s)));
    }
  });

  it('the village-year widget holds exactly what the schema allows: a year, or { before: year }', () => {
    const year = { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR };
    expect(z.toJSONSchema(schemas.villageYear)).toMatchObject({
      anyOf: [year, { type: 'object', properties: { before: year }, required: ['before'] }],
    });
    expect((z.toJSONSchema(schemas.villageYear) as { anyOf: unknown[] }).anyOf).toHaveLength(2);
  });

  it('offers every news entry, and only those, as a source', () => {
    const sources = fieldPaths(collection('reports').fields).find(([path]) => path === 'sources')?.[1];
    const values = ((sources?.options ?? []) as { value: string }[]).map((o) => o.value);
    expect(values.length).toBeGreaterThan(0);
    expect(values.sort()).toEqual(content.news.map((n) => n.id).sort());
    for (const value of values) expect(schemas.sourceRef.safeParse(value).success).toBe(true);
  });
});

describe('CMS texts for editors', () => {
  it.each(COLLECTIONS.map((c) => c.name))('%s: every field has an Indonesian label, and no label is stale', (name) => {
    const ui = UI[name as CollectionName];
    const paths = schemaPaths(jsonSchemaOf(COLLECTIONS.find((c) => c.name === name)?.schema as z.ZodType));
    expect(paths.filter((p) => !ui[p]?.label)).toEqual([]);
    expect(Object.keys(ui).filter((p) => !paths.includes(p))).toEqual([]);
    expect(BODY_UI[name as CollectionName].label).toBeTruthy();
    for (const [path, field] of fieldPaths(collection(name).fields)) {
      if (field.widget !== 'select' || path.endsWith('source') || path.endsWith('sources')) continue;
      const values = (field.options as { value: unknown }[]).map((o) => String(o.value));
      expect(Object.keys(ui[path]?.options ?? {}).sort(), `${name}.${path} option labels`).toEqual(values.sort());
    }
  });
});

describe('CMS collections vs the content folder', () => {
  it('every content file belongs to exactly one collection, as many as the loader reads', async () => {
    const files = await contentFiles();
    const byCollection = filesByCollection(config, files);
    expect(byCollection.get('')).toBeUndefined();
    expect([...byCollection.values()].flat().sort()).toEqual(files);
    for (const c of COLLECTIONS) expect(byCollection.get(c.name)?.length, c.name).toBe(content[c.name].length);
  });

  it('nested collections write new entries under the regency folder they list', () => {
    for (const c of entryCollections(config).filter((c) => c.nested)) {
      expect(c.folder).toBe('content/regencies');
      expect(c.path).toMatch(/^(news|reports|villages)\/\{\{slug\}\}$/);
    }
  });
});

describe('CMS backend settings', () => {
  it('defaults to a placeholder GitHub repository on main, and takes the deployment from the environment', () => {
    expect(backendFromEnv({})).toEqual({
      backend: { name: 'github', repo: PLACEHOLDER_REPO, branch: 'main' },
      publish_mode: 'simple',
    });
    const env = {
      CMS_REPO: 'bnn/atlas',
      CMS_BRANCH: 'content',
      CMS_AUTH_URL: 'https://auth.example.workers.dev',
      CMS_PUBLISH_MODE: 'editorial_workflow',
    };
    expect(backendFromEnv(env)).toEqual({
      backend: { name: 'github', repo: 'bnn/atlas', branch: 'content', base_url: 'https://auth.example.workers.dev' },
      publish_mode: 'editorial_workflow',
    });
  });

  it('rejects settings that would only fail at sign-in', () => {
    expect(() => backendFromEnv({ CMS_REPO: 'atlas' })).toThrow(/owner\/repo/);
    expect(() => backendFromEnv({ CMS_AUTH_URL: 'http://auth.example.org/callback' })).toThrow(/https origin/);
    expect(() => backendFromEnv({ CMS_PUBLISH_MODE: 'draft' })).toThrow(/CMS_PUBLISH_MODE/);
  });

  it('serializes to YAML that parses back to the same config', async () => {
    const { parse } = await import('yaml');
    const yaml = configYaml(config);
    expect(yaml).toMatch(/^# Generated from src\/content-model\/schema.ts/);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(config)));
    expect((parse(yaml) as { collections: EntryCollection[] }).collections).toHaveLength(COLLECTIONS.length);
  });
});
