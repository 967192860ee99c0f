/**
 * The Sveltia CMS configuration, generated from the content schema: served as /admin/config.yml by
 * src/pages/admin/config.yml.ts, checked against the schema by test/cms/drift.test.ts. See docs/cms.md.
 */
import type { CmsConfig, EntryCollection, Field } from '@sveltia/cms';
import { stringify } from 'yaml';
import type { CmsBackend } from './backend.ts';
import { COLLECTIONS, type CollectionSpec } from './collections.ts';
import { fieldsOf, type SelectOption } from './fields.ts';
import { jsonSchemaOf } from './json-schema.ts';
import { BODY_UI, UI } from './ui.ts';

/** What a source reference can point to: a news entry, by its id `<regency folder>/<file name>`. */
export interface NewsSummary {
  id: string;
  title: string;
  date: string;
  source: { publisher: string };
}

export function sourceOptions(news: readonly NewsSummary[]): SelectOption[] {
  return [...news]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((n) => ({ value: n.id, label: `${n.title} (${n.source.publisher}, ${n.date}) · ${n.id}` }));
}

function bodyField(spec: CollectionSpec): Field {
  const { label, hint } = BODY_UI[spec.name];
  return {
    name: 'body',
    label,
    hint,
    widget: 'markdown',
    required: false,
    // The site hosts no media: no images or embedded components in bodies.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: [],
  };
}

function collectionOf(spec: CollectionSpec, sources: SelectOption[]): EntryCollection {
  const context = { collection: spec.name, ui: UI[spec.name], sources };
  const fields = [...fieldsOf(jsonSchemaOf(spec.schema), context), bodyField(spec)];
  return { name: spec.name, ...spec.settings, extension: 'md', format: 'yaml-frontmatter', fields };
}

export interface CmsOptions extends CmsBackend {
  /** Every news entry of the content, the options of each source field. */
  news: readonly NewsSummary[];
}

export function cmsConfig({ backend, publish_mode, news }: CmsOptions): CmsConfig {
  const sources = sourceOptions(news);
  return {
    backend,
    publish_mode,
    app_title: 'Atlas Desa Bersinar · CMS',
    // Sveltia wants a media folder; nothing links to it, as bodies allow no images.
    media_folder: 'public/media',
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schema wants (never `note: ""`).
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: COLLECTIONS.map((spec) => collectionOf(spec, sources)),
  };
}

/** The YAML file, with the schema comment Sveltia's docs recommend (it also silences its console tip). */
export function configYaml(config: CmsConfig): string {
  const header = [
    '# Generated from src/content-model/schema.ts by src/cms/config.ts at build time: do not edit.',
    '# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json',
  ];
  return `${header.join('\n')}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
