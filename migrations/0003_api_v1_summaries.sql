-- Read-side tables for the public API, written by the sync in the same batch as the content, so that every
-- request reads a few rows per returned item instead of scanning villages.

-- Denormalised so that a listed village is one row: regency name/slug and its sources (JSON array of
-- { id, publisher, site, url, title, date }) are copied in by the sync.
ALTER TABLE villages ADD COLUMN regency_name TEXT NOT NULL DEFAULT '';
ALTER TABLE villages ADD COLUMN regency_slug TEXT NOT NULL DEFAULT '';
ALTER TABLE villages ADD COLUMN sources TEXT NOT NULL DEFAULT '[]';
ALTER TABLE villages ADD COLUMN search_name TEXT NOT NULL DEFAULT '';
-- Grid cells of the location at 0.25°, 1°, 2°, 4° and 8° (src/sync/cells.ts): a bbox query uses the finest grid
-- whose cells covering the box fit in one short IN list.
ALTER TABLE villages ADD COLUMN cell025 INTEGER;
ALTER TABLE villages ADD COLUMN cell1 INTEGER;
ALTER TABLE villages ADD COLUMN cell2 INTEGER;
ALTER TABLE villages ADD COLUMN cell4 INTEGER;
ALTER TABLE villages ADD COLUMN cell8 INTEGER;
CREATE INDEX villages_by_province ON villages (province_code, status, code);
CREATE INDEX villages_by_district ON villages (district_code, status, code);
CREATE INDEX villages_by_year ON villages (year, code);
CREATE INDEX villages_by_search_name ON villages (search_name, code);
CREATE INDEX villages_by_province_name ON villages (province_code, search_name, code);
CREATE INDEX villages_by_regency_name ON villages (regency_code, search_name, code);
CREATE INDEX villages_by_district_name ON villages (district_code, search_name, code);
CREATE INDEX villages_by_cell025 ON villages (cell025, code);
CREATE INDEX villages_by_cell1 ON villages (cell1, code);
CREATE INDEX villages_by_cell2 ON villages (cell2, code);
CREATE INDEX villages_by_cell4 ON villages (cell4, code);
CREATE INDEX villages_by_cell8 ON villages (cell8, code);

-- Villages by status for every scope: scope 'national' (code ''), 'province', 'regency'.
-- year_key: '2023', 'before-2023', or 'all' (every year together).
CREATE TABLE summary_villages (
  scope TEXT NOT NULL CHECK (scope IN ('national', 'province', 'regency')),
  code TEXT NOT NULL,
  year_key TEXT NOT NULL,
  proposed INTEGER NOT NULL,
  target INTEGER NOT NULL,
  formed INTEGER NOT NULL,
  PRIMARY KEY (scope, code, year_key)
);

-- Reported figures summed per scope, year and indicator. paired_*: sums over figures that give both target and
-- realization, the only honest base for a percent of target.
CREATE TABLE summary_figures (
  scope TEXT NOT NULL CHECK (scope IN ('national', 'province', 'regency')),
  code TEXT NOT NULL,
  year INTEGER NOT NULL,
  indicator_id TEXT NOT NULL,
  reports INTEGER NOT NULL,
  target REAL,
  realization REAL,
  paired_target REAL,
  paired_realization REAL,
  PRIMARY KEY (scope, code, year, indicator_id)
);

-- Every official province with the number of its regencies that have content in the atlas.
CREATE TABLE summary_provinces (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  regencies INTEGER NOT NULL
);

CREATE INDEX regencies_by_province ON regencies (province_code, code);
CREATE INDEX villages_by_regency_code ON villages (regency_code, code);
CREATE INDEX villages_by_province_code ON villages (province_code, code);
CREATE INDEX villages_by_district_code ON villages (district_code, code);
