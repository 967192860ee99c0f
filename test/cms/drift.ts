/**
 * The rules that say whether a CMS field fits a schema field, written apart from the generator (src/cms/fields.ts)
 * so that a bug there, a hand edit or a schema change is caught: every schema field has a CMS field with the right
 * widget and constraints, and the CMS has no field the schema does not know.
 */
import type { Field } from '@sveltia/cms';
import { DATE_FORMAT } from '../../src/cms/fields.ts';
import { CODE_PATTERNS, isSafeIntegerBound, type JsonNode } from '../../src/cms/json-schema.ts';
import { VILLAGE_YEAR_WIDGET } from '../../src/cms/village-year.ts';

type AnyField = Field & Record<string, any>;

export interface DriftContext {
  /** Collections a relation may point to. */
  collections: string[];
  /** Ids every source reference must offer, i.e. every news entry. */
  sourceIds: string[];
}

const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

const optionValues = (field: AnyField): unknown[] =>
  (field.options ?? []).map((o: unknown) => (o && typeof o === 'object' ? (o as { value: unknown }).value : o));

function bound(value: number | undefined) {
  return value === undefined || isSafeIntegerBound(value) ? undefined : value;
}

/** Problems of one CMS field against one schema node; `path` names it in messages. */
function checkField(node: JsonNode, field: AnyField, path: string, context: DriftContext, out: string[]) {
  const widget = field.widget ?? 'string';
  const bad = (why: string) => out.push(`${path}: ${why} (widget ${widget})`);
  const expectWidget = (...allowed: string[]) => allowed.includes(widget) || bad(`expected ${allowed.join(' or ')}`);
  const selectOf = (values: unknown[], multiple: boolean) => {
    if (widget !== 'select') return bad('expected select');
    if (Boolean(field.multiple) !== multiple) bad(multiple ? 'expected multiple: true' : 'expected a single value');
    if (!sameSet(optionValues(field), values))
      bad(`options ${JSON.stringify(optionValues(field))} ≠ ${JSON.stringify(values)}`);
  };
  const minMax = (min: number | undefined, max: number | undefined) => {
    if (field.min !== bound(min)) bad(`min ${field.min} ≠ ${bound(min)}`);
    if (field.max !== bound(max)) bad(`max ${field.max} ≠ ${bound(max)}`);
  };

  switch (node['x-atlas']) {
    case 'regencyCode':
    case 'villageCode':
      expectWidget('string');
      if (field.pattern?.[0] !== CODE_PATTERNS[node['x-atlas']]) bad('code pattern differs from the schema');
      return;
    case 'isoDate':
      expectWidget('datetime');
      if (field.type !== 'date' || field.format !== DATE_FORMAT) bad(`expected a date-only ${DATE_FORMAT} input`);
      return;
    case 'sourceRef':
      return selectOf(context.sourceIds, false);
    case 'villageYear':
      expectWidget(VILLAGE_YEAR_WIDGET);
      return;
  }
  if (node.enum) return selectOf(node.enum, false);
  if (node.const !== undefined) return selectOf([node.const], false);
  switch (node.type) {
    case 'string':
      if (widget === 'relation') {
        if (!context.collections.includes(field.collection)) bad(`relation to unknown collection ${field.collection}`);
        return;
      }
      expectWidget('string', 'text');
      if (field.pattern?.[0] !== node.pattern) bad(`pattern ${field.pattern?.[0]} ≠ ${node.pattern}`);
      if ((node.format === 'uri') !== (field.type === 'url')) bad('a URL needs type: url, and only a URL');
      return;
    case 'integer':
    case 'number': {
      expectWidget('number');
      const valueType = node.type === 'integer' ? 'int' : 'float';
      if ((field.value_type ?? 'int') !== valueType) bad(`value_type ${field.value_type} ≠ ${valueType}`);
      return minMax(node.minimum ?? node.exclusiveMinimum, node.maximum ?? node.exclusiveMaximum);
    }
    case 'boolean':
      expectWidget('boolean');
      return;
    case 'object':
      if (widget !== 'object') return bad('expected object');
      out.push(...driftProblems(node, field.fields ?? [], `${path}.`, context));
      return;
    case 'array': {
      const item = node.items ?? {};
      if (item['x-atlas'] === 'sourceRef') selectOf(context.sourceIds, true);
      else if (item.enum) selectOf(item.enum, true);
      else if (item.type === 'object') {
        if (widget !== 'list') return bad('expected list');
        out.push(...driftProblems(item, field.fields ?? [], `${path}.`, context));
      } else return bad(`no rule for a list of ${JSON.stringify(item)}`);
      return minMax(node.minItems, node.maxItems);
    }
  }
  bad(`no rule for schema ${JSON.stringify(node)}`);
}

/**
 * Problems of the CMS fields of one object against its schema node. `prefix` is the object's path; at the top of a
 * file (empty prefix) the Markdown body is the one field the frontmatter schema does not have.
 */
export function driftProblems(node: JsonNode, fields: readonly Field[], prefix: string, context: DriftContext) {
  const out: string[] = [];
  const properties = node.properties ?? {};
  const byName = new Map(fields.map((f) => [f.name, f as AnyField]));
  for (const [name, child] of Object.entries(properties)) {
    const field = byName.get(name);
    const path = `${prefix}${name}`;
    if (!field) {
      out.push(`${path}: schema field has no CMS field`);
      continue;
    }
    const required = node.required?.includes(name) ?? false;
    if ((field.required ?? true) !== required) out.push(`${path}: required should be ${required}`);
    checkField(child, field, path, context, out);
  }
  for (const field of fields) {
    const isBody = prefix === '' && field.name === 'body' && (field as AnyField).widget === 'markdown';
    if (!(field.name in properties) && !isBody) out.push(`${prefix}${field.name}: CMS field unknown to the schema`);
  }
  return out;
}

/** Every field path of a schema node (`figures.breakdown.key`), lists included. */
export function schemaPaths(node: JsonNode, prefix = ''): string[] {
  const inner = node.type === 'array' ? (node.items ?? {}) : node;
  return Object.entries(inner.properties ?? {}).flatMap(([name, child]) => [
    `${prefix}${name}`,
    ...schemaPaths(child, `${prefix}${name}.`),
  ]);
}

/** Every field path of a list of CMS fields, with the field. */
export function fieldPaths(fields: readonly Field[], prefix = ''): [string, AnyField][] {
  return fields.flatMap((f) => {
    const field = f as AnyField;
    return [[`${prefix}${f.name}`, field], ...fieldPaths(field.fields ?? [], `${prefix}${f.name}.`)];
  });
}
