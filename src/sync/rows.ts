/**
 * Turns the validated content set into the rows of every synced D1 table, in insertion order (parents first).
 * Pure: the same content always gives the same rows, which is what makes the sync idempotent.
 */
import type { ContentSet } from '../content-model/cross-check.ts';
import type { Reference } from '../content-model/reference.ts';
import type { ResolvedNews } from '../content-model/types.ts';
import { searchName } from '../lib/search-name.ts';
import { CELL_SIZES, cellColumn, cellOf } from './cells.ts';
import { planSummaries } from './summaries.ts';
import type { TablePlan } from './types.ts';

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** @example planRows(await withLocations(await loadContent('content')), await loadReference()) */
export function planRows(content: ContentSet, ref: Pick<Reference, 'provinces'>): TablePlan[] {
  return [...contentRows(content), ...planSummaries(content, ref)];
}

/** A source as the API shows it; copied into village rows so a listed village is one row. */
const sourceOf = (n: ResolvedNews | undefined) => ({
  id: n?.id ?? '',
  publisher: n?.source.publisher ?? '',
  site: n?.source.site ?? '',
  url: n?.source.url ?? null,
  title: n?.source.title ?? null,
  date: n?.date ?? '',
  published: n?.source.published ?? null,
});

function contentRows(content: ContentSet): TablePlan[] {
  const regencyOf = new Map(content.regencies.map((r) => [r.code, r]));
  const newsById = new Map(content.news.map((n) => [n.id, n]));
  const provinceOf = new Map(content.regencies.map((r) => [r.code, r.provinceCode]));
  return [
    {
      table: 'indicators',
      key: ['id'],
      rows: content.indicators.map((i) => ({
        id: i.id,
        program: i.program,
        label_id: i.label.id,
        label_en: i.label.en,
        unit: i.unit,
        higher_is_better: i.higherIsBetter ? 1 : 0,
        index_label_id: orNull(i.indexLabel?.id),
        index_label_en: orNull(i.indexLabel?.en),
        position: i.order,
        description: i.description,
      })),
    },
    {
      table: 'regencies',
      key: ['code'],
      rows: content.regencies.map((r) => ({
        code: r.code,
        slug: r.slug,
        name: r.name,
        province_code: r.provinceCode,
        province_name: r.provinceName,
        office_name: orNull(r.office?.name),
        office_head: orNull(r.office?.head),
        office_address: orNull(r.office?.address),
        office_source_id: orNull(r.office?.source),
        description: r.body,
      })),
    },
    {
      table: 'news',
      key: ['id'],
      rows: content.news.map((n) => ({
        id: n.id,
        regency_code: n.regencyCode,
        date: n.date,
        title: n.title,
        publisher: n.source.publisher,
        site: n.source.site,
        url: orNull(n.source.url),
        source_title: orNull(n.source.title),
        published: orNull(n.source.published),
        summary: n.body,
      })),
    },
    {
      table: 'reports',
      key: ['regency_code', 'year'],
      rows: content.reports.map((r) => ({
        regency_code: r.regencyCode,
        year: r.year,
        title: r.title,
        narrative: r.body,
      })),
    },
    {
      table: 'report_sources',
      key: ['regency_code', 'year', 'position'],
      rows: content.reports.flatMap((r) =>
        r.sources.map((news_id, position) => ({ regency_code: r.regencyCode, year: r.year, position, news_id })),
      ),
    },
    {
      table: 'figures',
      key: ['regency_code', 'year', 'indicator_id'],
      rows: content.reports.flatMap((r) =>
        r.figures.map((f, position) => ({
          regency_code: r.regencyCode,
          year: r.year,
          indicator_id: f.indicator,
          position,
          target: orNull(f.target),
          realization: orNull(f.realization),
          index_value: orNull(f.index),
          breakdown: f.breakdown ? JSON.stringify(f.breakdown) : null,
          quote: orNull(f.quote),
          note: orNull(f.note),
          source_id: f.source,
        })),
      ),
    },
    {
      table: 'villages',
      key: ['code'],
      rows: content.villages.map((v) => {
        const location = v.location;
        return {
          code: v.code,
          regency_code: v.regencyCode,
          province_code: provinceOf.get(v.regencyCode) ?? v.code.slice(0, 2),
          district_code: v.districtCode,
          district_name: v.districtName,
          name: v.name,
          source_name: orNull(v.sourceName),
          status: v.status,
          year: v.year,
          year_before: v.yearBefore,
          lat: location?.lat ?? null,
          lng: location?.lng ?? null,
          location_precision: location?.precision ?? null,
          note: orNull(v.note),
          description: v.body,
          regency_name: regencyOf.get(v.regencyCode)?.name ?? '',
          regency_slug: regencyOf.get(v.regencyCode)?.slug ?? '',
          sources: JSON.stringify(v.sources.map((id) => sourceOf(newsById.get(id)))),
          search_name: searchName(v.name),
          ...Object.fromEntries(
            CELL_SIZES.map((size) => [cellColumn(size), location ? cellOf(location.lat, location.lng, size) : null]),
          ),
        };
      }),
    },
    {
      table: 'village_sources',
      key: ['village_code', 'position'],
      rows: content.villages.flatMap((v) =>
        v.sources.map((news_id, position) => ({ village_code: v.code, position, news_id })),
      ),
    },
  ];
}
