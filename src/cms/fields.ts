/**
 * Sveltia CMS fields from the tagged JSON Schema of a file (json-schema.ts): one field per schema property, the widget
 * chosen by the property's type, constraints copied over, and the editor-facing text from ui.ts. A schema shape with
 * no fitting widget throws, so the build fails instead of serving a CMS that silently drops a field.
 */
import type { Field } from '@sveltia/cms';
import { CODE_PATTERNS, isSafeIntegerBound, type JsonNode, type Special } from './json-schema.ts';
import type { FieldUi } from './ui.ts';
import { VILLAGE_YEAR_WIDGET } from './village-year.ts';

export interface SelectOption {
  label: string;
  value: string;
}

export interface FieldContext {
  /** Collection name, for error messages. */
  collection: string;
  ui: Record<string, FieldUi>;
  /** Every news entry, as the options of a source reference. */
  sources: SelectOption[];
}

/** Date-only storage, as the schema's `YYYY-MM-DD`. */
export const DATE_FORMAT = 'YYYY-MM-DD';

type Widget = Record<string, unknown> & { widget: string };

const fail = (context: FieldContext, path: string, why: string): never => {
  throw new Error(`CMS: ${context.collection}.${path}: ${why}`);
};

function pattern(ui: FieldUi | undefined, source: string) {
  return { pattern: [source, ui?.invalid ?? `harus cocok dengan pola ${source}`] };
}

function select(values: unknown[], ui: FieldUi | undefined, extra: Record<string, unknown> = {}): Widget {
  const options = values.map((value) => ({ label: ui?.options?.[String(value)] ?? String(value), value }));
  return { widget: 'select', options, ...extra };
}

function sourceSelect(context: FieldContext, extra: Record<string, unknown> = {}): Widget {
  return { widget: 'select', options: context.sources, dropdown_threshold: 0, ...extra };
}

function special(name: Special, context: FieldContext, path: string): Widget {
  const ui = context.ui[path];
  switch (name) {
    case 'regencyCode':
    case 'villageCode':
      return { widget: 'string', ...pattern(ui, CODE_PATTERNS[name]) };
    case 'isoDate':
      return { widget: 'datetime', type: 'date', format: DATE_FORMAT };
    case 'sourceRef':
      return sourceSelect(context);
    case 'villageYear':
      return { widget: VILLAGE_YEAR_WIDGET };
  }
}

function numberWidget(node: JsonNode): Widget {
  const min = node.minimum ?? node.exclusiveMinimum;
  const max = node.maximum ?? node.exclusiveMaximum;
  return {
    widget: 'number',
    value_type: node.type === 'integer' ? 'int' : 'float',
    ...(min !== undefined && !isSafeIntegerBound(min) && { min }),
    ...(max !== undefined && !isSafeIntegerBound(max) && { max }),
  };
}

function stringWidget(node: JsonNode, context: FieldContext, path: string): Widget {
  const ui = context.ui[path];
  if (ui?.relation) {
    const { collection, display } = ui.relation;
    return {
      widget: 'relation',
      collection,
      value_field: '{{slug}}',
      display_fields: [display],
      search_fields: [display],
    };
  }
  return {
    widget: ui?.long ? 'text' : 'string',
    ...(node.format === 'uri' && { type: 'url' }),
    ...(node.pattern && pattern(ui, node.pattern)),
  };
}

function arrayWidget(node: JsonNode, context: FieldContext, path: string): Widget {
  const bounds = {
    ...(node.minItems !== undefined && { min: node.minItems }),
    ...(node.maxItems !== undefined && { max: node.maxItems }),
  };
  const item = node.items ?? fail(context, path, 'array without items');
  if (item['x-atlas'] === 'sourceRef') return sourceSelect(context, { multiple: true, ...bounds });
  if (item.enum) return select(item.enum, context.ui[path], { multiple: true, ...bounds });
  if (item.type === 'object') {
    return { widget: 'list', fields: fieldsOf(item, context, `${path}.`), collapsed: 'auto', ...bounds };
  }
  return fail(context, path, `no CMS widget for a list of ${JSON.stringify(item)}`);
}

function widgetOf(node: JsonNode, context: FieldContext, path: string): Widget {
  if (node['x-atlas']) return special(node['x-atlas'], context, path);
  if (node.enum) return select(node.enum, context.ui[path]);
  if (node.const !== undefined) return select([node.const], context.ui[path], { default: node.const });
  switch (node.type) {
    case 'string':
      return stringWidget(node, context, path);
    case 'integer':
    case 'number':
      return numberWidget(node);
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: fieldsOf(node, context, `${path}.`) };
    case 'array':
      return arrayWidget(node, context, path);
  }
  return fail(context, path, `no CMS widget for ${JSON.stringify(node)}`);
}

/** One CMS field per property of an object node; `prefix` is the path of the object (`figures.`). */
export function fieldsOf(node: JsonNode, context: FieldContext, prefix = ''): Field[] {
  if (node.type !== 'object' || !node.properties) return fail(context, prefix || '(file)', 'not an object');
  return Object.entries(node.properties).map(([name, child]) => {
    const path = `${prefix}${name}`;
    const ui = context.ui[path];
    const required = node.required?.includes(name) ?? false;
    return {
      name,
      label: ui?.label ?? name,
      ...(ui?.hint && { hint: ui.hint }),
      ...(!required && { required: false }),
      ...widgetOf(child, context, path),
    } as Field;
  });
}
