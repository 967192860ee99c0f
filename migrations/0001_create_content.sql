-- Content synced from content/ by scripts/sync.ts (replaced as a whole, in one batch, on every sync).
-- Never edit an applied migration: add a new numbered file.

CREATE TABLE data_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version TEXT NOT NULL,   -- sha256 of the canonical synced rows: changes exactly when the data changes
  synced_at TEXT NOT NULL  -- ISO 8601 time of the sync that wrote this version
);

CREATE TABLE indicators (
  id TEXT PRIMARY KEY,
  program TEXT NOT NULL,
  label_id TEXT NOT NULL,
  label_en TEXT NOT NULL,
  unit TEXT NOT NULL,
  higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
  index_label_id TEXT,
  index_label_en TEXT,
  position INTEGER NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE regencies (
  code TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  province_code TEXT NOT NULL,
  province_name TEXT NOT NULL,
  office_name TEXT,
  office_head TEXT,
  office_address TEXT,
  office_source_id TEXT REFERENCES news (id) DEFERRABLE INITIALLY DEFERRED,
  description TEXT NOT NULL
);

CREATE TABLE news (
  id TEXT PRIMARY KEY,
  regency_code TEXT NOT NULL REFERENCES regencies (code),
  date TEXT NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  site TEXT NOT NULL,
  url TEXT,
  source_title TEXT,
  published TEXT,
  summary TEXT NOT NULL
);
CREATE INDEX news_by_regency ON news (regency_code, date);

CREATE TABLE reports (
  regency_code TEXT NOT NULL REFERENCES regencies (code),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  narrative TEXT NOT NULL,
  PRIMARY KEY (regency_code, year)
);

CREATE TABLE report_sources (
  regency_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  position INTEGER NOT NULL,
  news_id TEXT NOT NULL REFERENCES news (id),
  PRIMARY KEY (regency_code, year, position),
  FOREIGN KEY (regency_code, year) REFERENCES reports (regency_code, year)
);

CREATE TABLE figures (
  regency_code TEXT NOT NULL,
  year INTEGER NOT NULL,
  indicator_id TEXT NOT NULL REFERENCES indicators (id),
  position INTEGER NOT NULL,
  target REAL,
  realization REAL,
  index_value REAL,
  breakdown TEXT,          -- JSON array of { key, label: { id, en }, target?, realization? }
  quote TEXT,
  note TEXT,
  source_id TEXT NOT NULL REFERENCES news (id),
  PRIMARY KEY (regency_code, year, indicator_id),
  FOREIGN KEY (regency_code, year) REFERENCES reports (regency_code, year)
);

CREATE TABLE villages (
  code TEXT PRIMARY KEY,
  regency_code TEXT NOT NULL REFERENCES regencies (code),
  province_code TEXT NOT NULL,
  district_code TEXT NOT NULL,
  district_name TEXT NOT NULL,
  name TEXT NOT NULL,
  source_name TEXT,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'target', 'formed')),
  year INTEGER,            -- NULL when the source gives only "before year_before"
  year_before INTEGER,
  lat REAL,
  lng REAL,
  location_precision TEXT CHECK (location_precision IN ('surveyed', 'village-centroid', 'district-centroid')),
  note TEXT,
  description TEXT NOT NULL,
  CHECK ((year IS NULL) <> (year_before IS NULL))
);
CREATE INDEX villages_by_regency ON villages (regency_code, status, code);
CREATE INDEX villages_by_status ON villages (status, code);

CREATE TABLE village_sources (
  village_code TEXT NOT NULL REFERENCES villages (code),
  position INTEGER NOT NULL,
  news_id TEXT NOT NULL REFERENCES news (id),
  PRIMARY KEY (village_code, position)
);
