-- A digest of every synced table as the last sync wrote it, so that a sync compares digests instead of reading every
-- row back (reading 83,762 villages back took longer than writing them). Written in the same batch as the data.
CREATE TABLE sync_tables (
  name TEXT PRIMARY KEY,
  digest TEXT NOT NULL,  -- sha256 of the table's columns and canonical rows
  row_count INTEGER NOT NULL
);
