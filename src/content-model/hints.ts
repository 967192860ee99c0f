/**
 * What an editor should write in a field, in Indonesian and with an example, attached to the rules of the schema
 * (schema.ts) and read by the messages (messages.ts). A registry of its own, so none of it reaches the JSON Schema
 * the CMS is generated from. Clones and refinements of a hinted schema inherit its hint.
 */
import { z } from 'zod';

export interface Hint {
  /** The form expected, with an example: `angka 0 sampai 100 dengan titik desimal, mis. 86.6`. */
  expected: string;
  /** Free text (titles, quotes, notes): characters an editor cannot see are tolerated there. */
  free?: boolean;
  /** Which "did you mean" applies to a wrong value (messages.ts). */
  kind?: 'count' | 'index' | 'year' | 'site' | 'url' | 'sourceRef' | 'slug' | 'boolean';
}

export const hints = z.registry<Hint>();

/** `schema`, with the hint the checker's messages give for it. */
export function hinted<T extends z.ZodType>(schema: T, hint: Hint): T {
  hints.add(schema, hint);
  return schema;
}

type Node = { _zod?: { def?: any } } | undefined;
const defOf = (node: Node) => node?._zod?.def;

/** `node` and what it wraps (optional, default, a pipe's input or output), outermost first. */
function unwrapped(node: Node): Node[] {
  const chain: Node[] = [];
  let current = node;
  for (let i = 0; current && i < 8; i++) {
    chain.push(current);
    const def = defOf(current);
    if (['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch'].includes(def?.type)) {
      current = def.innerType;
    } else if (def?.type === 'pipe') {
      current = defOf(def.in)?.type === 'transform' ? def.out : def.in;
    } else break;
  }
  return chain;
}

function child(node: Node, key: PropertyKey): Node {
  const def = defOf(node);
  if (def?.type === 'object' && typeof key === 'string') return def.shape[key];
  if (def?.type === 'array' && typeof key === 'number') return def.element;
  if (def?.type === 'union') {
    for (const option of def.options) {
      const found = child(unwrapped(option).at(-1), key);
      if (found) return found;
    }
  }
  return undefined;
}

/** The schema nodes at `path` (outermost first), or [] when the schema has no such field. */
export function nodesAt(schema: z.ZodType, path: readonly PropertyKey[]): Node[] {
  let chain = unwrapped(schema as Node);
  for (const key of path) {
    const next = child(chain.at(-1), key);
    if (!next) return [];
    chain = unwrapped(next);
  }
  return chain;
}

/** The hint for the field at `path`, if its rule has one. */
export function hintAt(schema: z.ZodType, path: readonly PropertyKey[]): Hint | undefined {
  for (const node of nodesAt(schema, path)) {
    const hint = hints.get(node as z.ZodType);
    if (hint) return hint;
  }
  return undefined;
}

/** Whether the field at `path` may be left out (its line deleted). */
export const isOptionalAt = (schema: z.ZodType, path: readonly PropertyKey[]) =>
  defOf(nodesAt(schema, path)[0])?.type === 'optional';

/** The core schema at `path` (what optional and pipes wrap), for describing its shape. */
export const coreAt = (schema: z.ZodType, path: readonly PropertyKey[]) => defOf(nodesAt(schema, path).at(-1));
