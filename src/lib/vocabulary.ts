/**
 * The project's closed vocabularies, defined once: the content schema, the API schemas, the sync, the pages and the
 * CMS derive theirs from these. The SQL CHECK constraints repeat them in their migrations (migrations are never
 * edited); test/sync/vocabulary.test.ts checks that they match.
 */

/** A Desa Bersinar village's stage in the program, from proposal to formation. */
export const VILLAGE_STATUSES = ['proposed', 'target', 'formed'] as const;
export type VillageStatus = (typeof VILLAGE_STATUSES)[number];

/** How a village's point was obtained, strongest first (see docs/architecture.md, "Locations"). */
export const LOCATION_PRECISIONS = ['surveyed', 'village-centroid', 'district-centroid'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** The areas summaries and statistics are computed for. */
export const SCOPES = ['national', 'province', 'regency'] as const;
export type Scope = (typeof SCOPES)[number];

/** A count per village status, all zero. */
export const zeroByStatus = (): Record<VillageStatus, number> =>
  Object.fromEntries(VILLAGE_STATUSES.map((s) => [s, 0])) as Record<VillageStatus, number>;
