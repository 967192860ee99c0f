/**
 * The content schema as the CMS sees it: zod's own JSON Schema of a file's frontmatter (input side), where the few
 * schemas JSON Schema cannot describe (a code that must stay a quoted string, a date YAML may parse, a union of a
 * year and `{ before }`) and the references to news entries are replaced by a tag naming them.
 */
import { z } from 'zod';
import { isoDate, regencyCode, sourceRef, villageCode, villageYear } from '../content-model/schema.ts';
import { REGENCY_CODE, VILLAGE_CODE } from '../lib/codes.ts';

export type Special = 'regencyCode' | 'villageCode' | 'isoDate' | 'sourceRef' | 'villageYear';

/** The part of JSON Schema that zod emits for the content schema. */
export interface JsonNode {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonNode>;
  required?: string[];
  additionalProperties?: boolean | JsonNode;
  items?: JsonNode;
  minItems?: number;
  maxItems?: number;
  anyOf?: JsonNode[];
  'x-atlas'?: Special;
}

const SPECIAL = new Map<unknown, Special>([
  [regencyCode, 'regencyCode'],
  [villageCode, 'villageCode'],
  [isoDate, 'isoDate'],
  [sourceRef, 'sourceRef'],
  [villageYear, 'villageYear'],
]);

/**
 * The code patterns of the schema, which lives in a transform JSON Schema cannot see; the drift test checks that the
 * schema accepts exactly the strings these match.
 */
export const CODE_PATTERNS = {
  regencyCode: REGENCY_CODE.source,
  villageCode: VILLAGE_CODE.source,
} as const;

/** The file schema as tagged JSON Schema; anything zod cannot represent becomes `{}`, which no widget accepts. */
export function jsonSchemaOf(schema: z.ZodType): JsonNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const special = SPECIAL.get(zodSchema);
      if (!special) return;
      const node = jsonSchema as Record<string, unknown>;
      for (const key of Object.keys(node)) delete node[key];
      node['x-atlas'] = special;
    },
  }) as JsonNode;
}

/** Bounds zod adds to every `.int()`, which say nothing to an editor. */
export const isSafeIntegerBound = (n: number | undefined) =>
  n === Number.MAX_SAFE_INTEGER || n === Number.MIN_SAFE_INTEGER;
