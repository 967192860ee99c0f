-- Official Kemendagri areas from the idn-area-data package (ODbL), written by the sync when the package changes.
-- search_name: lower-case, accents and punctuation folded, for prefix search ("is my village in the program?").

CREATE TABLE reference_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  source TEXT NOT NULL,    -- package@version
  version TEXT NOT NULL,   -- sha256 of the rows
  synced_at TEXT NOT NULL
);

CREATE TABLE ref_provinces (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL
);

CREATE TABLE ref_regencies (
  code TEXT PRIMARY KEY,
  province_code TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX ref_regencies_by_province ON ref_regencies (province_code);

CREATE TABLE ref_districts (
  code TEXT PRIMARY KEY,
  regency_code TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE INDEX ref_districts_by_regency ON ref_districts (regency_code);

CREATE TABLE ref_villages (
  code TEXT PRIMARY KEY,
  district_code TEXT NOT NULL,
  regency_code TEXT NOT NULL,
  name TEXT NOT NULL,
  search_name TEXT NOT NULL
);
CREATE INDEX ref_villages_by_search_name ON ref_villages (search_name, code);
CREATE INDEX ref_villages_by_regency_name ON ref_villages (regency_code, search_name, code);
CREATE INDEX ref_villages_by_district ON ref_villages (district_code);
